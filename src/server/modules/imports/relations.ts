// Rows of a sheet as relations. Each end is found in the register by an identifier of any scheme
// ("556012-5790", "SE556012579001", "DK10150817") or by its exact name, with the country when the
// name is not unique; the type by its code, a built-in type's name in sv, da or en, or the
// workspace's own labels. The row is then checked by CreateRelationBody like the API's create.
import { sql } from 'kysely';
import { IDENTIFIER_SCHEMES, validateIdentifier, type IdentifierScheme } from '../../../shared/identifiers/index.ts';
import type { Tx } from '../../db/tenancy.ts';
import { BUILTIN_RELATION_TYPES, CreateRelationBody } from '../relations/schema.ts';
import { countryOf, dateCell, RELATION_TYPE_WORDS, relationStatusOf } from './cells.ts';
import { headerKey, type RelationField } from './fields.ts';
import { columnsOf, type Assessed, type Context, type SheetRow } from './organisations.ts';
import { rowProblem, zodRowProblems, type RowProblem, type Source } from './problems.ts';
import type { NewRelation } from './write.ts';

type End = 'from' | 'to';

/** The national scheme inside a VAT number, and how its number sits in the VAT number. */
const NATIONAL: Record<string, { scheme: IdentifierScheme; toVat: (n: string) => string; fromVat: (v: string) => string }> = {
  SE: { scheme: 'se_orgnr', toVat: (n) => `SE${n}01`, fromVat: (v) => v.slice(2, 12) },
  DK: { scheme: 'dk_cvr', toVat: (n) => `DK${n}`, fromVat: (v) => v.slice(2) },
  PL: { scheme: 'pl_nip', toVat: (n) => `PL${n}`, fromVat: (v) => v.slice(2) },
  FI: { scheme: 'fi_ytunnus', toVat: (n) => `FI${n}`, fromVat: (v) => v.slice(2) },
};

/** Every stored form a typed number could have: its own scheme, and the VAT/national twin. */
const candidates = (text: string) =>
  IDENTIFIER_SCHEMES.flatMap((scheme) => {
    const r = validateIdentifier(scheme, text);
    if (!r.ok) return [];
    const own = { scheme, value: r.normalized };
    if (scheme === 'eu_vat') {
      const national = NATIONAL[r.normalized.slice(0, 2)];
      return national ? [own, { scheme: national.scheme, value: national.fromVat(r.normalized) }] : [own];
    }
    const twin = Object.entries(NATIONAL).find(([, n]) => n.scheme === scheme)?.[1];
    return twin ? [own, { scheme: 'eu_vat' as const, value: twin.toVat(r.normalized) }] : [own];
  });

/** What the batch needs from the register, fetched once: identifiers, names and relation types. */
async function lookups(tx: Tx, ends: { identifier?: string; name?: string }[]) {
  const ids = ends.flatMap((e) => (e.identifier ? candidates(e.identifier) : []));
  const names = [...new Set(ends.flatMap((e) => (e.name ? [e.name] : [])))];
  const byId = new Map<string, string>();
  if (ids.length) {
    // A merged organisation's numbers lead to the one it was merged into.
    const rows = await tx
      .selectFrom('organisation_identifiers as oi')
      .innerJoin('organisations as o', 'o.id', 'oi.organisation_id')
      .select(['oi.scheme', 'oi.value', sql<string>`coalesce(o.merged_into, o.id)`.as('id')])
      .where('oi.value', '=', sql<string>`any(${sql.val([...new Set(ids.map((i) => i.value))])}::text[])`)
      .execute();
    for (const r of rows) byId.set(`${r.scheme}:${r.value}`, r.id);
  }
  const byName = new Map<string, { id: string; country: string }[]>();
  if (names.length) {
    const rows = await sql<{ input: string; id: string; country: string }>`
      select n.input, o.id, o.country from unnest(${sql.val(names)}::text[]) as n(input)
      join organisations o on fold(o.name) = fold(n.input) and o.merged_into is null`.execute(tx);
    for (const r of rows.rows) byName.set(r.input, [...(byName.get(r.input) ?? []), { id: r.id, country: r.country }]);
  }
  const custom = await tx.selectFrom('relation_types').select(['code', 'labels']).execute();
  const types = new Map<string, string>();
  for (const code of BUILTIN_RELATION_TYPES) for (const word of [code, ...RELATION_TYPE_WORDS[code]]) types.set(headerKey(word), code);
  for (const t of custom) for (const word of [t.code, ...Object.values(t.labels)]) types.set(headerKey(word), t.code);
  return { byId, byName, types };
}

