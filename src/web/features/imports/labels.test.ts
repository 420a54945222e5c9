// The import's codes have words in every language, the field list is the server's own, and every
// audit action the import and merge modules write has a label on the audit page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundles } from '../../i18n/bundles.ts';
import { ORGANISATION_FIELDS, RELATION_FIELDS, REQUIRED } from '../../../server/modules/imports/fields.ts';
import { ImportKind, ImportState, RowOutcome } from '../../../server/modules/imports/schema.ts';
import { CODED_FIELDS as SERVER_CODED_FIELDS } from '../../../server/modules/imports/values/resolve.ts';
import { CODED_FIELDS, IMPORT_KINDS, IMPORT_STATUSES, MATCH_REASONS, ORGANISATION_IMPORT_FIELDS, RELATION_IMPORT_FIELDS, REQUIRED_FIELDS, ROW_OUTCOMES } from './types.ts';

type Tree = Record<string, unknown>;
const get = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const LANGS = ['sv', 'da', 'en'] as const;

/** The audit actions a module's source writes, e.g. 'import.upload' → 'import_upload'. */
function auditActions(module: string): string[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server/modules', module);
  const source = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const written = [...source.matchAll(/(?:action: |audit\(tx, actor, |auditRow\(actor, )'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!);
  return [...new Set(written)].map((a) => a.replace('.', '_'));
}

describe('import codes', () => {
  it('match the server', () => {
    expect(ORGANISATION_IMPORT_FIELDS).toEqual(ORGANISATION_FIELDS);
    expect(RELATION_IMPORT_FIELDS).toEqual(RELATION_FIELDS);
    expect(REQUIRED_FIELDS).toEqual(REQUIRED);
    expect(IMPORT_KINDS).toEqual(ImportKind.options);
    expect(ROW_OUTCOMES).toEqual(RowOutcome.options);
    expect(CODED_FIELDS).toEqual(SERVER_CODED_FIELDS);
    expect(IMPORT_STATUSES).toEqual(ImportState.shape.status.options);
  });

  const keys = [
    ...ORGANISATION_IMPORT_FIELDS.filter((f) => !f.startsWith('identifiers.')).map((f) => `imports.fields.${f}`),
    ...ORGANISATION_IMPORT_FIELDS.filter((f) => f.startsWith('identifiers.')).map((f) => `register.schemes.${f.slice('identifiers.'.length)}`),
    ...RELATION_IMPORT_FIELDS.map((f) => `imports.fields.${f}`),
    ...IMPORT_KINDS.map((k) => `imports.kinds.${k}`),
    ...IMPORT_STATUSES.map((s) => `imports.status.${s}`),
    ...MATCH_REASONS.map((r) => `imports.reasons.${r}`),
    ...ROW_OUTCOMES.map((o) => `imports.outcomes.${o}`),
  ];

  it.each(LANGS)('have words in %s', (lng) => {
    expect(keys.filter((k) => typeof get(bundles[lng], k) !== 'string')).toEqual([]);
  });
});

describe('audit labels', () => {
  const actions = [...auditActions('imports'), ...auditActions('merge')];

  it('cover what the import and merge modules write', () => {
    expect(actions).toEqual(expect.arrayContaining(['import_upload', 'import_start', 'import_finish', 'import_delete', 'organisation_merge', 'organisation_merged']));
  });

  it.each(LANGS)('exist in %s', (lng) => {
    expect(actions.filter((a) => typeof get(bundles[lng], `audit.actions.${a}`) !== 'string')).toEqual([]);
    expect(get(bundles[lng], 'audit.entities.import')).toEqual(expect.any(String));
  });
});
