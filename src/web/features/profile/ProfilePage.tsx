// /profile — my name, my language, my password.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ME_KEY, useMe } from '../../api/session.ts';
import type { Me, User } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { LANGUAGE_NAMES, useChangeLocale } from '../../components/LanguageSwitch.tsx';
import { currentLocale, LOCALES, type Locale } from '../../i18n/index.ts';
import { PasswordForm } from './PasswordForm.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      <section className="panel" aria-labelledby="profile-details">
        <h2 id="profile-details">{t('profile.details')}</h2>
        <DetailsForm user={me.user} />
      </section>
      <section className="panel" aria-labelledby="profile-password">
        <h2 id="profile-password">{t('profile.password')}</h2>
        <PasswordForm />
      </section>
    </>
  );
}

function DetailsForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const changeLocale = useChangeLocale();
  const [name, setName] = useState(user.name);
  // Until the person picks one here, the field shows the language in use (which the header may change).
  const [picked, setPicked] = useState<Locale | null>(null);
  const locale = picked ?? currentLocale();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { name: string; locale: Locale }) => api<User>('PATCH', '/api/me', body),
    onSuccess: async (updated) => {
      client.setQueryData(ME_KEY, (old: Me | null | undefined) => (old ? { ...old, user: updated } : old));
      if (updated.locale && updated.locale !== currentLocale()) await changeLocale(updated.locale);
      setPicked(null);
      setSaved(true);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    save.mutate({ name: name.trim(), locale });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={save.error} />
      <TextField id="profile-email" label={t('fields.email')} value={user.email} readOnly hint={t('profile.emailHint')} />
      <TextField
        id="profile-name"
        label={t('fields.name')}
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldMessage('name')}
        aria-required="true"
      />
      <SelectField
        id="profile-locale"
        label={t('fields.language')}
        hint={t('profile.languageHint')}
        value={locale}
        onChange={(e) => setPicked(e.target.value as Locale)}
        error={error?.fieldMessage('locale')}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
      <LiveStatus message={saved ? t('profile.saved') : null} />
    </form>
  );
}
