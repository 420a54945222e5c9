// A vocabulary entry's name in each interface language (and its code when it is new): what the
// case desk's categories and units are called in Swedish, Danish and English.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch.tsx';
import { LOCALES, type Locale } from '../../i18n/index.ts';

export type LabelDraft = Record<Locale, string>;
export const emptyLabels = (): LabelDraft => ({ sv: '', da: '', en: '' });
export const labelsOf = (labels: Record<string, string>): LabelDraft => ({ sv: labels.sv ?? '', da: labels.da ?? '', en: labels.en ?? '' });

export function LabelFields({ prefix, value, onChange, error }: { prefix: string; value: LabelDraft; onChange: (v: LabelDraft) => void; error: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {LOCALES.map((l) => (
        <TextField
          key={l}
          id={`${prefix}-label-${l}`}
          label={t('cases.settings.nameIn', { language: LANGUAGE_NAMES[l] })}
          lang={l}
          value={value[l]}
          onChange={(e) => onChange({ ...value, [l]: e.target.value })}
          error={error(`labels.${l}`)}
          maxLength={200}
          aria-required="true"
        />
      ))}
    </>
  );
}

export function CodeField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <TextField id={id} label={t('cases.settings.code')} hint={t('cases.settings.codeHint')} value={value} onChange={(e) => onChange(e.target.value)} error={error} maxLength={63} autoComplete="off" aria-required="true" />
  );
}
