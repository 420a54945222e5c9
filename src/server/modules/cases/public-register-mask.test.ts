// The public register's masking, with generated inputs (fast-check): whatever surrounds them,
// e-mail addresses, personal identity numbers, phone numbers and the case's names never come
// through; text without personal data comes through unchanged; masking twice changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './public-register-mask.ts';

const M = '[x]';
const mask = (text: string, names: string[] = []) => maskPersonalData(text, { names, marker: M });

// Surrounding text: letters (also å, ä, ö, æ, ø), spaces and punctuation, never digits or @.
const filler = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöæøABCDEFKLMNÅÄÖ .,:;!?()–/'.split('')), maxLength: 40 });
const around = (item: fc.Arbitrary<string>) => fc.tuple(filler, item, filler).map(([a, x, b]) => ({ item: x, text: `${a} ${x} ${b}` }));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true });
const ymd = (d: Date) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

const personnummer = fc.tuple(date, digits(4), fc.constantFrom('-', '+', '', ' '), fc.boolean(), fc.boolean()).map(([dt, tail, sep, century, samordning]) => {
  const { y, m, d } = ymd(dt);
  const day = samordning ? d + 60 : d;
  return `${century ? y : pad(y % 100)}${pad(m)}${pad(day)}${sep}${tail}`;
});
const cpr = fc.tuple(date, digits(4), fc.constantFrom('-', '')).map(([dt, tail, sep]) => {
  const { y, m, d } = ymd(dt);
  return `${pad(d)}${pad(m)}${pad(y % 100)}${sep}${tail}`;
});
const fodselsnummer = fc.tuple(date, digits(5), fc.boolean(), fc.constantFrom(' ', '')).map(([dt, tail, dNumber, sep]) => {
  const { y, m, d } = ymd(dt);
  return `${pad(dNumber ? d + 40 : d)}${pad(m)}${pad(y % 100)}${sep}${tail}`;
});
const hetu = fc.tuple(date, digits(3), fc.constantFrom('-', '+', 'A'), fc.constantFrom(...'0123456789ABCDEFHJKLMNPRSTUVWXY'.split(''))).map(([dt, n, sep, check]) => {
  const { y, m, d } = ymd(dt);
  return `${pad(d)}${pad(m)}${pad(y % 100)}${sep}${n}${check}`;
});

const localPart = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._-'.split('')), minLength: 1, maxLength: 20 }).filter((s) => /^[a-z0-9]/.test(s));
const domainPart = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö0123456789-'.split('')), minLength: 1, maxLength: 15 }).filter((s) => /^[a-zåäö0-9]/.test(s));
const email = fc.tuple(localPart, domainPart, fc.constantFrom('se', 'dk', 'com', 'example', 'co.uk')).map(([l, d, tld]) => `${l}@${d}.${tld}`);

const swedishMobile = fc.tuple(fc.constantFrom('70', '72', '73', '76'), digits(7)).map(([p, n]) => `0${p}-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`);
const swedishLandline = fc.tuple(fc.constantFrom('8', '42', '650', '652'), digits(6)).map(([area, n]) => `0${area}-${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`);
const international = fc.tuple(fc.constantFrom('+46', '+45', '+47', '+358', '+48', '0046'), digits(9), fc.constantFrom(' ', '-', '')).map(([cc, n, sep]) => `${cc} ${n.slice(0, 2)}${sep}${n.slice(2, 5)}${sep}${n.slice(5)}`);
const danish = digits(8).map((n) => `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`);
const phone = fc.oneof(swedishMobile, swedishLandline, international, danish);

const namePart = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUVWÅÄÖØ'.split('')), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnoprstuvyåäöæø'.split('')), minLength: 2, maxLength: 10 }))
  .map(([first, rest]) => first + rest);
const fullName = fc.tuple(namePart, namePart).map(([a, b]) => `${a} ${b}`);

const onlyDigits = (s: string) => s.replace(/\D/g, '');

