// Words for the portfolio's codes in the interface language: statuses, roles, funds. Codes a
// newer server may send fall back to themselves.
import i18n, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format.ts';
import { phaseOf } from './lifecycle.ts';
import type { ProjectStatus } from './types.ts';

function known(t: TFunction, group: string, code: string): string {
  const key = `projects.${group}.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

export const statusLabel = (t: TFunction, s: string) => known(t, 'status', s);
export const ourRoleLabel = (t: TFunction, r: string) => known(t, 'ourRole', r);
export const partnerRoleLabel = (t: TFunction, r: string) => known(t, 'partnerRole', r);
export const fundLabel = (t: TFunction, f: string) => known(t, 'fund', f);

export function StatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <span className={`status pf-status pf-status--${phaseOf(status)} pf-status--${status}`}>{statusLabel(t, status)}</span>;
}

/** "1 Jan 2026 – 31 Dec 2028", an open end said as such, or a dash when neither is known. */
export function periodText(t: TFunction, start: string | null, end: string | null, lng: string): string {
  if (!start && !end) return '–';
  if (start && end) return `${formatDay(start, lng)} – ${formatDay(end, lng)}`;
  if (start) return t('projects.period.from', { date: formatDay(start, lng) });
  return t('projects.period.until', { date: formatDay(end!, lng) });
}
