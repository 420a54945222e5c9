// Files shaped like the lists people bring: a funding programme's partner list (one row per
// project partner, so a university is on dozens of rows, spelt in several ways, with its PIC on
// some rows only; partner types in words; NUTS regions by name), a register export of more than
// 1,000 organisations imported again, a Windows-1252 file from Swedish Excel. The counts come from
// the generator, which knows which rows are which organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { parse } from 'csv-parse/sync';
import { download, upload, validId } from './testkit.ts';

let t: TestApp;
let client: Client;
let base: string;
let wsId: string;
beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'en');
  ({ client } = s);
  wsId = s.ws.id;
  base = `/api/w/${wsId}`;
});
afterAll(() => t.close());

const orgCount = async () =>
  Number((await t.database.db.selectFrom('organisations').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', wsId).where('merged_into', 'is', null).executeTakeFirstOrThrow()).n);

/** Every page of an import's rows with these outcomes. */
async function allRows(importId: string, outcome: string) {
  const out: any[] = [];
  for (let after = 0; ; ) {
    const page = await client.get(`${base}/imports/${importId}/rows?outcome=${outcome}&after=${after}&limit=500`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    out.push(...page.body.items);
    if (page.body.next === null) return { items: out, total: page.body.total };
    after = page.body.next;
  }
}

// A programme's partner list: projects of three to eight partners from a pool of organisations.
const PARTNER_TYPES = ['Higher education and research organisations', 'Local public authority', 'Regional public authority', 'SME', 'Interest groups including NGOs', 'Sectoral agency'];
const KIND_OF_TYPE = ['university', 'municipality', 'region', 'company', 'association', 'agency'];
const PLACES = [
  { country: 'Sweden', code: 'SE', nuts: 'Skåne län', nutsCode: 'SE224' },
  { country: 'Denmark', code: 'DK', nuts: 'Region Hovedstaden', nutsCode: 'DK01' },
  { country: 'Poland', code: 'PL', nuts: 'Pomorskie', nutsCode: 'PL63' },
  { country: 'Germany', code: 'DE', nuts: 'Mecklenburg-Vorpommern', nutsCode: 'DE80' },
  { country: 'Lithuania', code: 'LT', nuts: 'Lietuva', nutsCode: 'LT0' },
];

function partnerList(pool: number, projects: number) {
  const rows: string[][] = [['Project acronym', 'Partner name', 'Partner type', 'Country', 'NUTS region', 'PIC', 'Role']];
  const orgRows = new Map<number, number[]>();
  const errorRows = new Set<number>();
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let p = 0; p < projects; p++) {
    const size = 3 + (next() % 6);
    const members = new Set<number>();
    // Popular partners (the first tenth of the pool) are in many projects, as universities are.
    while (members.size < size) members.add(next() % 3 === 0 ? next() % Math.ceil(pool / 10) : next() % pool);
    [...members].forEach((o, i) => {
      const place = PLACES[o % PLACES.length]!;
      const base = `Partner ${o} ${['University', 'Municipality', 'Region', 'AB', 'Association', 'Agency'][o % 6]}`;
      // The same organisation spelt as lists spell it: case, spacing, a full stop.
      const spelt = [base, base.toUpperCase(), ` ${base} `, `${base}.`][next() % 4]!;
      const pic = o % 2 === 0 && next() % 2 === 0 ? String(900_000_000 + o) : '';
      rows.push([`PRJ${p}`, spelt, PARTNER_TYPES[o % 6]!, place.country, place.nuts, pic, i === 0 ? 'Lead partner' : 'Partner']);
      const row = rows.length;
      orgRows.set(o, [...(orgRows.get(o) ?? []), row]);
    });
  }
  // Rows that cannot be imported: no name, a region that does not exist, a country nobody knows.
  for (const [i, bad] of [
    ['PRJX', '', 'SME', 'Sweden', 'Skåne län', '', 'Partner'],
    ['PRJX', 'Nowhere Ltd', 'SME', 'Sweden', 'Norrland', '', 'Partner'],
    ['PRJX', 'Atlantis Inc', 'SME', 'Atlantis', '', '', 'Partner'],
  ].entries()) {
    rows.splice(10 + i * 97, 0, bad);
  }
  // Row numbers after the splices: recompute from the rows themselves.
  orgRows.clear();
  rows.forEach((r, i) => {
    if (i === 0) return;
    const m = /^\s*partner (\d+) /i.exec(r[1]!);
    if (m) orgRows.set(Number(m[1]), [...(orgRows.get(Number(m[1])) ?? []), i + 1]);
    else errorRows.add(i + 1);
  });
  const csv = rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n');
  return { csv, rows: rows.length - 1, orgRows, errorRows };
}

const MAPPING = { 'Partner name': 'name', 'Partner type': 'kind', Country: 'country', 'NUTS region': 'nutsCode', PIC: 'identifiers.eu_pic', 'Project acronym': 'ignore', Role: 'ignore' };

describe('a programme’s partner list', () => {
  const list = partnerList(400, 260);
  const organisations = list.orgRows.size;
  const repeats = list.rows - organisations - list.errorRows.size;

  it('is counted as organisations, repeated rows and rows with errors, and imported as one organisation each', async () => {
    expect(list.rows).toBeGreaterThan(1000);
    expect(repeats).toBeGreaterThan(400);
    const up = await upload(t, client, `${base}/imports`, `\uFEFF${list.csv}`);
    expect(up.status, JSON.stringify(up.body)).toBe(201);

    // The value mapping lists each partner type once with its rows, and what it becomes.
    const values = await client.post(`${base}/imports/${up.body.id}/values`, { mapping: MAPPING });
    expect(values.status, JSON.stringify(values.body)).toBe(200);
    const kinds = values.body.fields.find((f: { field: string }) => f.field === 'kind');
    expect(kinds.values.map((v: { value: string; suggestion: { code: string } }) => [v.value, v.suggestion.code]).sort()).toEqual(PARTNER_TYPES.map((p, i) => [p, KIND_OF_TYPE[i]]).sort());
    expect(kinds.values.reduce((n: number, v: { rows: number }) => n + v.rows, 0)).toBe(list.rows);
    const nuts = values.body.fields.find((f: { field: string }) => f.field === 'nutsCode');
    expect(Object.fromEntries(nuts.values.map((v: { value: string; suggestion: { code: string } | null; how: string }) => [v.value, v.suggestion?.code ?? v.how]))).toEqual({
      ...Object.fromEntries(PLACES.map((p) => [p.nuts, p.nutsCode])),
      Norrland: 'unknown',
    });

    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: MAPPING });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ total: list.rows, errorRows: list.errorRows.size, repeats, organisations, new: organisations, existing: { identifier: 0, name: 0 }, similar: 0 });
    expect(dry.body.errors.map((e: { row: number }) => e.row)).toEqual([...list.errorRows]);
    expect(dry.body.errors[1].message).toMatch(/“Norrland” is neither a NUTS code nor the name of a NUTS region/);

    // Every repeated row names the first row of its organisation.
    const rep = await allRows(up.body.id, 'repeat');
    expect(rep.total).toBe(repeats);
    for (const r of rep.items) {
      const rows = [...list.orgRows.values()].find((rs) => rs.includes(r.row))!;
      expect(r.repeatOf).toBe(rows[0]);
    }

    const before = await orgCount();
    let state = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping: MAPPING, saveTemplate: true })).body;
    while (state.status !== 'done') state = (await client.post(`${base}/imports/${up.body.id}/run`, {})).body;
    expect(state).toMatchObject({ processed: list.rows, created: organisations, repeated: repeats, failed: list.errorRows.size, skipped: 0, matched: 0 });
    expect(await orgCount()).toBe(before + organisations);

    // Each organisation has its kind, region and the PIC that only some of its rows gave.
    const popular = [...list.orgRows].find(([o, rows]) => o % 6 === 0 && rows.length > 5)!;
    const created = await allRows(up.body.id, 'created');
    const one = (await client.get(`${base}/organisations/${created.items.find((r) => r.row === popular[1][0]).organisation.id}`)).body;
    expect(one.name.replace(/\.$/, '').toLowerCase()).toBe(`partner ${popular[0]} university`);
    expect(one).toMatchObject({ kind: 'university', country: PLACES[popular[0] % PLACES.length]!.code, nutsCode: PLACES[popular[0] % PLACES.length]!.nutsCode });
    // Every row of the file leads to its organisation, for the portfolio's partner rows later.
    const repeated = await allRows(up.body.id, 'repeated');
    const orgOf = new Map([...created.items, ...repeated.items].map((r) => [r.row, r.organisation.id]));
    for (const rows of list.orgRows.values()) expect(new Set(rows.map((r) => orgOf.get(r))).size).toBe(1);
    expect(new Set(created.items.map((r) => r.organisation.id)).size).toBe(organisations);

    // The report lists every row, whatever the count.
    const report = await download(t, client, `${base}/imports/${up.body.id}/report.csv`);
    expect(report.status).toBe(200);
    const lines = parse(new TextDecoder().decode(report.bytes), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(lines).toHaveLength(list.rows);
    expect(lines.filter((l) => l.Outcome === 'repeated a row')).toHaveLength(repeats);
    expect(lines.filter((l) => l.Outcome === 'failed').map((l) => Number(l.Row))).toEqual([...list.errorRows]);
  });

  it('imported again with "skip" creates nothing and says so for every row; the saved choices come back for the same columns', async () => {
    const up = await upload(t, client, `${base}/imports`, list.csv);
    expect(up.body.template).toMatchObject({ existing: 'leave', similar: 'skip' });
    expect(up.body.suggestedMapping).toEqual(MAPPING);
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: up.body.suggestedMapping });
    // Found by PIC where the organisation has one, by name and country otherwise.
    expect(dry.body).toMatchObject({ organisations, new: 0, repeats, errorRows: list.errorRows.size });
    expect(dry.body.existing.identifier + dry.body.existing.name).toBe(organisations);
    expect(dry.body.existing.identifier).toBeGreaterThan(0);
    const before = await orgCount();
    let state = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping, existing: 'skip' })).body;
    while (state.status !== 'done') state = (await client.post(`${base}/imports/${up.body.id}/run`, {})).body;
    expect(state).toMatchObject({ created: 0, updated: 0, matched: 0, skipped: organisations + repeats, failed: list.errorRows.size });
    expect(await orgCount()).toBe(before);
  });
});

