// Importing, merging and exporting the register, in Swedish, Danish and English: a sheet with four
// good rows, one row the register already holds and exactly three bad ones is uploaded (as
// Swedish Excel's Windows-1252 CSV, by dropping a file, or UTF-8), the dry run lists the three
// bad rows by sheet row and column with the reason in the page's language and writes nothing;
// the run's progress bar reaches the end and the good rows are in the register. A duplicate is
// merged and its relation, person and activity move. The filtered list is exported as CSV and
// imported again: no bad rows and nothing new. Each new page passes axe and is photographed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiGet, apiLogin, apiPost, apiSetLocale, demoApi as api, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, LANGS, launchBrowser, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/imports.sv.json' with { type: 'json' };
import da from '../src/web/i18n/imports.da.json' with { type: 'json' };
import en from '../src/web/i18n/imports.en.json' with { type: 'json' };
import { t as serverText } from '../src/server/i18n/messages.ts';
import { BATCH_SIZE } from '../src/server/modules/imports/service.ts';
import { orgnr, SHEETS, sheet, stoppedSheet } from './support/sheets.ts';

const VIEWER = 'lars.angstrom@ostanvik.example';
const REG = '/w/demo-ostanvik/register';
const T: Record<Lang, typeof en.imports> = { sv: sv.imports, da: da.imports, en: en.imports };
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
let browser: Browser;
let downloads: string;
/** What this file adds to the shared demo register, removed at the end for the files after it. */
const added = { organisations: new Set<string>(), people: new Set<string>(), merged: new Set<string>() };
beforeAll(async () => {
  browser = await launchBrowser();
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-export-'));
});
afterAll(async () => {
  if (browser) {
    const context = await newContext(browser, 'en');
    const csrf = await apiLogin(context, DEMO_ADMIN);
    const headers = { 'x-csrf-token': csrf };
    for (const id of added.people) expect((await context.request.delete(api(`/people/${id}`), { headers })).status()).toBe(204);
    for (const id of added.organisations) expect((await context.request.delete(api(`/organisations/${id}`), { headers })).status()).toBe(204);
    // A merged duplicate goes with the organisation it was merged into.
    for (const id of added.merged) expect((await context.request.delete(api(`/organisations/${id}`), { headers })).status()).toBe(404);
    await context.close();
    await browser.close();
  }
  fs.rmSync(downloads, { recursive: true, force: true });
});

async function loggedIn(lang: Lang, email = DEMO_ADMIN): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  const csrf = await apiLogin(context, email);
  if (email === DEMO_ADMIN) await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}



const orgCount = async (context: BrowserContext) => (await apiGet<{ total: number }>(context, '/organisations?limit=1')).total;
const findOrg = async (context: BrowserContext, name: string) =>
  (await apiGet<{ items: { id: string; name: string }[] }>(context, `/organisations?q=${encodeURIComponent(name)}&limit=50`)).items.find((o) => o.name === name);

async function check(page: Page, name: string, lang: Lang) {
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
  expectNoPageProblems(page);
}

