// Masks personal data in a case's title before it is shown in the public register. What counts,
// and is replaced by a marker, is fixed and tested (public-register-mask.test.ts, with generated
// inputs):
//   - e-mail addresses;
//   - personal identity numbers: Swedish personnummer and samordningsnummer (YYMMDD-NNNN,
//     YYYYMMDDNNNN, also with + or a space), Danish CPR (DDMMYY-NNNN), Norwegian fødselsnummer and
//     D-numbers (DDMMYY NNNNN), Finnish henkilötunnus (DDMMYY-NNNC). A sole trader's Swedish
//     organisation number is their personnummer, so it is masked too; a legal entity's number
//     (third digit 2 or more, so no month) is not personal data and stays;
//   - phone numbers: international (+46 70 …, 0045 …), national with a leading 0 (070-123 45 67,
//     042-10 50 00), and Danish eight digits in pairs (12 34 56 78);
//   - the names we know belong to the case: the requester's and the linked person's, whole or
//     any part of two letters or more (also with a genitive s), in any letter case.
// Names we do not know cannot be found reliably in free text; the desk marks such a case secret.

const L = '[\\p{L}\\p{N}]';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Six or eight digits, an optional separator, four digits (SE, DK); six, separator, three and a check character (FI); six and five (NO).
const ID_NUMBER = /(?<![\p{L}\p{N}])(\d{6}|\d{8})([-+ ]?)(\d{4})(?![\p{L}\p{N}])/gu;
const FI_HETU = /(?<![\p{L}\p{N}])(\d{6})[-+A-FU-Y](\d{3}[0-9A-Y])(?![\p{L}\p{N}])/gu;
const NO_FNR = /(?<![\p{L}\p{N}])(\d{6}) ?(\d{5})(?![\p{L}\p{N}])/gu;
const PHONE_INTL = /(?<![\p{L}\p{N}+])(?:\+|00)\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d){6,13}(?![\p{L}\p{N}])/gu;
const PHONE_NATIONAL = /(?<![\p{L}\p{N}/.])0\d(?:[ -]?\d){6,10}(?![\p{L}\p{N}])/gu;
const PHONE_DK = /(?<![\p{L}\p{N}/.])\d{2} \d{2} \d{2} \d{2}(?![\p{L}\p{N}])/gu;

/** Name particles that are not masked on their own ("af" in "Anna af Ekström"). */
const PARTICLES = new Set(['af', 'av', 'von', 'van', 'der', 'de', 'la', 'le', 'da', 'di', 'du', 'del', 'den', 'ten', 'zu']);

function validDay(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** YYMMDD or YYYYMMDD (born 18xx–20xx), with a Swedish samordningsnummer's day + 60. */
function isSwedishDate(digits: string) {
  const full = digits.length === 8;
  if (full && !/^(18|19|20)/.test(digits)) return false;
  const s = full ? digits.slice(2) : digits;
  const m = Number(s.slice(2, 4));
  let d = Number(s.slice(4, 6));
  if (d > 60) d -= 60;
  // Without the century any year may be meant, so 29 February counts (2000 was a leap year).
  return validDay(full ? Number(digits.slice(0, 4)) : 2000, m, d);
}

/** DDMMYY, with a Norwegian D-number's day + 40. */
function isNordicDayFirst(digits: string, dNumber = false) {
  let d = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4));
  if (dNumber && d > 40) d -= 40;
  // Any year: 29 February is allowed (a leap year exists for every two-digit year in some century).
  return validDay(2000, m, d);
}

function nameParts(names: readonly (string | null | undefined)[]) {
  const out = new Set<string>();
  for (const raw of names) {
    const name = raw?.normalize('NFC').replace(/\s+/gu, ' ').trim();
    if (!name) continue;
    out.add(name);
    for (const part of name.split(/[\s,]+/u)) {
      for (const piece of [part, ...part.split('-')]) {
        const p = piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if ([...p].length >= 2 && !PARTICLES.has(p.toLocaleLowerCase('sv'))) out.add(p);
      }
    }
  }
  // Longest first, so a full name is one marker rather than one per part.
  return [...out].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface MaskOptions {
  /** Names that belong to the case (requester, linked person). */
  names?: readonly (string | null | undefined)[];
  /** What replaces each piece of personal data. */
  marker?: string;
}

/** The text with e-mail addresses, personal identity numbers, phone numbers and the given names replaced. */
export function maskPersonalData(text: string, opts: MaskOptions = {}): string {
  const marker = opts.marker ?? '[…]';
  let out = text.normalize('NFC');
  out = out.replace(EMAIL, marker);
  out = out.replace(FI_HETU, (all, date: string) => (isNordicDayFirst(date) ? marker : all));
  out = out.replace(ID_NUMBER, (all, date: string) => (isSwedishDate(date) || (date.length === 6 && isNordicDayFirst(date)) ? marker : all));
  out = out.replace(NO_FNR, (all, date: string) => (isNordicDayFirst(date, true) ? marker : all));
  out = out.replace(PHONE_INTL, marker);
  out = out.replace(PHONE_NATIONAL, marker);
  out = out.replace(PHONE_DK, marker);
  for (const name of nameParts(opts.names ?? [])) {
    const pattern = escape(name).replace(/ /g, '\\s+');
    out = out.replace(new RegExp(`(?<!${L})${pattern}(?:[’':]?s)?(?!${L})`, 'giu'), marker);
  }
  return out;
}

/** The marker in each language: said in words, so a screen reader reads what is hidden. */
export const MASK_MARKERS = { sv: '[personuppgift]', da: '[personoplysning]', en: '[personal data]' } as const;
