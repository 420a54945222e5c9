import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IDENTIFIER_SCHEMES, identifierMessages, identifierSchema } from './index.ts';

describe('identifierSchema', () => {
  it('parses to the normalised value', () => {
    expect(identifierSchema('se_orgnr').parse(' 556012-5790 ')).toBe('5560125790');
    expect(identifierSchema('pl_nip').parse('774-000-14-54')).toBe('7740001454');
    expect(identifierSchema('eu_vat').parse('se556012579001')).toBe('SE556012579001');
  });

  it('reports a wrong check digit with the check-digit message key', () => {
    const result = z.object({ orgnr: identifierSchema('se_orgnr') }).safeParse({ orgnr: '556012-5791' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: ['orgnr'],
        params: { key: 'field.identifier_check_digit', reason: 'check_digit', scheme: 'se_orgnr' },
      }),
    ]);
  });

  it.each([
    ['dk_cvr', '1234'],
    ['eu_vat', 'US123'],
    ['fi_ytunnus', 'abc'],
  ] as const)('reports %s %s with the format message key', (scheme, value) => {
    const issue = identifierSchema(scheme).safeParse(value).error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', params: { key: 'field.identifier_format' } });
  });

  it('refuses values that are not strings', () => {
    expect(identifierSchema('dk_cvr').safeParse(24256790).success).toBe(false);
  });

  it('has a message in every language for each key', () => {
    for (const entry of Object.values(identifierMessages)) {
      for (const locale of ['sv', 'da', 'en', 'pl'] as const) expect(entry[locale].length).toBeGreaterThan(10);
    }
    expect(IDENTIFIER_SCHEMES).toHaveLength(8);
  });
});
