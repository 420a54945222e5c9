// Rows of a sheet as relations. Each end is found in the register by an identifier of any scheme
// ("556012-5790", "SE556012579001", "DK10150817", a Wikidata item "Q100" or its address, a PIC) or
// by its exact name (folded, other-language names too), narrowed by the row's country when the
// name is not unique; the type and status through the value mapping. The row is then checked by
// CreateRelationBody like the API's create. A link the register has, or an earlier row of the file
// gives (either way round for types without a direction), is found, never created twice.
import { sql } from 'kysely';
import { BUILTIN_RELATION_TYPES, SYMMETRIC_RELATION_TYPES } from '../../../shared/register.ts';
import { foldKey, foldWords } from '../../../shared/text.ts';
import type { Tx } from '../../db/tenancy.ts';
import { CreateRelationBody } from '../relations/schema.ts';
import { dateCell } from './cells.ts';
import type { RelationField } from './fields.ts';
import { readings } from './identity.ts';
import { identifierHolders, type Holder } from './match.ts';
import { columnsOf, type Assessed, type Context, type SheetRow } from './organisations.ts';
import { rowProblem, zodRowProblems, type ProblemVars, type RowProblem, type Source } from './problems.ts';
import { resolveValue, type ValueContext } from './values/resolve.ts';
import { RELATION_TYPE_WORDS } from './values/words.ts';
import type { NewRelation } from './write.ts';

type End = 'from' | 'to';

const SYMMETRIC = new Set<string>(SYMMETRIC_RELATION_TYPES);

/** The same link whichever way round a type without direction is written. */
export const linkKey = (fromId: string, toId: string, type: string) =>
  SYMMETRIC.has(type) && fromId > toId ? `${toId}|${fromId}|${type}` : `${fromId}|${toId}|${type}`;

/** Relation types by every word that names them: codes, sv/da/en/pl names, the workspace's own labels. */
export async function relationTypeWords(tx: Tx): Promise<ValueContext['relationTypes']> {
  const custom = await tx.selectFrom('relation_types').select(['code', 'labels']).execute();
  const types = new Map<string, string>();
  for (const code of BUILTIN_RELATION_TYPES) for (const word of [code, ...RELATION_TYPE_WORDS[code]]) types.set(foldKey(word), code);
  for (const t of custom) for (const word of [t.code, ...Object.values(t.labels as Record<string, string>)]) types.set(foldKey(word), t.code);
  return types;
}

/** Organisations by folded name (their own name or a name in another language), for a batch. */
async function byNames(tx: Tx, names: string[]) {
  const out = new Map<string, Holder[]>();
  const unique = [...new Set(names.map((n) => foldWords(n)))].filter(Boolean);
  if (!unique.length) return out;
  const { rows } = await sql<{ key: string; id: string; name: string; country: string }>`
    select distinct n.key, o.id, o.name, o.country from unnest(${sql.val(unique)}::text[]) as n(key)
    join organisations o on o.merged_into is null and (
      collate_key(o.name, 'en') = collate_key(n.key, 'en') or o.search_name % n.key)`.execute(tx);
  for (const r of rows) {
    if (foldWords(r.name) !== r.key) continue;
    out.set(r.key, [...(out.get(r.key) ?? []), { id: r.id, name: r.name, country: r.country }]);
  }
  // Names in other languages ("Danzig" for Gdańsk): only for names not found by their own.
  const missing = unique.filter((k) => !out.has(k));
  if (missing.length) {
    const alt = await sql<{ key: string; id: string; name: string; country: string; names: Record<string, string> }>`
      select n.key, o.id, o.name, o.country, o.names from unnest(${sql.val(missing)}::text[]) as n(key)
      join organisations o on o.merged_into is null and o.alt_names <> '' and fold(o.alt_names) like '%' || n.key || '%'`.execute(tx);
    for (const r of alt.rows) {
      if (!Object.values(r.names).some((n) => foldWords(n) === r.key)) continue;
      out.set(r.key, [...(out.get(r.key) ?? []), { id: r.id, name: r.name, country: r.country }]);
    }
  }
  return out;
}

const holderList = (list: Holder[]) =>
  list
    .slice(0, 5)
    .map((h) => `${h.name} (${h.country})`)
    .join(', ') + (list.length > 5 ? ', …' : '');

export interface AssessedRelation extends Assessed<NewRelation> {
  /** The same link in the register (its id), or in an earlier row of the file (that row). */
  exists: { relationId: string; name: string } | null;
  repeatOf: number | null;
  name: string | null;
}

