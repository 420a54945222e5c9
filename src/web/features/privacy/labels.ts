// Small helpers for the privacy pages: a vocabulary label in the interface language, and a
// calendar date (YYYY-MM-DD) written the same way in every time zone.
import { intlLocale } from '../../i18n/index.ts';

export function label(labels: Record<string, string>, lng: string): string {
  return labels[lng] ?? labels.sv ?? Object.values(labels)[0] ?? '';
}

export function formatDay(day: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
