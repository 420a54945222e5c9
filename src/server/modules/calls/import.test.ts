// Calls imported from files as people keep them: a Swedish Excel CSV in Windows-1252 with `;`,
// programmes by name, dates written the Nordic way, amounts with spaces and a decimal comma; the
// same file again updates instead of doubling; XLSX and JSON; bad rows listed with row number and
// field in the caller's language while nothing is written; a viewer and another workspace refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { upload, xlsx, XLSX_TYPE } from '../imports/testkit.ts';
import { portfolioSession, type Portfolio } from '../projects/testkit.ts';
import { calendarDay, wallTime } from './import.ts';

let t: TestApp;
let a: Portfolio;
let b: Portfolio;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2027-01-10T09:00:00Z');
  a = await portfolioSession(t, { lang: 'sv', own: false });
  b = await portfolioSession(t, { own: false });
});
afterAll(() => t.close());

/** Windows-1252 bytes of a text, as Swedish Excel saves "CSV (semikolonavgränsad)". */
const cp1252 = (text: string) => Uint8Array.from([...text].map((ch) => ({ '–': 0x96, '€': 0x80 })[ch] ?? ch.charCodeAt(0)));

const SWEDISH = [
  'Program;Beteckning;Titel;Öppnar;Sista ansökningsdag;Politiska mål;Budget;Valuta;Länk',
  'Interreg South Baltic 2021–2027;SB-4;Fjärde utlysningen: små projekt;15.01.2027;10.03.2027 17:00;PO1, 2;4 500 000,50;EUR;https://southbaltic.example/4',
  'interreg-central-baltic-2021-2027;CB-5;Femte utlysningen;2027-02-01;2027-05-20 12:00;PO4;;;',
].join('\r\n');

const importUrl = (p: Portfolio, dry = false) => `${p.base}/calls/import${dry ? '?dryRun=true' : ''}`;
const total = async (p: Portfolio) => (await p.viewer.get(`${p.base}/calls?limit=1`)).body.total as number;

