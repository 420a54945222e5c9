// Importing relations between organisations from the import page, in Swedish, Danish and English.
// The person says the file holds relations (a radio group, chosen with the keyboard), uploads a
// sheet whose ends are organisations of the demo register and two made for the test, found by
// number or by name; the page, reloaded before anything is mapped, still suggests the columns and
// shows examples. The dry run lists exactly the two bad rows (an unknown organisation, a date
// that does not exist) by sheet row and column with the reason in the page language, shows the
// relation the register already holds, and writes nothing; the run imports the good rows and the
// list of imports says the import held relations. Each new state passes axe and is photographed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet, apiLogin, apiPost, apiSetLocale, demoApi as api, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, LANGS, launchBrowser, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import { orgnr } from './support/sheets.ts';
import sv from '../src/web/i18n/imports.sv.json' with { type: 'json' };
import da from '../src/web/i18n/imports.da.json' with { type: 'json' };
import en from '../src/web/i18n/imports.en.json' with { type: 'json' };
import { t as serverText } from '../src/server/i18n/messages.ts';
import { formatSeOrgnr, generateValid, seededRng } from '../src/shared/identifiers/index.ts';

const REG = '/w/demo-ostanvik/register';
const T: Record<Lang, typeof en.imports> = { sv: sv.imports, da: da.imports, en: en.imports };
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));

interface Relation {
  id: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  type: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  notes: string;
}

/** Demo organisations the sheets link to, and their relations before this file runs. */
const DEMO = { frederikshavn: 'Frederikshavn Kommune', own: 'Östanviks kommun', nordjysk: 'Nordjysk Træ A/S' } as const;
const demo = {} as Record<keyof typeof DEMO, string>;
const demoRelations = new Map<string, string[]>();
/** What this file adds, removed at the end so the files after it see the demo register unchanged. */
const added = { organisations: new Set<string>(), imports: new Set<string>() };
let browser: Browser;



const relationsOf = async (context: BrowserContext, id: string) => (await apiGet<{ items: Relation[] }>(context, `/relations?organisationId=${id}&limit=1000`)).items;
const findOrg = async (context: BrowserContext, name: string) =>
  (await apiGet<{ items: { id: string; name: string }[] }>(context, `/organisations?q=${encodeURIComponent(name)}&limit=50`)).items.find((o) => o.name === name);

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser, 'en');
  await apiLogin(context, DEMO_ADMIN);
  for (const [key, name] of Object.entries(DEMO) as [keyof typeof DEMO, string][]) {
    const org = await findOrg(context, name);
    expect(org, name).toBeDefined();
    demo[key] = org!.id;
    demoRelations.set(org!.id, (await relationsOf(context, org!.id)).map((r) => r.id).sort());
  }
  await context.close();
});

afterAll(async () => {
  if (!browser) return;
  const context = await newContext(browser, 'en');
  const csrf = await apiLogin(context, DEMO_ADMIN);
  const headers = { 'x-csrf-token': csrf };
  for (const id of added.imports) expect((await context.request.delete(api(`/imports/${id}`), { headers })).status()).toBe(204);
  // The relations imported go with the organisations made for them.
  for (const id of added.organisations) expect((await context.request.delete(api(`/organisations/${id}`), { headers })).status()).toBe(204);
  for (const [id, before] of demoRelations) expect((await relationsOf(context, id)).map((r) => r.id).sort()).toEqual(before);
  await context.close();
  await browser.close();
});

async function loggedIn(lang: Lang): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  const csrf = await apiLogin(context, DEMO_ADMIN);
  await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}

async function check(page: Page, name: string, lang: Lang) {
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
  expectNoPageProblems(page);
}

/**
 * Each language's sheet, with the headers and words its Excel users write. Rows: 2 good (number →
 * name), 3 good (name → name, day-first date), 4 an organisation the register lacks, 5 a 13th
 * month, 6 good (a demo organisation to a new one by its CVR, with an end date and notes), 7 the
 * demo register's own twin town, which is already there.
 */
