// Dates and numbers in the interface language, through Intl.
import { intlLocale } from '../i18n/index.ts';

export function formatDateTime(iso: string, lng?: string) {
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, lng?: string) {
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(n: number, lng?: string) {
  return new Intl.NumberFormat(intlLocale(lng)).format(n);
}