describe('importing calls', () => {
  it('reads dates, times and amounts as people write them', () => {
    expect(wallTime('10.03.2027 17:00')).toBe('2027-03-10T17:00');
    expect(wallTime('2027-03-10T17:00:00')).toBe('2027-03-10T17:00');
    expect(wallTime('10/3/2027 kl. 9.30')).toBe('2027-03-10T09:30');
    expect(wallTime('2027-03-10')).toBeNull();
    expect(calendarDay('1.2.2027')).toBe('2027-02-01');
    expect(calendarDay('2027-13')).toBeNull();
  });

  it('checks a Swedish Windows-1252 CSV without writing, then imports it; the same file again updates, never doubles', async () => {
    const bytes = cp1252(SWEDISH);
    const dry = await upload(t, a.officer, importUrl(a, true), bytes);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await total(a)).toBe(0);

    const run = await upload(t, a.officer, importUrl(a), bytes);
    expect(run.body).toMatchObject({ dryRun: false, rows: 2, created: 2, updated: 0 });
    const calls = (await a.viewer.get(`${a.base}/calls?sort=title`)).body.items;
    expect(calls).toHaveLength(2);
    const sb4 = calls.find((c: { identifier: string }) => c.identifier === 'SB-4');
    expect(sb4).toMatchObject({
      title: 'Fjärde utlysningen: små projekt',
      opensOn: '2027-01-15',
      timeZone: 'Europe/Brussels',
      deadline: { local: '2027-03-10T17:00', at: '2027-03-10T16:00:00.000Z' },
      policyObjectives: ['PO1', 'PO2'],
      budget: { amountMinor: 450_000_050, currency: 'EUR' },
      url: 'https://southbaltic.example/4',
    });
    expect(sb4.programme.name).toBe('Interreg South Baltic 2021–2027');
    expect(calls.find((c: { identifier: string }) => c.identifier === 'CB-5')).toMatchObject({ budget: null, deadline: { local: '2027-05-20T12:00' } });

    // A corrected file: the same calls, one deadline moved. Updated in place.
    const again = await upload(t, a.officer, importUrl(a), cp1252(SWEDISH.replace('2027-05-20 12:00', '2027-05-27 12:00')));
    expect(again.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await total(a)).toBe(2);
    const cb5 = (await a.viewer.get(`${a.base}/calls?q=CB-5`)).body.items[0];
    expect(cb5.deadline.local).toBe('2027-05-27T12:00');
    // Each imported call is audited like one entered by hand.
    const audit = (await a.admin.get(`${a.base}/audit?entityType=call&limit=50`)).body.items.map((e: { action: string }) => e.action);
    expect(audit.filter((x: string) => x === 'call.create')).toHaveLength(2);
    expect(audit.filter((x: string) => x === 'call.update')).toHaveLength(1);
  });

  it('lists every bad row with its number and field in the caller’s language, and writes nothing', async () => {
    const before = await total(a);
    const file = [
      'Program;Beteckning;Titel;Sista ansökningsdag;Budget;Valuta',
      'Interreg Nowhere;X-1;Okänt program;2027-04-01 17:00;;',
      'Interreg South Baltic 2021–2027;X-2;Utan klockslag;2027-04-01;;',
      // 02:30 on the last Sunday of March does not exist in Brussels.
      'Interreg South Baltic 2021–2027;X-3;Överhoppad tid;2027-03-28 02:30;;',
      'Interreg South Baltic 2021–2027;X-4;Fel belopp;2027-04-01 17:00;1 200 kr;SEK',
      'Interreg South Baltic 2021–2027;X-5;Bra rad;2027-04-01 17:00;;',
      'Interreg South Baltic 2021–2027;x-5;Samma igen;2027-04-02 17:00;;',
      'Interreg South Baltic 2021–2027;X-7;;2027-04-01 17:00;;',
    ].join('\n');
    const r = await upload(t, a.officer, importUrl(a), file);
    expect(r.status).toBe(422);
    expect(r.body.title).toMatch(/Inga utlysningar har lagts in/);
    const byField = Object.fromEntries(r.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['rows.2.programmeId', 'rows.3.deadline', 'rows.4.deadline', 'rows.5.budget', 'rows.7.identifier', 'rows.8.title']);
    expect(byField['rows.2.programmeId']).toContain('”Interreg Nowhere” finns inte');
    expect(byField['rows.3.deadline']).toContain('saknar klockslag');
    expect(byField['rows.4.deadline']).toContain('Den tiden finns inte');
    expect(byField['rows.7.identifier']).toContain('rad 6');
    expect(byField['rows.8.title']).toBe('Fältet måste fyllas i.');
    // The good row was not written either.
    expect(await total(a)).toBe(before);
  });

  it('imports XLSX and JSON (amounts in minor units as the API writes them); refuses a file without the needed columns', async () => {
    const sheet = await xlsx([
      ['Programme', 'Identifier', 'Title', 'Deadline', 'Time zone', 'Budget', 'Currency'],
      ['interreg-south-baltic-2021-2027', 'XL-1', 'From Excel', '2027-06-01 15:00', 'Europe/Stockholm', '1,250,000', 'SEK'],
      // A real Excel date-time cell (ExcelJS writes the wall time as UTC).
      ['interreg-south-baltic-2021-2027', 'XL-2', 'Date cell', new Date(Date.UTC(2027, 5, 3, 17, 0)), '', 1250000.5, 'EUR'],
    ]);
    const x = await upload(t, a.officer, importUrl(a), sheet, XLSX_TYPE);
    expect(x.body, JSON.stringify(x.body)).toMatchObject({ created: 2 });
    expect((await a.viewer.get(`${a.base}/calls?q=XL-2`)).body.items[0]).toMatchObject({ deadline: { local: '2027-06-03T17:00' }, budget: { amountMinor: 125_000_050, currency: 'EUR' } });
    const fromExcel = (await a.viewer.get(`${a.base}/calls?q=XL-1`)).body.items[0];
    expect(fromExcel).toMatchObject({ timeZone: 'Europe/Stockholm', deadline: { at: '2027-06-01T13:00:00.000Z' }, budget: { amountMinor: 125_000_000, currency: 'SEK' } });

    const json = JSON.stringify({ calls: [{ programme: 'interreg-south-baltic-2021-2027', identifier: 'JS-1', title: 'From JSON', deadline: '2027-06-02T17:00', stage2Deadline: '2027-10-01T17:00', budget: { amountMinor: 99, currency: 'dkk' }, policyObjectives: ['PO2'] }] });
    const j = await upload(t, a.officer, importUrl(a), json, 'application/json');
    expect(j.body).toMatchObject({ created: 1 });
    expect((await a.viewer.get(`${a.base}/calls?q=JS-1`)).body.items[0]).toMatchObject({ twoStage: true, budget: { amountMinor: 99, currency: 'DKK' }, policyObjectives: ['PO2'] });

    const noColumns = await upload(t, a.officer, importUrl(a), 'Namn;Datum\nx;2027-01-01\n');
    expect(noColumns.status).toBe(422);
    expect(noColumns.body.errors[0]).toMatchObject({ field: 'file' });
    expect(noColumns.body.errors[0].message).toContain('program, titel och sista dag');
    const badJson = await upload(t, a.officer, importUrl(a), '[{"title": ', 'application/json');
    expect(badJson.status).toBe(422);
  });

  it('refuses a viewer, and imports into the caller’s own workspace only', async () => {
    expect((await upload(t, a.viewer, importUrl(a), SWEDISH)).status).toBe(403);
    expect((await upload(t, b.officer, importUrl(a), SWEDISH)).status).toBe(404);
    const before = await total(b);
    const theirs = await upload(t, b.officer, importUrl(b), SWEDISH.split('\n').slice(0, 2).join('\n').replace('SB-4', 'B-1'));
    expect(theirs.body).toMatchObject({ created: 1 });
    expect(await total(b)).toBe(before + 1);
    expect((await a.viewer.get(`${a.base}/calls?q=B-1`)).body.total).toBe(0);
  });
});
