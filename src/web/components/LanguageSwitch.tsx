// Svenska / Dansk / English. Logged-in users get the choice saved on their account
// (PATCH /api/me), everyone gets it remembered in this browser (see i18n/index.ts).
import i18n from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ME_KEY } from '../api/session.ts';
import type { Me, User } from '../api/types.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';

/** Each language is named in itself, as is the convention: a reader finds their own language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

export function useChangeLocale() {
  const client = useQueryClient();
  return async (lng: Locale) => {
    await i18n.changeLanguage(lng);
    if (client.getQueryData<Me | null>(ME_KEY)) {
      try {
        const user = await api<User>('PATCH', '/api/me', { locale: lng });
        client.setQueryData(ME_KEY, (old: Me | null | undefined) => (old ? { ...old, user } : old));
      } catch {
        // Saving failed (e.g. offline): the page still switched; the account keeps its old choice.
      }
    }
    // Server-sorted lists (member names collate per language) and server texts follow the language.
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  };
}

export function LanguageSwitch() {
  const { t, i18n: inst } = useTranslation();
  const change = useChangeLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-option"
          aria-pressed={inst.language === lng}
          onClick={() => void change(lng)}
        >
          {LANGUAGE_NAMES[lng]}
        </button>
      ))}
    </div>
  );
}
