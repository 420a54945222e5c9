// Calls imported from a file: CSV (any of , ; tab; UTF-8, UTF-16 or Windows-1252), XLSX (the
// first sheet) or JSON (an array of objects, or {"calls": [...]}). Columns are recognised by
// their names in Swedish, Danish or English; a programme by its id, code, CCI or name. Every row
// goes through the same checks as a call entered by hand. All or nothing: one bad row and nothing
// is written, and every bad row is listed with its row number and field. A call already in the
// workspace (same programme and identifier) is updated from the file, so importing a programme's
// list again refreshes it; a file with the same call twice is refused at the second row.
import { sql } from 'kysely';
import { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { AppError, zodProblems } from '../../http/problem.ts';
import { parseAmount } from '../../../shared/money.ts';
import { interregPolicyObjective } from '../../../shared/vocabularies/interreg.ts';
import type { Actor } from '../members/service.ts';
import { readSheet } from '../imports/read.ts';
import { CreateCallBody, type CallInput } from './schema.ts';
import { createCall, getCall, updateCall } from './service.ts';

/** The largest call file (a programme's calls are a few hundred rows, far under this). */
export const CALL_IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

export const CALL_IMPORT_FIELDS = ['programme', 'identifier', 'title', 'opensOn', 'deadline', 'timeZone', 'stage2Deadline', 'policyObjectives', 'budget', 'currency', 'url', 'notes'] as const;
type Field = (typeof CALL_IMPORT_FIELDS)[number];

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column names people write, in sv, da and en (compared without case, accents, spaces or signs). */
const HEADERS: Record<Field, string[]> = {
  programme: ['programme', 'program', 'programmeid', 'programid', 'programmecode', 'cci', 'fund programme'],
  identifier: ['identifier', 'callid', 'call identifier', 'topic', 'beteckning', 'betegnelse', 'id', 'code', 'kod', 'kode'],
  title: ['title', 'call', 'call title', 'titel', 'utlysning', 'indkaldelse', 'name', 'namn', 'navn'],
  opensOn: ['opens', 'opening date', 'opensOn', 'open', 'öppnar', 'öppnar den', 'åbner', 'start'],
  deadline: ['deadline', 'deadline stage 1', 'stage 1 deadline', 'sista dag', 'sista ansökningsdag', 'frist', 'ansøgningsfrist', 'deadline 1'],
  timeZone: ['time zone', 'timezone', 'tz', 'tidszon', 'tidszone'],
  stage2Deadline: ['stage 2 deadline', 'deadline stage 2', 'stage2deadline', 'deadline 2', 'second stage', 'steg 2', 'sista dag steg 2', 'trin 2', 'frist trin 2'],
  policyObjectives: ['policy objectives', 'policyobjectives', 'policy objective', 'po', 'politiska mål', 'politiske mål', 'mål'],
  budget: ['budget', 'budget amount', 'amount', 'belopp', 'beløb'],
  currency: ['currency', 'valuta', 'budget currency'],
  url: ['url', 'link', 'web page', 'länk', 'webbsida', 'webside', 'website'],
  notes: ['notes', 'note', 'anteckningar', 'noter', 'comments', 'kommentar'],
};
const BY_HEADER = new Map<string, Field>(Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [norm(n), field as Field] as const)));

export interface CallImportRow {
  row: number;
  values: Partial<Record<Field, string>>;
}

export interface ParsedCallFile {
  format: 'csv' | 'xlsx' | 'json';
  columns: { name: string; field: Field | null }[];
  rows: CallImportRow[];
}

const fileProblem = (key: MessageKey, vars?: Record<string, string | number>) => new AppError(422, 'problem.validation', { fields: [{ field: 'file', key, vars }] });

/** The file's rows as text per field; the row numbers are the ones people see (header = 1; JSON: item 1 = 1). */
export async function parseCallFile(bytes: Uint8Array): Promise<ParsedCallFile> {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[') || head.startsWith('{')) return parseJson(bytes);
  const sheet = await readSheet(bytes, { withTime: true });
  const columns = sheet.columns.map((name) => ({ name, field: BY_HEADER.get(norm(name)) ?? null }));
  const taken = new Set<Field>();
  for (const c of columns) {
    if (c.field && taken.has(c.field)) c.field = null; // the first column of a kind counts
    else if (c.field) taken.add(c.field);
  }
  const rows = sheet.rows.map((r) => {
    const values: CallImportRow['values'] = {};
    columns.forEach((c, i) => {
      if (c.field) values[c.field] = (r.cells[i] ?? '').trim();
    });
    return { row: r.row, values };
  });
  checkColumns(taken);
  return { format: sheet.format, columns, rows };
}

function parseJson(bytes: Uint8Array): ParsedCallFile {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw fileProblem('field.call_import_json');
  }
  const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { calls?: unknown }).calls) ? (data as { calls: unknown[] }).calls : null;
  if (!items) throw fileProblem('field.call_import_json');
  const names = new Set<string>();
  const taken = new Set<Field>();
  const rows = items.map((item, i) => {
    const values: CallImportRow['values'] = {};
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        names.add(key);
        const field = BY_HEADER.get(norm(key));
        if (!field || values[field] !== undefined) continue;
        taken.add(field);
        // A budget may come as {"amountMinor": …, "currency": …}, as the API writes it.
        if (field === 'budget' && value && typeof value === 'object' && 'amountMinor' in value) {
          const m = value as { amountMinor: unknown; currency?: unknown };
          values.budget = `minor:${String(m.amountMinor)}`;
          if (m.currency !== undefined) {
            values.currency = String(m.currency);
            taken.add('currency');
          }
        } else values[field] = Array.isArray(value) ? value.map(String).join(', ') : value === null || value === undefined ? '' : String(value).trim();
      }
    }
    return { row: i + 1, values };
  });
  checkColumns(taken);
  return { format: 'json', columns: [...names].map((name) => ({ name, field: BY_HEADER.get(norm(name)) ?? null })), rows };
}