export async function assessRelations(tx: Tx, rows: SheetRow[], ctx: Context, seen: Map<string, number>): Promise<AssessedRelation[]> {
  const from = columnsOf(ctx);
  const raw = (r: SheetRow, field: RelationField) => {
    const at = from.get(field);
    return at ? (r.cells[at.index] ?? '') : undefined;
  };
  const text = (r: SheetRow, field: RelationField) => raw(r, field)?.trim() || undefined;
  const source = (field: string): Source => ({ field, column: from.get(field)?.column ?? null });
  const ids = rows.flatMap((r) => (['from', 'to'] as End[]).flatMap((e) => readings(text(r, `${e}.identifier`) ?? '')));
  const holders = await identifierHolders(tx, ids);
  const named = await byNames(tx, rows.flatMap((r) => (['from', 'to'] as End[]).flatMap((e) => text(r, `${e}.name`) ?? [])));

  const out = rows.map((r): AssessedRelation & { key?: string } => {
    const problems: RowProblem[] = [];
    const fail = (field: string, key: Parameters<typeof rowProblem>[2], vars?: ProblemVars) => void problems.push(rowProblem(r.row, source(field), key, vars));
    const resolve = (end: End): string | undefined => {
      const identifier = text(r, `${end}.identifier`);
      const name = text(r, `${end}.name`);
      if (identifier) {
        const found = readings(identifier).map((c) => holders.get(`${c.scheme}:${c.value}`)).find(Boolean);
        if (found) return found.id;
        if (!name) return fail(`${end}.identifier`, 'field.organisation_not_found', { value: identifier });
      }
      if (!name) return fail(`${end}.name`, 'field.required');
      const country = resolveValue(`${end}.country`, raw(r, `${end}.country`) ?? '', ctx.plan.values, ctx.values);
      if (!country.ok) return fail(`${end}.country`, country.key, country.vars);
      const all = named.get(foldWords(name)) ?? [];
      const matches = all.filter((m) => !country.value || m.country === country.value);
      if (matches.length === 1) return matches[0]!.id;
      if (!matches.length) return fail(`${end}.name`, 'field.organisation_not_found', { value: country.value ? `${name} (${country.value})` : name });
      return fail(`${end}.name`, 'field.organisation_ambiguous_named', { value: name, candidates: holderList(matches) });
    };
    const fromId = resolve('from');
    const toId = resolve('to');
    const type = resolveValue('type', raw(r, 'type') ?? '', ctx.plan.values, ctx.values);
    if (!type.ok) fail('type', type.key, type.vars);
    else if (!type.value) fail('type', 'field.required');
    const status = resolveValue('status', raw(r, 'status') ?? '', ctx.plan.values, ctx.values);
    if (!status.ok) fail('status', status.key, status.vars);
    const dates: Record<string, string | null> = {};
    for (const f of ['startDate', 'endDate'] as const) {
      const v = text(r, f);
      const d = v ? dateCell(v) : null;
      if (d && !d.ok) fail(f, d.key, d.vars);
      dates[f] = d?.ok ? d.value : null;
    }
    const name = [text(r, 'from.name') ?? text(r, 'from.identifier'), text(r, 'to.name') ?? text(r, 'to.identifier')].filter(Boolean).join(' → ') || null;
    const blank = { row: r.row, input: null, exists: null, repeatOf: null, name };
    if (problems.length || !type.ok || !status.ok) return { ...blank, problems };

    const body = { fromId, toId, type: type.value, status: status.value ?? ctx.plan.defaults.status ?? 'active', ...dates, source: text(r, 'source') ?? null, notes: text(r, 'notes') ?? '' };
    const parsed = CreateRelationBody.safeParse(body);
    if (!parsed.success) {
      const sourceOf = (path: string[]) => {
        const end = path[0] === 'fromId' ? 'from' : path[0] === 'toId' ? 'to' : null;
        if (!end) return source(path[0] ?? 'type');
        return source(from.has(`${end}.identifier`) && text(r, `${end}.identifier`) ? `${end}.identifier` : `${end}.name`);
      };
      return { ...blank, problems: zodRowProblems(r.row, parsed.error, sourceOf) };
    }
    return { ...blank, input: parsed.data, problems, key: linkKey(parsed.data.fromId, parsed.data.toId, parsed.data.type) };
  });

  // The same link in an earlier row repeats it; a link the register has exists.
  for (const a of out) {
    if (!a.key) continue;
    const first = seen.get(a.key);
    if (first !== undefined && first !== a.row) a.repeatOf = first;
    else seen.set(a.key, a.row);
  }
  const valid = out.filter((a) => a.input && a.repeatOf === null);
  if (valid.length) {
    const existing = await sql<{ from_id: string; to_id: string; type: string; id: string; name: string }>`
      select r.from_id, r.to_id, r.type, r.id, f.name || ' → ' || t.name as name
      from unnest(${sql.val(valid.map((a) => a.input!.fromId))}::uuid[], ${sql.val(valid.map((a) => a.input!.toId))}::uuid[], ${sql.val(valid.map((a) => a.input!.type))}::text[]) as x(from_id, to_id, type)
      join relations r on r.type = x.type and ((r.from_id = x.from_id and r.to_id = x.to_id) or (r.from_id = x.to_id and r.to_id = x.from_id))
      join organisations f on f.id = r.from_id join organisations t on t.id = r.to_id`.execute(tx);
    const byKey = new Map(existing.rows.map((e) => [linkKey(e.from_id, e.to_id, e.type), e]));
    for (const a of valid) {
      const e = byKey.get(a.key!);
      if (e) a.exists = { relationId: e.id, name: e.name };
    }
  }
  return out.map(({ key: _key, ...a }) => a);
}
