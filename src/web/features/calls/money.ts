// Money typed by people and shown to them, exact: an amount is integer minor units of its ISO 4217
// currency (öre, øre, cents, grosze), never a floating-point number. Pure, unit-tested.
import { intlLocale } from '../../i18n/index.ts';
import { minorDigits } from '../../../shared/money.ts';
import type { Money } from './types.ts';

export { minorDigits, parseAmount, type ParsedAmount } from '../../../shared/money.ts';

/** Minor units as the amount people type back: "4500000,50" (no grouping, the language's decimal sign). */
export function amountText(m: Money, lng?: string): string {
  const digits = minorDigits(m.currency);
  const whole = Math.floor(m.amountMinor / 10 ** digits);
  const part = m.amountMinor % 10 ** digits;
  if (!digits || !part) return String(whole);
  const sign = lng === 'en' ? '.' : ',';
  return `${whole}${sign}${String(part).padStart(digits, '0')}`;
}

/** Minor units shown with the currency, through integer parts so nothing is rounded: "4 500 000,50 €". */
export function formatMoney(m: Money, lng?: string): string {
  const digits = minorDigits(m.currency);
  const whole = BigInt(Math.floor(m.amountMinor / 10 ** digits));
  const part = m.amountMinor % 10 ** digits;
  const f = new Intl.NumberFormat(intlLocale(lng), { style: 'currency', currency: m.currency, minimumFractionDigits: part ? digits : 0, maximumFractionDigits: digits });
  // Intl formats a decimal string exactly (no float in between).
  return f.format(`${whole}.${String(part).padStart(digits, '0')}` as unknown as number);
}