/** Uploads a file on the import page, then checks every row with the suggested mapping. */
async function uploadAndCheck(page: Page, lang: Lang, file: { name: string; buffer: Buffer }, how: 'input' | 'drop') {
  const t = T[lang];
  await page.goto(`${REG}/import`);
  await settle(page);
  if (how === 'input') {
    await page.getByLabel(t.upload.file).setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
  } else {
    const dropped = await page.evaluateHandle(({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      return transfer;
    }, { bytes: [...file.buffer], name: file.name });
    await page.dispatchEvent('.import-drop', 'drop', { dataTransfer: dropped });
  }
  await expectText(page.locator('.import-chosen'), file.name);
  await page.getByRole('button', { name: t.upload.submit }).click();
  await page.waitForURL(/\/register\/import\/[0-9a-f-]{36}$/);
  await settle(page);
  await expectText(page.locator('main h1'), fill(t.one.title, { name: file.name }));
  await page.getByRole('button', { name: t.mapping.check }).click();
  await page.getByRole('heading', { name: t.dryRun.title }).waitFor();
}

describe.each(LANGS)('import, merge and export in %s', (lang) => {
  const t = T[lang];
  const s = SHEETS[lang];

  it('checks a sheet, lists its three bad rows in the page language, writes nothing, then imports the good rows', async () => {
    const { context, page } = await loggedIn(lang);
    const before = await orgCount(context);
    await page.goto(REG);
    await settle(page);
    expect(await htmlLang(page)).toBe(lang);
    await page.getByRole('navigation').getByRole('link', { name: t.nav.import, exact: true }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.title);
    await check(page, 'import', lang);

    // No file, then a file without a header row: the reason at the field, the server's announced.
    await page.getByRole('button', { name: t.upload.submit }).click();
    await expectText(page.locator('#import-file-error'), t.upload.chooseFirst);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    await page.getByLabel(t.upload.file).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await page.getByRole('button', { name: t.upload.submit }).click();
    await expectText(page.locator('#import-file-error'), serverText(lang, 'import.empty'));
    await expectText(page.getByRole('alert').filter({ hasText: serverText(lang, 'problem.validation') }), serverText(lang, 'problem.validation'));
    expect(await page.getByLabel(t.upload.file).getAttribute('aria-invalid')).toBe('true');
    await check(page, 'import-error', lang);

    const csv = sheet(lang);
    const buffer = lang === 'sv' ? Buffer.from(csv, 'latin1') : Buffer.from(csv, 'utf8'); // Swedish Excel saves Windows-1252
    await uploadAndCheck(page, lang, { name: `register-${lang}.csv`, buffer }, lang === 'da' ? 'drop' : 'input');
    // The suggested mapping came from the headers: the name column is chosen.
    expect(await page.getByLabel(fill(t.mapping.selectLabel, { column: s.columns.name })).inputValue()).toBe('name');

    const errors = page.getByRole('table', { name: t.dryRun.errorsTitle });
    await errors.locator('tbody tr').first().waitFor();
    const rows = (await errors.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    expect(rows).toEqual([
      ['3', s.columns.id, serverText(lang, 'field.identifier_check_digit')],
      ['5', s.columns.name, serverText(lang, 'field.required')],
      ['8', s.columns.country, serverText(lang, 'import.country_unknown', { value: 'Atlantis' })],
    ]);
    await expectText(page.getByRole('status').filter({ hasText: t.dryRun.nothingWritten }), fill(t.check.summary_other, { total: 8, organisations: 5, repeats: 0, errors: 3 }));
    const inRegister = page.getByRole('table', { name: fill(t.check.inRegisterTitle, { n: 1 }) });
    await inRegister.locator('tbody tr').first().waitFor();
    expect(await inRegister.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('Frederikshavn Kommune')]);
    await expectText(inRegister, t.reasons.identifier);
    // The dry run wrote nothing.
    expect(await orgCount(context)).toBe(before);
    expect(await findOrg(context, s.good[0]!)).toBeUndefined();
    await check(page, 'import-dry-run', lang);

    await page.getByRole('button', { name: fill(t.check.go, { create: 4, update: 0, leave: 1, skip: 0 }) }).click();
    const bar = page.getByRole('progressbar', { name: t.run.label });
    await bar.waitFor();
    await page.getByRole('heading', { name: t.run.doneTitle }).waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('8');
    expect(await bar.getAttribute('aria-valuemax')).toBe('8');
    expect(await bar.getAttribute('aria-valuetext')).toBe(fill(t.run.value, { processed: 8, total: 8, percent: 100 }));
    await expectText(page.getByRole('status').filter({ hasText: fill(t.run.created_other, { n: 4 }) }), fill(t.run.failed_other, { n: 3 }));
    await check(page, 'import-done', lang);
    expect(await orgCount(context)).toBe(before + 4);
    for (const name of s.good) {
      const org = await findOrg(context, name);
      expect(org, name).toBeDefined();
      added.organisations.add(org!.id);
    }

    // The list of imports shows it as done.
    await page.getByRole('link', { name: t.back }).click();
    await settle(page);
    await expectText(page.getByRole('row').filter({ hasText: `register-${lang}.csv` }).first(), t.status.done);
    await context.close();
  });

  it('merges a duplicate: its relation, person and activity move to the organisation kept', async () => {
    const { context, page, csrf } = await loggedIn(lang);
    const number = orgnr(9100 + LANGS.indexOf(lang));
    const keptName = `Hälsinge Laxodling ${lang} AB`;
    const dupName = `Hälsinge Laxodling ${lang}`;
    const kept = await apiPost<{ id: string }>(context, csrf, '/organisations', { name: keptName, kind: 'company', country: 'SE', identifiers: [{ scheme: 'se_orgnr', value: number }] });
    const dup = await apiPost<{ id: string }>(context, csrf, '/organisations', { name: dupName, kind: 'company', country: 'SE', identifiers: [{ scheme: 'eu_vat', value: `SE${number}01` }] });
    added.organisations.add(kept.id);
    added.merged.add(dup.id);
    const partner = (await findOrg(context, 'Frederikshavn Kommune'))!;
    const relation = await apiPost<{ id: string }>(context, csrf, '/relations', { fromId: dup.id, toId: partner.id, type: 'export_agreement' });
    const person = await apiPost<{ id: string }>(context, csrf, '/people', { name: `Per Lax ${lang}`, legalBasis: 'consent', legalBasisDate: '2026-01-01', organisations: [{ organisationId: dup.id, role: 'VD' }] });
    added.people.add(person.id);
    const activity = await apiPost<{ id: string }>(context, csrf, `/organisations/${dup.id}/activities`, { kind: 'meeting', occurredOn: '2026-02-01', title: `Möte ${lang}` });

    await page.goto(REG);
    await settle(page);
    await page.getByRole('navigation').getByRole('link', { name: t.nav.duplicates, exact: true }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.duplicates.title);
    const item = page.locator('.dup-item').filter({ hasText: keptName }).filter({ hasText: dupName });
    await expectText(item, t.duplicates.sameNumber);
    await check(page, 'duplicates', lang);
    // The older one is offered as the one to keep.
    expect(await item.getByRole('radio', { name: new RegExp(`^${keptName}`) }).isChecked()).toBe(true);
    await item.getByRole('button', { name: fill(t.duplicates.merge, { duplicate: dupName, kept: keptName }) }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectText(dialog, fill(t.merge.relations_one, { count: 1 }));
    await expectText(dialog, fill(t.merge.people_one, { count: 1 }));
    await expectText(dialog, fill(t.merge.activities_one, { count: 1 }));
    await check(page, 'duplicates-merge', lang);
    await dialog.getByRole('button', { name: t.merge.confirm, exact: true }).click();
    await expectText(page.getByRole('status').filter({ hasText: keptName }), fill(t.merge.done, { duplicate: dupName, kept: keptName }));
    await expect.poll(() => item.count()).toBe(0);

    const relations = await apiGet<{ items: { id: string }[] }>(context, `/relations?organisationId=${kept.id}&limit=1000`);
    expect(relations.items.map((r) => r.id)).toContain(relation.id);
    const people = await apiGet<{ items: { id: string }[] }>(context, `/people?organisationId=${kept.id}&limit=200`);
    expect(people.items.map((p) => p.id)).toContain(person.id);
    const activities = await apiGet<{ items: { id: string }[] }>(context, `/organisations/${kept.id}/activities`);
    expect(activities.items.map((a) => a.id)).toContain(activity.id);
    expect((await context.request.get(api(`/organisations/${dup.id}`))).status()).toBe(404);
    await context.close();
  });

  it('exports the filtered list as CSV; importing that file again finds no bad rows and adds nothing', async () => {
    const { context, page } = await loggedIn(lang);
    const country = { sv: 'SE', da: 'DK', en: 'NO' }[lang];
    await page.goto(`${REG}?q=${s.tag}`);
    await settle(page);
    await page.locator('#filter-country').selectOption(country);
    await page.waitForURL((u) => u.searchParams.get('country') === country);
    await settle(page);
    const csvLink = page.getByRole('link', { name: `${t.export.as} ${t.export.csv}` });
    // The link follows the filters once the page has drawn them (a moment after the address).
    await expect.poll(async () => new URL((await csvLink.getAttribute('href'))!, 'http://x').searchParams.toString()).toBe(`q=${s.tag}&country=${country}&format=csv`);
    await settle(page);
    const shown = await page.locator('main table tbody tr').count();
    expect(shown).toBeGreaterThanOrEqual(4);
    await check(page, 'register-export', lang);
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const file = path.join(downloads, `export-${lang}.csv`);
    await download.saveAs(file);
    const exported = fs.readFileSync(file);
    const lines = exported.toString('utf8').trim().split(/\r\n/);
    expect(lines).toHaveLength(shown + 1);
    for (const name of s.good) expect(lines.some((l) => l.includes(name)), name).toBe(true);

    const before = await orgCount(context);
    await uploadAndCheck(page, lang, { name: `export-${lang}.csv`, buffer: exported }, 'input');
    await expectText(page.locator('main'), t.dryRun.noErrors);
    expect(await page.getByRole('table', { name: t.dryRun.errorsTitle }).count()).toBe(0);
    const inRegister = page.getByRole('table', { name: fill(t.check.inRegisterTitle, { n: shown }) });
    expect(await inRegister.locator('tbody tr').count()).toBe(shown);
    // Without numbers (the Norwegian rows) they are found by name and country.
    await expectText(inRegister, lang === 'en' ? t.reasons.name : t.reasons.identifier);
    // Left as they are, nothing is created: the button says so; leaving them out too.
    await expectText(page.locator('.import-go'), fill(t.check.go, { create: 0, update: 0, leave: shown, skip: 0 }));
    await page.getByRole('radio', { name: t.check.actions.skip }).check();
    await expectText(page.locator('.import-go'), t.dryRun.nothing);
    await check(page, 'import-reimport', lang);
    expect(await orgCount(context)).toBe(before);

    // Discarding asks first, then the list says so; the register is as it was.
    await page.getByRole('button', { name: t.discard.button, exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: t.discard.confirm }).click();
    await page.waitForURL((u) => u.pathname === `${REG}/import`);
    await expectText(page.getByRole('status').filter({ hasText: `export-${lang}.csv` }), fill(t.discard.done, { name: `export-${lang}.csv` }));
    expect(await orgCount(context)).toBe(before);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('an interrupted import', () => {
  it('is continued from the list of imports where it stopped, and runs to the end', async () => {
    const lang = 'da';
    const t = T[lang];
    const n = (v: number) => new Intl.NumberFormat('da-DK').format(v);
    const { context, page, csrf } = await loggedIn(lang);
    const name = `afbrudt-${Date.now()}.csv`;
    const up = await context.request.post(api('/imports'), { multipart: { file: { name, mimeType: 'text/csv', buffer: Buffer.from(stoppedSheet(lang, BATCH_SIZE)) } }, headers: { 'x-csrf-token': csrf } });
    expect(up.status(), await up.text()).toBe(201);
    const { id } = (await up.json()) as { id: string };
    // One batch, as if the page had been closed after it.
    const total = BATCH_SIZE + 100;
    const first = await apiPost<{ status: string; processed: number }>(context, csrf, `/imports/${id}/run`, { mapping: { Name: 'name', Country: 'country' }, maxBatches: 1 });
    expect(first).toMatchObject({ status: 'running', processed: BATCH_SIZE });

    await page.goto(`${REG}/import`);
    await settle(page);
    const row = page.getByRole('row').filter({ hasText: name });
    await expectText(row, t.status.running);
    await row.getByRole('link', { name: `${t.recent.continue} ${name}` }).click();
    await page.waitForURL((u) => u.pathname === `${REG}/import/${id}`);
    await settle(page);
    const bar = page.getByRole('progressbar', { name: t.run.label });
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(BATCH_SIZE));
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(total));
    await expectText(page.locator('.import-stopped'), fill(t.run.stopped, { processed: n(BATCH_SIZE), total: n(total) }));
    await check(page, 'import-stopped', lang);

    await page.getByRole('button', { name: t.run.continue }).click();
    await page.getByRole('heading', { name: t.run.doneTitle }).waitFor({ timeout: 30_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe(String(total));
    await expectText(page.getByRole('status').filter({ hasText: fill(t.run.created_other, { n: 2 }) }), fill(t.run.failed_other, { n: n(total - 2) }));
    // Every failed row is listed, a page at a time.
    const failed = page.getByRole('navigation', { name: fill(t.pager.label, { what: t.run.problemsTitle }) });
    await expectText(failed, fill(t.pager.status, { from: n(1), to: n(50), total: n(total - 2) }));
    await failed.getByRole('button', { name: t.pager.next }).click();
    await expectText(failed, fill(t.pager.status, { from: n(51), to: n(100), total: n(total - 2) }));
    for (const n of [1, 2]) {
      const org = await findOrg(context, `Genoptaget ${lang} ${n} ApS`);
      expect(org).toBeDefined();
      added.organisations.add(org!.id);
    }
    await context.close();
  });
});

describe('a viewer', () => {
  it('sees neither the import nor the duplicates tab, and the import page says why', async () => {
    const { context, page } = await loggedIn('sv', VIEWER);
    await page.goto(REG);
    await settle(page);
    const t = T[(await htmlLang(page)) as Lang];
    const nav = page.locator('.register-nav');
    expect(await nav.getByRole('link', { name: t.nav.import, exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: t.nav.duplicates, exact: true }).count()).toBe(0);
    await page.goto(`${REG}/import`);
    await settle(page);
    await expectText(page.locator('main'), t.noAccess);
    expect(await page.locator('#import-file').count()).toBe(0);
    await context.close();
  });
});