/** Asserts `check` for generated values (a void body: fast-check reads a returned false as failure). */
function always<T>(arb: fc.Arbitrary<T>, check: (v: T) => void) {
  fc.assert(
    fc.property(arb, (v) => {
      check(v);
    }),
  );
}

describe('maskPersonalData', () => {
  it('masks every e-mail address', () => {
    always(around(email), ({ item, text }) => expect(mask(text)).not.toContain(item));
  });

  it('masks Swedish personnummer and samordningsnummer in every written form', () => {
    always(around(personnummer), ({ item, text }) => expect(onlyDigits(mask(text))).not.toContain(onlyDigits(item)));
  });

  it('masks Danish CPR, Norwegian fødselsnummer and Finnish henkilötunnus', () => {
    for (const id of [cpr, fodselsnummer, hetu]) always(around(id), ({ item, text }) => expect(mask(text)).not.toContain(item));
  });

  it('masks phone numbers: Swedish mobile and landline, international, Danish in pairs', () => {
    always(around(phone), ({ item, text }) => expect(onlyDigits(mask(text))).not.toContain(onlyDigits(item)));
  });

  it('masks the case’s names, whole or in part, in any letter case and with a genitive s', () => {
    always(fc.tuple(filler, fullName, filler, fc.constantFrom('full', 'first', 'last', 'upper', 'genitive')), ([a, name, b, form]) => {
      const [first, last] = name.split(' ') as [string, string];
      const shown = { full: name, first, last, upper: name.toLocaleUpperCase('sv'), genitive: `${last}s` }[form];
      const out = mask(`${a} ${shown} ${b}`, [name]).toLocaleLowerCase('sv');
      for (const part of [first, last]) expect(out).not.toMatch(new RegExp(`(^|[^\\p{L}])${part.toLocaleLowerCase('sv')}s?($|[^\\p{L}])`, 'u'));
    });
  });

  it('leaves text without personal data unchanged, and masking twice is masking once', () => {
    always(filler, (text) => expect(mask(text)).toBe(text.normalize('NFC')));
    const anything = fc.tuple(fc.array(fc.oneof(filler, email, personnummer, phone, fullName), { maxLength: 6 }), fc.array(fullName, { maxLength: 2 }));
    always(anything, ([pieces, names]) => {
      const once = mask(pieces.join(' '), names);
      expect(mask(once, names)).toBe(once);
    });
  });

  it('keeps what is not personal data: legal entities’ numbers, registration numbers, years and dates', () => {
    const legal = fc.tuple(fc.integer({ min: 32, max: 99 }), fc.integer({ min: 20, max: 99 }), digits(6)).map(([a, b, rest]) => `${a}${b}${rest.slice(0, 2)}-${rest.slice(2)}`);
    always(around(legal), ({ item, text }) => expect(mask(text)).toContain(item));
    for (const text of ['Bygglov för KS 2026/0042', 'Stöd 2024–2026', 'Möte 2026-03-12 kl. 10', 'Almi 556123-4560 och CVR 10150817', 'Kommunen 212000-0240']) {
      expect(mask(text)).toBe(text);
    }
  });

  it('masks the examples from the desk', () => {
    expect(mask('Ring Karin Sjöberg på 070-123 45 67 eller karin@sagverk.example', ['Karin Sjöberg'])).toBe('Ring [x] på [x] eller [x]');
    expect(mask('Enskild firma 19850312-1234 (Eks Järn)', ['Gunnar Ek'])).toBe('Enskild firma [x] ([x] Järn)');
    expect(mask('Anna af Ekströms ansökan', ['Anna af Ekström'])).toBe('[x] ansökan');
    expect(mask('Frågor från +46 73 444 55 66 om Maria', ['Maria Kowalska'])).toBe('Frågor från [x] om [x]');
    expect(maskPersonalData('Sms till 12 34 56 78')).toBe('Sms till […]');
  });
});
