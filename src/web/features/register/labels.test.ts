// The register's codes have words in every language, and the lists the pages loop over are the
// server's own.
import { describe, expect, it } from 'vitest';
import { bundles } from '../../i18n/bundles.ts';
import { ORG_KINDS as SERVER_KINDS, MATCH_REASONS as SERVER_REASONS } from '../../../server/modules/organisations/schema.ts';
import { BUILTIN_RELATION_TYPES as SERVER_TYPES, RelationStatus } from '../../../server/modules/relations/schema.ts';
import { LegalBasis } from '../../../server/modules/people/schema.ts';
import { ActivityKind } from '../../../server/modules/activities/schema.ts';
import { PartnerReason } from '../../../server/modules/partners/schema.ts';
import { IDENTIFIER_SCHEMES } from '../../../shared/identifiers/index.ts';
import { SORTS } from './filters.ts';
import type { DraftProblem } from './orgForm.ts';
import { ACTIVITY_KINDS, BUILTIN_RELATION_TYPES, IDENTIFIER_SCHEME_CODES, LEGAL_BASES, MATCH_REASONS, ORG_KINDS, PARTNER_REASONS, RELATION_STATUSES } from './types.ts';

describe('register enums', () => {
  it('match the server', () => {
    expect(ORG_KINDS).toEqual(SERVER_KINDS);
    expect(MATCH_REASONS).toEqual(SERVER_REASONS);
    expect(BUILTIN_RELATION_TYPES).toEqual(SERVER_TYPES);
    expect(RELATION_STATUSES).toEqual(RelationStatus.options);
    expect(LEGAL_BASES).toEqual(LegalBasis.options);
    expect(ACTIVITY_KINDS).toEqual(ActivityKind.options);
    expect(PARTNER_REASONS).toEqual(PartnerReason.shape.kind.options);
    expect(IDENTIFIER_SCHEME_CODES).toEqual(IDENTIFIER_SCHEMES);
  });

  const problems: DraftProblem['key'][] = ['required', 'identifier_check_digit', 'identifier_format', 'number', 'lat_range', 'lon_range', 'duplicate_language', 'url'];
  const keys = [
    ...ORG_KINDS.map((k) => `kinds.${k}`),
    ...BUILTIN_RELATION_TYPES.map((k) => `relationTypes.${k}`),
    ...RELATION_STATUSES.map((k) => `statuses.${k}`),
    ...LEGAL_BASES.flatMap((k) => [`legalBases.${k}`, `legalBasisHelp.${k}`]),
    ...ACTIVITY_KINDS.map((k) => `activityKinds.${k}`),
    ...MATCH_REASONS.map((k) => `reasons.${k}`),
    ...IDENTIFIER_SCHEME_CODES.flatMap((k) => [`schemes.${k}`, `schemeExamples.${k}`]),
    ...SORTS.map((k) => `sorts.${k}`),
    ...['organisations', 'people', 'partners', 'map', 'graph', 'survey'].map((k) => `nav.${k}`),
    ...problems.map((k) => `form.problems.${k}`),
  ];

  it.each(['sv', 'da', 'en'] as const)('have words in %s', (lng) => {
    const register = (bundles[lng] as { register: Record<string, Record<string, unknown>> }).register;
    const get = (key: string) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), register);
    expect(keys.filter((k) => typeof get(k) !== 'string' || !(get(k) as string).trim())).toEqual([]);
  });
});
