// Text compared the way people mean it when they type names from memory or paste them from
// another list: without case, accents, punctuation or spacing ("Västerbottens län" = "vasterbottens
// lan", "CVR-nr." = "cvr nr"). Letters that Unicode does not decompose (ł, ø, æ, ß, đ, þ, œ) are
// spelt out as the Nordic and Polish languages transliterate them.

const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', þ: 'th', œ: 'oe', ı: 'i', ð: 'd' };

function fold(text: string): string {
  // Most names are plain ASCII: nothing to decompose.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæßđþœıð]/g, (c) => LETTERS[c]!);
}

/** Letters and digits only: for header names, codes and vocabulary words. */
export function foldKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Words separated by one space, punctuation dropped: for names of organisations. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