describe('more than a thousand organisations the register has', () => {
  it('are all found, the 1,001st and after too, and a run with skip creates none of them', async () => {
    const header = 'Name;Organisationsnummer;Country';
    const rows = Array.from({ length: 1_200 }, (_, i) => `Återimport ${i} AB;${validId('se_orgnr', 70_000 + i)};SE`);
    const first = await upload(t, client, `${base}/imports`, [header, ...rows].join('\n'));
    const done = (await client.post(`${base}/imports/${first.body.id}/run`, { mapping: first.body.suggestedMapping })).body;
    let state = done;
    while (state.status !== 'done') state = (await client.post(`${base}/imports/${first.body.id}/run`, {})).body;
    expect(state.created).toBe(1_200);
    const before = await orgCount();

    const again = await upload(t, client, `${base}/imports`, [header, ...rows].join('\n'));
    const dry = await client.post(`${base}/imports/${again.body.id}/dry-run`, { mapping: again.body.suggestedMapping });
    expect(dry.body).toMatchObject({ total: 1_200, new: 0, existing: { identifier: 1_200, name: 0 }, errorRows: 0 });
    const matched = await allRows(again.body.id, 'match');
    expect(matched.total).toBe(1_200);
    expect(matched.items.map((r) => r.row)).toEqual(Array.from({ length: 1_200 }, (_, i) => i + 2));
    let run = (await client.post(`${base}/imports/${again.body.id}/run`, { mapping: again.body.suggestedMapping, existing: 'skip' })).body;
    while (run.status !== 'done') run = (await client.post(`${base}/imports/${again.body.id}/run`, {})).body;
    expect(run).toMatchObject({ created: 0, skipped: 1_200 });
    expect(await orgCount()).toBe(before);
  });
});