const SHEETS = {
  sv: {
    sep: ';',
    header: ['Från orgnr', 'Från', 'Till orgnr', 'Till', 'Relationstyp', 'Status', 'Startdatum', 'Slutdatum', 'Anteckningar'],
    types: ['Exportavtal', 'Forskningssamarbete', 'Leverantör', 'Annan relation', 'Vänort'],
    statuses: ['aktiv', 'vilande'],
    unknown: 'Okänd Förening',
    notes: 'Gemensam mässmonter',
  },
  da: {
    sep: ';',
    header: ['Fra CVR', 'Fra', 'Til CVR', 'Til', 'Relationstype', 'Status', 'Startdato', 'Slutdato', 'Noter'],
    types: ['Eksportaftale', 'Forskningssamarbejde', 'Leverandør', 'Anden relation', 'Venskabsby'],
    statuses: ['aktiv', 'hvilende'],
    unknown: 'Ukendt Forening',
    notes: 'Fælles messestand',
  },
  en: {
    sep: ',',
    header: ['From identifier', 'From', 'To identifier', 'To', 'Type', 'Status', 'Start date', 'End date', 'Notes'],
    types: ['Export agreement', 'Research collaboration', 'Supplier', 'Other relation', 'Twin town'],
    statuses: ['active', 'dormant'],
    unknown: 'Unknown Association',
    notes: 'Shared trade fair stand',
  },
} satisfies Record<Lang, unknown>;

function sheet(lang: Lang, a: { name: string; orgnr: string }, b: { name: string; cvr: string }) {
  const s = SHEETS[lang];
  const [exportAgreement, research, supplier, other, twinTown] = s.types;
  const row = (...cells: string[]) => cells.join(s.sep);
  return [
    row(...s.header),
    row(formatSeOrgnr(a.orgnr), '', '', DEMO.frederikshavn, exportAgreement!, s.statuses[0]!, '2024-03-01', '', ''),
    row('', b.name, '', a.name, research!, s.statuses[1]!, '12.03.2024', '', ''),
    row('', a.name, '', `${s.unknown} ${lang}`, exportAgreement!, '', '', '', ''),
    row('10150817', '', '', b.name, supplier!, '', '2024-13-01', '', ''),
    row('', DEMO.nordjysk, `DK${b.cvr}`, '', other!, '', '2023-01-01', '2025-12-31', s.notes),
    row('', DEMO.own, '', DEMO.frederikshavn, twinTown!, '', '', '', ''),
  ].join('\r\n');
}

