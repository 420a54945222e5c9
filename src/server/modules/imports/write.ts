// The bulk writes of an import batch: organisations with their identifiers, or relations, and one
// audit entry per created row, in a handful of multi-row statements instead of a round of queries
// per row. Organisations, identifiers and audit entries go in as one JSON array each
// (jsonb_to_recordset, arrays and objects as JSON): one parameter whatever the count, which the
// server reads faster than thousands of bound values (organisations: 18 % less time per batch
// than multi-row VALUES, measured on PGlite at 20,000 rows), and the audit entry's JSON is not
// encoded twice. Relations go in as multi-row VALUES, chunked below PGlite's limit on parameters.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { insertInBatches } from '../../db/batch.ts';
import type { Tx } from '../../db/tenancy.ts';
import type { OrganisationInput } from '../organisations/schema.ts';

/** Who imports: a member through the API, or the CLI (no user) acting inside one workspace. */
export interface ImportActor {
  workspaceId: string;
  userId: string | null;
  requestId?: string | null;
}

export interface NewRelation {
  fromId: string;
  toId: string;
  type: string;
  status: 'proposed' | 'active' | 'dormant' | 'ended';
  startDate?: string | null;
  endDate?: string | null;
  source?: string | null;
  notes: string;
}

/** Rows as one JSON array, read by jsonb_to_recordset with these columns and types. */
async function insertJson(tx: Tx, table: 'audit_log' | 'organisation_identifiers' | 'organisations', columns: Record<string, string>, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const names = Object.keys(columns);
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select ${sql.join(names.map((n) => sql.ref(`t.${n}`)))}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(${sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '))})`.execute(tx);
}

const AUDIT_COLUMNS = { workspace_id: 'uuid', actor_id: 'uuid', action: 'text', entity_type: 'text', entity_id: 'text', after: 'jsonb', request_id: 'text' };
const ORGANISATION_COLUMNS = {
  id: 'uuid', workspace_id: 'uuid', name: 'text', names: 'jsonb', alt_names: 'text', kind: 'text', country: 'char(2)', city: 'text', lat: 'float8', lon: 'float8',
  nuts_code: 'text', nace_code: 'text', themes: 'text[]', theme_text: 'text', sdgs: 'smallint[]', website: 'text', description: 'text', tags: 'text[]',
  responsible_user_id: 'uuid', is_local: 'boolean', is_own: 'boolean',
};
const IDENTIFIER_COLUMNS = { workspace_id: 'uuid', organisation_id: 'uuid', scheme: 'text', value: 'text' };

/** One audit entry per created row, as recordAudit writes it (no `before`). */
const auditRow = (actor: ImportActor, action: string, entityType: string, entityId: string, after: unknown) => ({
  workspace_id: actor.workspaceId,
  actor_id: actor.userId,
  action,
  entity_type: entityType,
  entity_id: entityId,
  after,
  request_id: actor.requestId ?? null,
});

/** Theme labels in every language, per code, for the search text stored on each organisation. */
async function themeTexts(tx: Tx, codes: string[]) {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map<string, string>();
  const rows = await tx.selectFrom('themes').select(['code', 'labels']).where('code', '=', sql<string>`any(${sql.val(unique)}::text[])`).execute();
  return new Map(rows.map((r) => [r.code, Object.values(r.labels).join(' ')]));
}

export async function insertOrganisations(tx: Tx, actor: ImportActor, importId: string, inputs: OrganisationInput[]) {
  if (!inputs.length) return [];
  const labels = await themeTexts(tx, inputs.flatMap((i) => i.themes));
  const created = inputs.map((input) => ({ id: crypto.randomUUID(), input }));
  await insertJson(
    tx,
    'organisations',
    ORGANISATION_COLUMNS,
    created.map(({ id, input }) => ({
      id,
      workspace_id: actor.workspaceId,
      name: input.name,
      names: input.names,
      alt_names: Object.values(input.names).join(' '),
      kind: input.kind,
      country: input.country,
      city: input.city ?? null,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      nuts_code: input.nutsCode ?? null,
      nace_code: input.naceCode ?? null,
      themes: input.themes,
      theme_text: input.themes.map((c) => labels.get(c) ?? '').join(' '),
      sdgs: [...new Set(input.sdgs)].sort((x, y) => x - y),
      website: input.website ?? null,
      description: input.description,
      tags: input.tags,
      responsible_user_id: input.responsibleUserId ?? null,
      is_local: input.isLocal,
      is_own: input.isOwn,
    })),
  );
  const identifiers = created.flatMap(({ id, input }) =>
    [...new Map(input.identifiers.map((i) => [i.scheme, i])).values()].map((i) => ({ workspace_id: actor.workspaceId, organisation_id: id, scheme: i.scheme, value: i.value })),
  );
  await insertJson(tx, 'organisation_identifiers', IDENTIFIER_COLUMNS, identifiers);
  await insertJson(
    tx,
    'audit_log',
    AUDIT_COLUMNS,
    created.map(({ id, input }) =>
      auditRow(actor, 'organisation.create', 'organisation', id, {
        id,
        name: input.name,
        names: input.names,
        kind: input.kind,
        country: input.country,
        city: input.city,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        nutsCode: input.nutsCode,
        naceCode: input.naceCode,
        identifiers: input.identifiers,
        themes: input.themes,
        sdgs: input.sdgs,
        website: input.website ?? null,
        description: input.description,
        tags: input.tags,
        isLocal: input.isLocal,
        importId,
      }),
    ),
  );
  return created.map((c) => c.id);
}

export async function insertRelations(tx: Tx, actor: ImportActor, importId: string, inputs: NewRelation[]) {
  if (!inputs.length) return [];
  const created = inputs.map((input) => ({ id: crypto.randomUUID(), input }));
  await insertInBatches(
    tx,
    'relations',
    created.map(({ id, input }) => ({
      id,
      workspace_id: actor.workspaceId,
      from_id: input.fromId,
      to_id: input.toId,
      type: input.type,
      status: input.status,
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      source: input.source ?? null,
      notes: input.notes,
    })),
  );
  await insertJson(tx, 'audit_log', AUDIT_COLUMNS, created.map(({ id, input }) => auditRow(actor, 'relation.create', 'relation', id, { id, ...input, importId })));
  return created.map((c) => c.id);
}
