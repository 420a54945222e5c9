// Masks what is known to be personal data in a text that stays on record: the requester's name
// (whole and in parts), e-mail address, phone number and organisation number. Used for the title of
// a disposed case, whose register line is kept. Names the system was never told cannot be found;
// the description and messages, which may hold anything, are removed instead of masked.

export const MASK = '***';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A match that is not part of a longer word (letters and digits of any script). */
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'giu');

/** The pieces of a name worth masking on their own: the whole name and its parts of 2+ letters. */
function nameParts(name: string): string[] {
  const whole = name.trim();
  const parts = whole.split(/[\s,]+/).filter((p) => [...p].length >= 2);
  return [whole, ...parts];
}

/** Digits only, for numbers written with other spacing or dashes than in the text. */
const digits = (s: string) => s.replace(/\D/g, '');

export function maskPersonalData(text: string, known: { names?: (string | null)[]; emails?: (string | null)[]; phones?: (string | null)[]; numbers?: (string | null)[] }): string {
  let out = text.normalize('NFC');
  const literal = [...(known.emails ?? [])].filter((s): s is string => Boolean(s?.trim()));
  const names = (known.names ?? []).filter((s): s is string => Boolean(s?.trim())).flatMap((n) => nameParts(n.normalize('NFC')));
  // Longest first, so "Karin Sjöberg" is masked as one before "Karin" alone.
  for (const s of [...new Set([...literal, ...names])].sort((a, b) => b.length - a.length)) out = out.replace(word(s), MASK);
  for (const n of [...(known.phones ?? []), ...(known.numbers ?? [])]) {
    const d = n ? digits(n) : '';
    if (d.length < 5) continue;
    // The same digits with any spaces, dashes, dots or brackets between them; a national number
    // (leading 0) also in its international form (+46 70…).
    const loose = (x: string) => x.split('').join('[\\s().-]*');
    if (d.startsWith('0')) out = out.replace(new RegExp(`\\+\\d{1,3}[\\s().-]*(?:\\(0\\)[\\s-]*)?${loose(d.slice(1))}`, 'g'), MASK);
    out = out.replace(new RegExp(`\\+?${loose(d)}`, 'g'), MASK);
  }
  return out.replace(/(\*\*\*)(\s*\*\*\*)+/g, MASK);
}
