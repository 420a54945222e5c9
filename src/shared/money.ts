// Money as people type it, exact: an amount is integer minor units of its ISO 4217 currency
// (öre, øre, cents, grosze), never a floating-point number. Shared by the web form and the
// server's imports, so a typed amount and an imported one are read alike. Pure, unit-tested.

/** Digits after the decimal sign in a currency: 2 for EUR, SEK, DKK, PLN; 0 for JPY or ISK. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: 'format' | 'decimals' | 'too_large' };

/**
 * An amount as typed — "4 500 000", "4 500 000,50", "4.500.000,50", "4,500,000.50", "1 200 kr" is
 * not: only digits, spaces and the separators — into minor units, by its digits alone. The last
 * separator followed by one or two digits (up to the currency's) is the decimal sign; any other
 * dot, comma, space or apostrophe groups thousands.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return { ok: false, reason: 'format' };
  const digits = minorDigits(currency);
  const m = /^(.*?)([.,])(\d+)$/.exec(s);
  let whole = s;
  let fraction = '';
  if (m && m[3]!.length !== 3) {
    whole = m[1]!;
    fraction = m[3]!;
  } else if (m && m[3]!.length === 3 && !/[.,]/.test(m[1]!) && m[1]!.length > 3) {
    // "1234,567": a decimal part of three digits, not a group.
    whole = m[1]!;
    fraction = m[3]!;
  }
  const groups = whole.split(/[.,]/);
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return { ok: false, reason: 'format' };
  if (fraction.length > digits) return { ok: false, reason: 'decimals' };
  const minorText = groups.join('') + fraction.padEnd(digits, '0');
  const minor = Number(minorText.replace(/^0+(?=\d)/, ''));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'too_large' };
  return { ok: true, minor };
}
