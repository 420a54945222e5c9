import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs } from './testing.ts';

describe('Wikidata item', () => {
  it('accepts every generated id and the forms lists write it in', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const q = generateValid('wikidata', rng);
        for (const typed of [q, q.toLowerCase(), `wd:${q}`, `http://www.wikidata.org/entity/${q}`, `https://www.wikidata.org/wiki/${q}`, ` ${q} `]) {
          expect(validateIdentifier('wikidata', typed)).toEqual({ ok: true, normalized: q, display: q });
        }
      }),
    );
  });

  it('refuses what is not an item', () => {
    for (const bad of ['Q0', 'Q', '100', 'P31', 'Q12a', 'https://example.org/entity/Q5', 'L1']) expect(validateIdentifier('wikidata', bad)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('EU participant identification code (PIC)', () => {
  it('accepts every generated code, also with spaces, and refuses other lengths and letters', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const pic = generateValid('eu_pic', rng);
        expect(validateIdentifier('eu_pic', `${pic.slice(0, 3)} ${pic.slice(3, 6)} ${pic.slice(6)}`)).toEqual({ ok: true, normalized: pic, display: pic });
        expect(validateIdentifier('eu_pic', pic.slice(1))).toEqual({ ok: false, reason: 'length' });
      }),
    );
    expect(validateIdentifier('eu_pic', '99999999X')).toEqual({ ok: false, reason: 'format' });
  });
});
