// Which rows of a file are one organisation. Rows that share an identifier (or its VAT/national
// twin) are one; where identifiers do not decide (a row has none, or rows have numbers of different
// schemes), rows with the same name (folded) and country are one. Rows that give two different
// numbers of one scheme are two organisations, and a row that would join two of them by name alone
// is ambiguous. A row that joins an organisation but gives another number of a scheme it has is a
// conflict: an organisation has one number per scheme. Deterministic: rows are taken in order.
import { foldWords } from '../../../shared/text.ts';
import { identifierKey, twins, type Identifier } from './identity.ts';

export interface RowKeys {
  row: number;
  name: string;
  country: string;
  identifiers: Identifier[];
}

export type GroupProblem =
  | { row: number; kind: 'conflict'; other: number; shared: string; scheme: string; value: string }
  | { row: number; kind: 'ambiguous'; rows: number[] };

interface Group {
  rows: number[];
  /** The group's first row (the smallest of `rows`). */
  first: number;
  /** scheme → value and the row that gave it */
  ids: Map<string, { value: string; row: number }>;
  nameKey: string;
  merged?: Group;
}

const root = (g: Group): Group => (g.merged ? root(g.merged) : g);

/** A scheme both give with different values, or null when the two can be one organisation. */
function clash(a: Map<string, { value: string; row: number }>, ids: Identifier[]) {
  for (const i of ids) {
    const have = a.get(i.scheme);
    if (have && have.value !== i.value) return { scheme: i.scheme, have };
  }
  return null;
}

const entries = (g: Group): Identifier[] => [...g.ids].map(([scheme, v]) => ({ scheme: scheme as Identifier['scheme'], value: v.value }));

function absorb(into: Group, from: Group) {
  for (const r of from.rows) into.rows.push(r);
  into.first = Math.min(into.first, from.first);
  for (const [s, v] of from.ids) if (!into.ids.has(s)) into.ids.set(s, v);
  from.merged = into;
}

export interface Grouping {
  /** Every grouped row → the first row of its organisation (itself for that first row). */
  first: Map<number, number>;
  /** Rows of organisations with more than one row, by their first row. */
  members: Map<number, number[]>;
  problems: GroupProblem[];
}

export const nameKeyOf = (name: string, country: string) => `${foldWords(name)}|${country}`;

export function groupRows(rows: RowKeys[]): Grouping {
  const problems: GroupProblem[] = [];
  const all: Group[] = [];
  const byId = new Map<string, Group>();
  // Rows come in sheet order from the check; sorted only if they do not.
  const sorted = rows.every((r, i) => i === 0 || rows[i - 1]!.row < r.row) ? rows : [...rows].sort((a, b) => a.row - b.row);

  // 1. By identifier, in row order.
  for (const r of sorted) {
    if (!r.identifiers.length) continue;
    const expanded = r.identifiers.length === 1 ? twins(r.identifiers[0]!) : r.identifiers.flatMap(twins);
    const keys = expanded.map(identifierKey);
    let linked: Group[] = [];
    let sharedScheme = '';
    keys.forEach((k, j) => {
      const g = byId.get(k);
      if (!g) return;
      const top = root(g);
      if (!linked.length) sharedScheme = expanded[j]!.scheme;
      if (!linked.includes(top)) linked = [...linked, top];
    });
    let target: Group | undefined = linked[0];
    // Two organisations this row would join must be compatible, and the row with them.
    const bad = linked.length ? (clash(linked.length === 1 ? linked[0]!.ids : new Map(linked.flatMap((g) => [...g.ids])), expanded) ?? linked.slice(1).map((g) => clash(linked[0]!.ids, entries(g))).find(Boolean)) : null;
    if (bad) {
      problems.push({ row: r.row, kind: 'conflict', other: bad.have.row, shared: sharedScheme, scheme: bad.scheme, value: bad.have.value });
      continue;
    }
    if (!target) all.push((target = { rows: [], first: r.row, ids: new Map(), nameKey: nameKeyOf(r.name, r.country) }));
    for (const g of linked.slice(1)) absorb(target, g);
    target.rows.push(r.row);
    expanded.forEach((i, j) => {
      if (!target!.ids.has(i.scheme)) target!.ids.set(i.scheme, { value: i.value, row: r.row });
      byId.set(keys[j]!, target!);
    });
  }

  // 2. Organisations with identifiers that carry the same name and country, and do not clash.
  const byName = new Map<string, Group[]>();
  for (const g of all.filter((x) => !x.merged).sort((a, b) => a.first - b.first)) {
    const list = byName.get(g.nameKey) ?? [];
    const same = list.find((h) => !clash(h.ids, entries(g)));
    if (same) absorb(same, g);
    else byName.set(g.nameKey, [...list, g]);
  }

  // 3. Rows without identifiers: by name and country.
  for (const r of sorted) {
    if (r.identifiers.length) continue;
    const key = nameKeyOf(r.name, r.country);
    const list = (byName.get(key) ?? []).filter((g) => !g.merged);
    if (list.length > 1) {
      problems.push({ row: r.row, kind: 'ambiguous', rows: list.map((g) => g.first).sort((a, b) => a - b) });
      continue;
    }
    if (list.length === 1) list[0]!.rows.push(r.row);
    else {
      const g: Group = { rows: [r.row], first: r.row, ids: new Map(), nameKey: key };
      all.push(g);
      byName.set(key, [g]);
    }
  }

  const first = new Map<number, number>();
  const members = new Map<number, number[]>();
  for (const g of all) {
    if (g.merged || g.rows.length < 2) continue;
    const rowsOf = [...g.rows].sort((a, b) => a - b);
    members.set(rowsOf[0]!, rowsOf);
    for (const row of rowsOf) first.set(row, rowsOf[0]!);
  }
  return { first, members, problems };
}