describe.each(LANGS)('relations import in %s', (lang) => {
  const t = T[lang];
  const s = SHEETS[lang];
  const column = (i: number) => s.header[i]!;

  it('checks a sheet of relations, lists its two bad rows in the page language, writes nothing, then imports the good rows', async () => {
    const { context, page, csrf } = await loggedIn(lang);
    const n = LANGS.indexOf(lang);
    const a = { name: `Relationsbolaget ${lang} AB`, orgnr: orgnr(9200 + n) };
    const b = { name: `Relationspartner ${lang} ApS`, cvr: generateValid('dk_cvr', seededRng(9300 + n)) };
    const orgA = await apiPost<{ id: string }>(context, csrf, '/organisations', { name: a.name, kind: 'company', country: 'SE', identifiers: [{ scheme: 'se_orgnr', value: a.orgnr }] });
    added.organisations.add(orgA.id);
    const orgB = await apiPost<{ id: string }>(context, csrf, '/organisations', { name: b.name, kind: 'company', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: b.cvr }] });
    added.organisations.add(orgB.id);

    await page.goto(`${REG}/import`);
    await settle(page);
    expect(await htmlLang(page)).toBe(lang);
    await expectText(page.locator('main h1'), t.title);

    // What the file holds: organisations unless chosen otherwise, a radio group the arrow keys move in.
    const group = page.getByRole('group', { name: t.upload.kind });
    const organisations = group.getByRole('radio', { name: t.upload.organisations, exact: true });
    const relations = group.getByRole('radio', { name: t.upload.relations, exact: true });
    expect(await organisations.isChecked()).toBe(true);
    expect(await relations.isChecked()).toBe(false);
    await organisations.focus();
    await page.keyboard.press('ArrowDown');
    expect(await relations.isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-kind-relations');
    expect(await organisations.isChecked()).toBe(false);
    await expectText(page.locator(`#${await relations.getAttribute('aria-describedby')}`), t.upload.relationsHint);
    await check(page, 'import-relations-upload', lang);

    const name = `relationer-${lang}.csv`;
    const csv = sheet(lang, a, b);
    const buffer = lang === 'sv' ? Buffer.from(csv, 'latin1') : Buffer.from(csv, 'utf8'); // Swedish Excel saves Windows-1252
    await page.getByLabel(t.upload.file).setInputFiles({ name, mimeType: 'text/csv', buffer });
    await page.getByRole('button', { name: t.upload.submit }).click();
    await page.waitForURL(/\/register\/import\/[0-9a-f-]{36}$/);
    const importId = new URL(page.url()).pathname.split('/').pop()!;
    added.imports.add(importId);

    // Reloaded before anything is mapped, the page still has the suggestion and the examples.
    await page.reload();
    await settle(page);
    await expectText(page.locator('main h1'), fill(t.one.title, { name }));
    await expectText(page.locator('main'), fill(t.one.leadRelations_other, { n: 6, format: 'CSV' }));
    await expectText(page.locator('main'), t.mapping.introRelations);
    const select = (i: number) => page.getByLabel(fill(t.mapping.selectLabel, { column: column(i) }));
    const suggested = ['from.identifier', 'from.name', 'to.identifier', 'to.name', 'type', 'status', 'startDate', 'endDate', 'notes'];
    for (const [i, field] of suggested.entries()) expect(await select(i).inputValue(), column(i)).toBe(field);
    const examples = page.locator('.import-mapping tbody tr').nth(3).locator('.import-samples');
    await expectText(examples, `${DEMO.frederikshavn} · ${a.name} · ${s.unknown} ${lang}`);
    // The fields offered are a relation's, labelled in the page language; an organisation's are not.
    const offered = await select(3).locator('option').allInnerTexts();
    expect(offered).toEqual([t.mapping.ignore, t.fields.from.identifier, t.fields.from.name, t.fields.from.country, t.fields.to.identifier, t.fields.to.name, t.fields.to.country, t.fields.type, t.fields.status, t.fields.startDate, t.fields.endDate, t.fields.source, t.fields.notes]);
    expect(await page.locator('#import-default-kind').count()).toBe(0);
    expect(await page.locator('#import-default-country').count()).toBe(0);
    expect(await page.getByLabel(t.fields.status, { exact: true }).inputValue()).toBe('');

    // Without a column for the type, the page says which column is missing before asking the server.
    await select(4).selectOption('ignore');
    await page.getByRole('button', { name: t.mapping.check }).click();
    await expectText(page.locator('#mapping-error'), t.mapping.typeRequired);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('mapping-error');
    await check(page, 'import-relations-mapping-error', lang);
    await select(4).selectOption('type');
    await check(page, 'import-relations-mapping', lang);

    await page.getByRole('button', { name: t.mapping.check }).click();
    await page.getByRole('heading', { name: t.dryRun.title }).waitFor();
    const errors = page.getByRole('table', { name: t.dryRun.errorsTitle });
    await errors.locator('tbody tr').first().waitFor();
    const rows = (await errors.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    expect(rows).toEqual([
      ['4', column(3), serverText(lang, 'field.organisation_not_found', { value: `${s.unknown} ${lang}` })],
      ['5', column(6), serverText(lang, 'field.invalid_date', { value: '2024-13-01' })],
    ]);
    await expectText(page.getByRole('status').filter({ hasText: t.dryRun.nothingWritten }), fill(t.check.summaryRelations_other, { total: 6, links: 4, repeats: 0, errors: 2 }));
    const inRegister = page.getByRole('table', { name: fill(t.check.inRegisterTitle, { n: 1 }) });
    await inRegister.locator('tbody tr').first().waitFor();
    expect((await inRegister.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()))).toEqual([['7', `${DEMO.own} → ${DEMO.frederikshavn}`]]);
    await expectText(page.locator('main'), t.check.existsHint);
    // The dry run wrote nothing.
    expect(await relationsOf(context, orgA.id)).toEqual([]);
    expect(await relationsOf(context, orgB.id)).toEqual([]);
    await check(page, 'import-relations-dry-run', lang);

    await page.getByRole('button', { name: fill(t.check.goRelations_other, { n: 3 }) }).click();
    const bar = page.getByRole('progressbar', { name: t.run.label });
    await bar.waitFor();
    await page.getByRole('heading', { name: t.run.doneTitle }).waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('6');
    expect(await bar.getAttribute('aria-valuetext')).toBe(fill(t.run.value, { processed: 6, total: 6, percent: 100 }));
    const done = page.getByRole('status').filter({ hasText: fill(t.run.createdRelations_other, { n: 3 }) });
    await expectText(done, fill(t.run.matched_one, { n: 1 }));
    await expectText(done, fill(t.run.failed_other, { n: 2 }));
    const problems = page.getByRole('table', { name: t.run.problemsTitle });
    await problems.locator('tbody tr').first().waitFor();
    expect((await problems.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t')[0]!.trim())).toEqual(['4', '5']);
    await check(page, 'import-relations-done', lang);
    // The way on leads to the network the relations make.
    expect(await page.getByRole('link', { name: t.run.toGraph }).getAttribute('href')).toMatch(/\/register\/graph$/);

    // The good rows are relations in the register, with their types, statuses, dates and notes.
    const ofA = await relationsOf(context, orgA.id);
    const ofB = await relationsOf(context, orgB.id);
    const pick = (list: Relation[]) => list.map((r) => ({ from: r.from.id, to: r.to.id, type: r.type, status: r.status, startDate: r.startDate, endDate: r.endDate, notes: r.notes }));
    expect(pick(ofA)).toEqual(
      expect.arrayContaining([
        { from: orgA.id, to: demo.frederikshavn, type: 'export_agreement', status: 'active', startDate: '2024-03-01', endDate: null, notes: '' },
        { from: orgB.id, to: orgA.id, type: 'research_collaboration', status: 'dormant', startDate: '2024-03-12', endDate: null, notes: '' },
      ]),
    );
    expect(ofA).toHaveLength(2);
    expect(pick(ofB)).toEqual(
      expect.arrayContaining([
        { from: orgB.id, to: orgA.id, type: 'research_collaboration', status: 'dormant', startDate: '2024-03-12', endDate: null, notes: '' },
        { from: demo.nordjysk, to: orgB.id, type: 'other', status: 'active', startDate: '2023-01-01', endDate: '2025-12-31', notes: s.notes },
      ]),
    );
    expect(ofB).toHaveLength(2);
    // The demo register's own twin town is still the one relation between those two.
    expect((await relationsOf(context, demo.own)).filter((r) => r.to.id === demo.frederikshavn)).toHaveLength(1);

    // The list of imports says what each import held.
    await page.getByRole('link', { name: t.back }).click();
    await settle(page);
    const listed = page.getByRole('row').filter({ hasText: name });
    await expectText(listed, t.kinds.relations);
    await expectText(listed, t.status.done);
    const table = page.getByRole('table', { name: t.recent.title });
    expect(await table.getByRole('columnheader', { name: t.recent.kind, exact: true }).count()).toBe(1);
    await check(page, 'import-relations-list', lang);
    await context.close();
  });
});