describe('organisations the register has, and similar names', () => {
  it('are left, filled in, made new or taken as the one suggested, per row as the person decides', async () => {
    const make = async (body: Record<string, unknown>) => (await client.post(`${base}/organisations`, { kind: 'company', country: 'SE', ...body })).body.id as string;
    const byNumber = await make({ name: 'Nordic Wood AB', identifiers: [{ scheme: 'se_orgnr', value: validId('se_orgnr', 90_001) }] });
    const byName = await make({ name: 'Gävle Hamn AB', city: 'Gävle' });
    const similar = await make({ name: 'Sundsvalls Energi Aktiebolag' });
    const file = [
      'Namn;Organisationsnummer;Land;Ort;Webbplats',
      `Nordic Wood;${validId('se_orgnr', 90_001)};Sverige;Sundsvall;www.nordicwood.se`, // 2: by number
      'GÄVLE HAMN AB;;Sverige;Skutskär;www.gavlehamn.se', // 3: by name and country
      'Sundsvalls Energi AB;;Sverige;Sundsvall;', // 4: similar name
      'Helt Ny Firma AB;;Sverige;Härnösand;', // 5: new
    ].join('\n');
    const up = await upload(t, client, `${base}/imports`, file);
    const mapping = up.body.suggestedMapping;
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping });
    expect(dry.body).toMatchObject({ organisations: 4, new: 1, existing: { identifier: 1, name: 1 }, similar: 1 });
    const sim = await allRows(up.body.id, 'similar');
    expect(sim.items).toEqual([expect.objectContaining({ row: 4, reason: 'similar_name', organisation: expect.objectContaining({ id: similar, name: 'Sundsvalls Energi Aktiebolag' }) })]);

    const run = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping, existing: 'update', decisions: [{ row: 4, action: 'leave' }, { row: 3, action: 'leave' }] })).body;
    expect(run).toMatchObject({ status: 'done', created: 1, updated: 1, matched: 2, failed: 0 });
    // Filled in: the website it lacked, not the city it has; left: nothing changed.
    const wood = (await client.get(`${base}/organisations/${byNumber}`)).body;
    expect(wood).toMatchObject({ name: 'Nordic Wood AB', city: 'Sundsvall', website: 'https://www.nordicwood.se' });
    expect((await client.get(`${base}/organisations/${byName}`)).body).toMatchObject({ city: 'Gävle', website: null });
    const trail = await client.get(`${base}/audit?entityId=${byNumber}`);
    expect(trail.body.items.map((a: { action: string }) => a.action)).toEqual(['organisation.update', 'organisation.create']);
    const rows = await allRows(up.body.id, 'updated,matched,created');
    expect(rows.items.map((r) => [r.row, r.outcome, r.organisation.id === byNumber || r.organisation.id === byName || r.organisation.id === similar])).toEqual([
      [2, 'updated', true],
      [3, 'matched', true],
      [4, 'matched', true],
      [5, 'created', false],
    ]);
  });

  it('refuses a decision to make a new organisation of one whose number the register has', async () => {
    const file = ['Namn;Organisationsnummer', `Nordic Wood igen;${validId('se_orgnr', 90_001)}`].join('\n');
    const up = await upload(t, client, `${base}/imports`, file);
    const run = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping, decisions: [{ row: 2, action: 'create' }] })).body;
    expect(run).toMatchObject({ created: 0, failed: 1 });
    expect(run.problems[0].message).toMatch(/cannot become a new organisation: Nordic Wood AB in the register has the same number/);
  });
});

