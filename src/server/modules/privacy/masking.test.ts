import { describe, expect, it } from 'vitest';
import { MASK, maskPersonalData } from './masking.ts';

describe('maskPersonalData', () => {
  it('masks the whole name and its parts, with Nordic and Polish letters, case-insensitively', () => {
    expect(maskPersonalData('Fråga från Łukasz Żółkiewski om export', { names: ['Łukasz Żółkiewski'] })).toBe(`Fråga från ${MASK} om export`);
    expect(maskPersonalData('ÅSA ringde; Åsa Öberg vill ha svar', { names: ['Åsa Öberg'] })).toBe(`${MASK} ringde; ${MASK} vill ha svar`);
  });

  it('does not mask a name inside a longer word', () => {
    expect(maskPersonalData('Karingruppen och Karin', { names: ['Karin'] })).toBe(`Karingruppen och ${MASK}`);
  });

  it('masks e-mail addresses, and phone and organisation numbers however they are spaced', () => {
    const out = maskPersonalData('Ring 070-123 45 67 eller +46701234567, mejla ola@nybolag.example (559012-3450)', {
      emails: ['ola@nybolag.example'],
      phones: ['0701234567'],
      numbers: ['5590123450'],
    });
    expect(out).toBe(`Ring ${MASK} eller ${MASK}, mejla ${MASK} (${MASK})`);
  });

  it('leaves a text without known personal data as it was', () => {
    expect(maskPersonalData('Export till Polen', { names: [null, ''], emails: [null], phones: ['12'] })).toBe('Export till Polen');
  });
});