function checkColumns(taken: Set<Field>) {
  const missing = (['programme', 'title', 'deadline'] as const).filter((f) => !taken.has(f));
  if (missing.length) throw fileProblem('field.call_import_columns', { columns: missing.join(', ') });
}

/** "2027-03-10 17:00", "2027-03-10T17:00:00", "10.03.2027 17.00", "10/03/2027 17:00" → 2027-03-10T17:00. */
export function wallTime(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(s);
  if (m) return fmt(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})[ T,]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$/.exec(s);
  if (m) return fmt(m[3]!, m[2]!, m[1]!, m[4]!, m[5]!);
  return null;
}
const fmt = (y: string, mo: string, d: string, h: string, mi: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}`;

/** "2027-03-10", "10.03.2027", "10/03/2027" → 2027-03-10. */
export function calendarDay(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

interface ProgrammeRow {
  id: string;
  code: string | null;
  cci: string | null;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Problem = { field: string; key: MessageKey; vars?: Record<string, string | number> };

/** One row as the body of a call, or the problems that stop it (field names as the API's). */
function rowInput(r: CallImportRow, programmes: ProgrammeRow[]): { input?: CallInput; problems: Problem[] } {
  const v = r.values;
  const problems: Problem[] = [];
  const wanted = v.programme ?? '';
  let programmeId: string | undefined;
  if (wanted) {
    const n = norm(wanted);
    const hits = programmes.filter((p) => p.id === wanted.toLowerCase() || (p.code && norm(p.code) === n) || (p.cci && norm(p.cci) === n) || norm(p.name) === n);
    if (hits.length === 1) programmeId = hits[0]!.id;
    else if (hits.length > 1) problems.push({ field: 'programmeId', key: 'field.call_import_programme_ambiguous', vars: { value: wanted } });
    // An id is not repeated back: it says nothing to the reader, and may be another workspace's.
    else if (UUID.test(wanted)) problems.push({ field: 'programmeId', key: 'field.programme_not_found' });
    else problems.push({ field: 'programmeId', key: 'field.call_import_programme_unknown', vars: { value: wanted } });
  }
  const time = (field: 'deadline' | 'stage2Deadline') => {
    const text = v[field] ?? '';
    if (!text) return undefined;
    const w = wallTime(text);
    if (!w) problems.push({ field, key: calendarDay(text) ? 'field.call_import_no_time' : 'field.call_import_time', vars: { value: text } });
    return w ?? undefined;
  };
  const deadline = time('deadline');
  const stage2Deadline = time('stage2Deadline');
  let opensOn: string | undefined;
  if (v.opensOn) {
    opensOn = calendarDay(v.opensOn) ?? undefined;
    if (!opensOn) problems.push({ field: 'opensOn', key: 'field.call_import_day', vars: { value: v.opensOn } });
  }
  const policyObjectives = (v.policyObjectives ?? '')
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((code) => (/^\d$/.test(code) ? `PO${code}` : code.toUpperCase()));
  policyObjectives.forEach((code, i) => {
    if (!interregPolicyObjective(code)) problems.push({ field: `policyObjectives.${i}`, key: 'field.unknown_code', vars: { value: code } });
  });
  let budget: CallInput['budget'] = null;
  const currency = (v.currency ?? '').trim().toUpperCase() || (v.budget ? 'EUR' : '');
  if (v.budget) {
    if (v.budget.startsWith('minor:')) {
      const minor = Number(v.budget.slice(6));
      if (Number.isSafeInteger(minor) && minor >= 0) budget = { amountMinor: minor, currency };
      else problems.push({ field: 'budget', key: 'field.call_import_amount', vars: { value: v.budget.slice(6) } });
    } else {
      const parsed = parseAmount(v.budget, /^[A-Z]{3}$/.test(currency) ? currency : 'EUR');
      if (parsed.ok) budget = { amountMinor: parsed.minor, currency };
      else problems.push({ field: 'budget', key: 'field.call_import_amount', vars: { value: v.budget } });
    }
  }
  const body = {
    programmeId,
    identifier: v.identifier || null,
    title: v.title ?? '',
    opensOn: opensOn ?? null,
    timeZone: v.timeZone || 'Europe/Brussels',
    deadline,
    stage2Deadline: stage2Deadline ?? null,
    policyObjectives: [...new Set(policyObjectives)],
    budget,
    url: v.url || null,
    notes: v.notes ?? '',
  };
  const parsed = CreateCallBody.safeParse(body);
  if (!parsed.success) {
    const taken = new Set(problems.map((p) => p.field.split('.')[0]));
    for (const p of zodProblems(parsed.error)) if (!taken.has(p.field.split('.')[0]!)) problems.push(p);
  }
  return problems.length || !parsed.success ? { problems } : { input: parsed.data, problems };
}

export interface CallImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  items: { row: number; action: 'create' | 'update' | 'unchanged'; id: string | null; title: string }[];
}

type Call = Awaited<ReturnType<typeof getCall>>;

/** Whether a row says nothing new about a call (then it is left as it is: no new version, no audit entry). */
function sameAs(c: Call, i: CallInput): boolean {
  const list = (a: readonly string[]) => [...a].sort().join('|');
  return (
    c.title === i.title &&
    (c.identifier ?? null) === (i.identifier ?? null) &&
    (c.opensOn ?? null) === (i.opensOn ?? null) &&
    c.timeZone === i.timeZone &&
    c.deadline.local === i.deadline &&
    (c.stage2Deadline?.local ?? null) === (i.stage2Deadline ?? null) &&
    list(c.policyObjectives) === list(i.policyObjectives) &&
    (c.budget?.amountMinor ?? null) === (i.budget?.amountMinor ?? null) &&
    (c.budget?.currency ?? null) === (i.budget?.currency ?? null) &&
    (c.url ?? null) === (i.url ?? null) &&
    c.notes === i.notes
  );
}

/** Thrown to roll a dry run back after it did everything a run does. */
export class DryRunDone extends Error {
  constructor(public result: CallImportResult) {
    super('dry run');
  }
}

const MAX_PROBLEMS = 500;

export async function importCalls(tx: Tx, actor: Actor, file: ParsedCallFile, opts: { dryRun: boolean; now: Date }): Promise<CallImportResult> {
  if (!file.rows.length) throw fileProblem('import.empty');
  const programmes = await tx.selectFrom('programmes').select(['id', 'code', 'cci', 'name']).execute();
  const problems: Problem[] = [];
  const result: CallImportResult = { dryRun: opts.dryRun, rows: file.rows.length, created: 0, updated: 0, unchanged: 0, items: [] };
  const seen = new Map<string, number>();
  const at = (row: number, p: Problem): Problem => ({ field: `rows.${row}.${p.field}`, key: p.key, vars: { ...p.vars, row } });
  for (const r of file.rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    const { input, problems: mine } = rowInput(r, programmes);
    if (!input) {
      problems.push(...mine.map((p) => at(r.row, p)));
      continue;
    }
    if (input.identifier) {
      const key = `${input.programmeId}|${input.identifier.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(at(r.row, { field: 'identifier', key: 'field.call_import_repeated', vars: { value: input.identifier, first } }));
        continue;
      }
      seen.set(key, r.row);
    }
    const existing = input.identifier
      ? await tx.selectFrom('calls').select(['id', 'version']).where('programme_id', '=', input.programmeId).where(sql<boolean>`lower(identifier) = lower(${input.identifier})`).executeTakeFirst()
      : undefined;
    if (existing) {
      const current = await getCall(tx, actor, existing.id, opts.now);
      if (sameAs(current, input)) {
        result.items.push({ row: r.row, action: 'unchanged', id: current.id, title: current.title });
        result.unchanged++;
        continue;
      }
    }
    try {
      // The service's own checks (a skipped local time, stages out of order, the opening date)
      // throw before anything is written, so a refused row leaves the transaction as it was.
      const saved = existing ? await updateCall(tx, actor, existing.id, { ...input, version: existing.version }, opts.now) : await createCall(tx, actor, input, opts.now);
      result.items.push({ row: r.row, action: existing ? 'update' : 'create', id: opts.dryRun ? null : saved.id, title: saved.title });
      if (existing) result.updated++;
      else result.created++;
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422 || !err.extra.fields) throw err;
      problems.push(...err.extra.fields.map((p) => at(r.row, p)));
    }
  }
  if (problems.length) throw new AppError(422, 'problem.call_import_rows', { fields: problems });
  if (opts.dryRun) throw new DryRunDone(result);
  return result;
}

export const CallImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false').openapi({ description: 'true: check every row as the import would, write nothing' }) });
