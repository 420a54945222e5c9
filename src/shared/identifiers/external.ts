// Identifiers of other registers that published lists carry, stored so that a later file can be
// matched on them: a Wikidata item (Q42; twin-town and city lists from Wikidata name places by
// it) and the EU's Participant Identification Code (PIC, nine digits; the Funding & Tenders portal,
// CORDIS and Erasmus+ list partners by it). Neither has a check digit: only the shape is checked.
import { type IdentifierResult, type Rng, fail, randomDigits, randomInt } from './core.ts';

/** "Q42", "q42", "wd:Q42" or an item's address (https://www.wikidata.org/wiki/Q42, …/entity/Q42). */
export function validateWikidata(value: string): IdentifierResult {
  const text = value.normalize('NFKC').trim();
  const m = /^(?:(?:https?:\/\/)?(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/|wd:)?[Qq]([1-9][0-9]{0,11})$/.exec(text);
  if (!m) return fail('format');
  const id = `Q${m[1]}`;
  return { ok: true, normalized: id, display: id };
}

export function generateWikidata(rng: Rng): string {
  return `Q${randomInt(rng, 1, 9)}${randomDigits(rng, randomInt(rng, 0, 8))}`;
}

/** Nine digits; the portal shows them as one block ("999999999"), some lists with spaces. */
export function validateEuPic(value: string): IdentifierResult {
  const pic = value.normalize('NFKC').replace(/[\s.\-\u2010-\u2015\u2212]/g, '').replace(/^PIC:?/i, '');
  if (!/^[0-9]+$/.test(pic)) return fail('format');
  if (pic.length !== 9) return fail('length');
  return { ok: true, normalized: pic, display: pic };
}

export function generateEuPic(rng: Rng): string {
  return `${randomInt(rng, 8, 9)}${randomDigits(rng, 8)}`;
}