export async function assessRelations(tx: Tx, rows: SheetRow[], ctx: Context): Promise<Assessed<NewRelation>[]> {
  const from = columnsOf(ctx);
  const text = (r: SheetRow, field: RelationField) => {
    const at = from.get(field);
    return at ? r.cells[at.index]?.trim() || undefined : undefined;
  };
  const source = (field: string): Source => ({ field, column: from.get(field)?.column ?? null });
  const ends = rows.flatMap((r) => (['from', 'to'] as End[]).map((e) => ({ identifier: text(r, `${e}.identifier`), name: text(r, `${e}.name`) })));
  const found = await lookups(tx, ends);

  const out = rows.map((r): Assessed<NewRelation> & { key?: string } => {
    const problems: RowProblem[] = [];
    const resolve = (end: End): string | undefined => {
      const identifier = text(r, `${end}.identifier`);
      const name = text(r, `${end}.name`);
      if (identifier) {
        const id = candidates(identifier).map((c) => found.byId.get(`${c.scheme}:${c.value}`)).find(Boolean);
        if (id) return id;
        if (!name) return void problems.push(rowProblem(r.row, source(`${end}.identifier`), 'field.organisation_not_found', { value: identifier }));
      }
      if (!name) return void problems.push(rowProblem(r.row, source(`${end}.name`), 'field.required'));
      const country = text(r, `${end}.country`);
      const code = country ? countryOf(country) : null;
      if (code && !code.ok) return void problems.push(rowProblem(r.row, source(`${end}.country`), code.key, code.vars));
      const matches = (found.byName.get(name) ?? []).filter((m) => !code || m.country === code.value);
      if (matches.length === 1) return matches[0]!.id;
      return void problems.push(rowProblem(r.row, source(`${end}.name`), matches.length ? 'field.organisation_ambiguous' : 'field.organisation_not_found', { value: name }));
    };
    const fromId = resolve('from');
    const toId = resolve('to');
    const typeText = text(r, 'type') ?? '';
    const type = found.types.get(headerKey(typeText));
    if (!type) problems.push(rowProblem(r.row, source('type'), typeText ? 'field.unknown_code' : 'field.required', { value: typeText }));
    const statusText = text(r, 'status');
    const status = statusText ? relationStatusOf(statusText) : (ctx.plan.defaults.status ?? 'active');
    if (!status) problems.push(rowProblem(r.row, source('status'), 'field.unknown_code', { value: statusText ?? '' }));
    const dates: Record<string, string | null> = {};
    for (const f of ['startDate', 'endDate'] as const) {
      const v = text(r, f);
      const d = v ? dateCell(v) : null;
      if (d && !d.ok) problems.push(rowProblem(r.row, source(f), d.key, d.vars));
      dates[f] = d?.ok ? d.value : null;
    }
    if (problems.length) return { row: r.row, input: null, problems, duplicate: null };

    const body = { fromId, toId, type, status, ...dates, source: text(r, 'source') ?? null, notes: text(r, 'notes') ?? '' };
    const parsed = CreateRelationBody.safeParse(body);
    if (!parsed.success) {
      const sourceOf = (path: string[]) => {
        const end = path[0] === 'fromId' ? 'from' : path[0] === 'toId' ? 'to' : null;
        if (!end) return source(path[0] ?? 'type');
        return source(from.has(`${end}.identifier`) && text(r, `${end}.identifier`) ? `${end}.identifier` : `${end}.name`);
      };
      return { row: r.row, input: null, problems: zodRowProblems(r.row, parsed.error, sourceOf), duplicate: null };
    }
    return { row: r.row, input: parsed.data, problems, duplicate: null, key: `${parsed.data.fromId}|${parsed.data.toId}|${parsed.data.type}` };
  });

  // The same link twice in the file is an error; a link the register has is a duplicate.
  for (const a of out) {
    if (!a.key) continue;
    const first = ctx.seen.get(a.key);
    if (first !== undefined && first !== a.row) {
      a.problems.push(rowProblem(a.row, source('type'), 'field.duplicate_in_file', { row: first }));
      a.input = null;
    } else ctx.seen.set(a.key, a.row);
  }
  const valid = out.filter((a) => a.input);
  if (valid.length) {
    const existing = await sql<{ from_id: string; to_id: string; type: string; id: string; name: string }>`
      select r.from_id, r.to_id, r.type, r.id, f.name || ' → ' || t.name as name
      from unnest(${sql.val(valid.map((a) => a.input!.fromId))}::uuid[], ${sql.val(valid.map((a) => a.input!.toId))}::uuid[], ${sql.val(valid.map((a) => a.input!.type))}::text[]) as x(from_id, to_id, type)
      join relations r on r.from_id = x.from_id and r.to_id = x.to_id and r.type = x.type
      join organisations f on f.id = r.from_id join organisations t on t.id = r.to_id`.execute(tx);
    const byKey = new Map(existing.rows.map((e) => [`${e.from_id}|${e.to_id}|${e.type}`, e]));
    for (const a of valid) {
      const e = byKey.get(a.key!);
      if (e) a.duplicate = { relationId: e.id, name: e.name, reason: 'same_relation' };
    }
  }
  return out.map(({ key: _key, ...a }) => a);
}