describe('value choices', () => {
  it('map values nobody could know, are checked, and are kept for the next file of the same shape', async () => {
    const file = ['Organisation;Category;Land', 'Kulturhuset Väst;Cultural venue;SE', 'Kulturhuset Öst;Cultural venue;SE', 'Vindkraft Norr;Power producer;SE'].join('\n');
    const up = await upload(t, client, `${base}/imports`, file);
    const mapping = { Organisation: 'name', Category: 'kind', Land: 'country' };
    const values = await client.post(`${base}/imports/${up.body.id}/values`, { mapping });
    const kind = values.body.fields.find((f: { field: string }) => f.field === 'kind');
    expect(kind.values).toEqual([
      expect.objectContaining({ value: 'Cultural venue', rows: 2, how: 'unknown', suggestion: null }),
      expect.objectContaining({ value: 'Power producer', rows: 1, how: 'unknown', suggestion: null }),
    ]);
    expect((await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping })).body.errorRows).toBe(3);
    const bad = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping, values: { kind: { 'Cultural venue': 'castle' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'values.kind' });
    const choices = { kind: { 'Cultural venue': 'association', 'Power producer': 'company' } };
    expect((await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping, values: choices })).body).toMatchObject({ errorRows: 0, new: 3 });
    const run = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping, values: choices, saveTemplate: true })).body;
    expect(run).toMatchObject({ created: 3 });

    const next = await upload(t, client, `${base}/imports`, ['Organisation;Category;Land', 'Vindkraft Syd;Power producer;SE'].join('\n'));
    expect(next.body.suggestedMapping).toEqual(mapping);
    expect(next.body.template.values).toEqual(choices);
    const v2 = await client.post(`${base}/imports/${next.body.id}/values`, { mapping, values: next.body.template.values });
    expect(v2.body.fields[0].values[0]).toMatchObject({ value: 'Power producer', how: 'chosen', suggestion: { code: 'company' } });
  });
});

describe('a Windows-1252 file from Swedish Excel with names of regions', () => {
  it('reads the names as regions and the same company on two rows as one', async () => {
    const text = 'Företag;Län;Land;Bransch\r\nÅkeri Västerås AB;Västmanlands län;Sverige;49.41\r\nÖrebro Öl AB;Örebro län;Sverige;11.05\r\nÅKERI VÄSTERÅS AB;Västmanlands län;Sverige;\r\nUmeå Trä AB;Västerbotten;Sverige;16.11\r\n';
    const up = await upload(t, client, `${base}/imports`, new Uint8Array(Buffer.from(text, 'latin1')), 'text/csv');
    expect(up.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    const mapping = { Företag: 'name', Län: 'nutsCode', Land: 'country', Bransch: 'naceCode' };
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping });
    expect(dry.body, JSON.stringify(dry.body.errors)).toMatchObject({ total: 4, organisations: 3, repeats: 1, errorRows: 0 });
    const run = (await client.post(`${base}/imports/${up.body.id}/run`, { mapping })).body;
    expect(run).toMatchObject({ created: 3, repeated: 1 });
    const id = (await client.get(`${base}/organisations?q=${encodeURIComponent('Umeå Trä')}`)).body.items[0].id;
    expect((await client.get(`${base}/organisations/${id}`)).body).toMatchObject({ nutsCode: 'SE331', naceCode: '16.11' });
  });
});
