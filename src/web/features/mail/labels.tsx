// How a message's status and kind read in the interface. Kinds added by modules later fall
// back to their code rather than disappear.
import i18n, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from './api.ts';

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--mail-${status}`}>{t(`mail.status.${status}`)}</span>;
}

export function templateLabel(t: TFunction, template: string | null): string {
  if (!template) return t('mail.templates.other');
  const k = `mail.templates.${template.replace(/[.]/g, '_')}`;
  return i18n.exists(k) ? t(k) : template;
}
