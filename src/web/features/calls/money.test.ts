import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountText, formatMoney, minorDigits, parseAmount } from './money.ts';

describe('money as typed', () => {
  it('reads amounts the way Swedes, Danes and the English write them, to the minor unit', () => {
    expect(parseAmount('4 500 000', 'EUR')).toEqual({ ok: true, minor: 450_000_000 });
    expect(parseAmount('4 500 000,50', 'SEK')).toEqual({ ok: true, minor: 450_000_050 });
    expect(parseAmount('4.500.000,5', 'DKK')).toEqual({ ok: true, minor: 450_000_050 });
    expect(parseAmount('4,500,000.50', 'EUR')).toEqual({ ok: true, minor: 450_000_050 });
    expect(parseAmount('4500000', 'PLN')).toEqual({ ok: true, minor: 450_000_000 });
    expect(parseAmount('1.500', 'EUR')).toEqual({ ok: true, minor: 150_000 });
    expect(parseAmount('0,07', 'EUR')).toEqual({ ok: true, minor: 7 });
    expect(parseAmount('1200', 'JPY')).toEqual({ ok: true, minor: 1200 });
  });

  it('refuses what is not an amount, and more decimals than the currency has', () => {
    expect(parseAmount('1 200 kr', 'SEK')).toEqual({ ok: false, reason: 'format' });
    expect(parseAmount('-5', 'EUR')).toEqual({ ok: false, reason: 'format' });
    expect(parseAmount('', 'EUR')).toEqual({ ok: false, reason: 'format' });
    expect(parseAmount('12,3456', 'EUR')).toEqual({ ok: false, reason: 'decimals' });
    expect(parseAmount('12,5', 'JPY')).toEqual({ ok: false, reason: 'decimals' });
    expect(parseAmount('1,2,3', 'EUR')).toEqual({ ok: false, reason: 'format' });
    expect(parseAmount('99999999999999999999', 'EUR')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('knows each currency’s minor unit', () => {
    expect([minorDigits('EUR'), minorDigits('SEK'), minorDigits('DKK'), minorDigits('PLN'), minorDigits('JPY')]).toEqual([2, 2, 2, 2, 0]);
  });

  it('reads back exactly what it writes, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('EUR', 'SEK', 'DKK', 'PLN', 'JPY'), fc.constantFrom('sv', 'da', 'en'), (minor, currency, lng) => {
        expect(parseAmount(amountText({ amountMinor: minor, currency }, lng), currency)).toEqual({ ok: true, minor });
      }),
    );
  });

  it('shows amounts with their currency without rounding', () => {
    expect(formatMoney({ amountMinor: 450_000_050, currency: 'EUR' }, 'en')).toBe('€4,500,000.50');
    expect(formatMoney({ amountMinor: 450_000_000, currency: 'SEK' }, 'sv').replace(/\s/g, ' ')).toBe('4 500 000 kr');
    expect(formatMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'EUR' }, 'en')).toBe('€90,071,992,547,409.91');
  });
});
