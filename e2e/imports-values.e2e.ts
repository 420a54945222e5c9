// The value mapping and the check of a partner list, in Swedish, Danish and English: a funding
// programme's list (one row per project partner, so organisations repeat; partner types in words;
// NUTS regions by name) is uploaded; the page lists each coded column's distinct values with their
// rows and what each becomes — known words chosen, a guess to take, an unknown value to choose;
// the check counts organisations, repeated rows and errors, and lists the repeated rows a page at a
// time; the import creates one organisation per organisation of the file. Axe and screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiGet, apiLogin, apiSetLocale, demoApi as api, expectNoAxeViolations, expectNoPageProblems, expectText, launchBrowser, LANGS, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/imports.sv.json' with { type: 'json' };
import da from '../src/web/i18n/imports.da.json' with { type: 'json' };
import en from '../src/web/i18n/imports.en.json' with { type: 'json' };

const REG = '/w/demo-ostanvik/register';
const T: Record<Lang, typeof en.imports> = { sv: sv.imports, da: da.imports, en: en.imports };
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
let browser: Browser;
const created = new Set<string>();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  if (browser) {
    const context = await newContext(browser, 'en');
    const csrf = await apiLogin(context, DEMO_ADMIN);
    for (const id of created) expect((await context.request.delete(api(`/organisations/${id}`), { headers: { 'x-csrf-token': csrf } })).status()).toBe(204);
    await context.close();
    await browser.close();
  }
});

/** 9 partner rows of 4 organisations: the university on four rows (in three spellings), the municipality on three. */
function partnerList(lang: Lang) {
  const pic = { sv: '999888771', da: '999888772', en: '999888773' }[lang];
  // Names unlike each other's in the three languages, so none is a similar name of another's.
  const [uni, kommune, venue, agency] = {
    sv: ['Kattegatt Tekniska Högskola', 'Havstads Kommun', 'Kulturhuset Fyren', 'Öresundsinstitutet Utveckling'],
    da: ['Limfjordens Universitet', 'Bølgeby Kommune', 'Musikhuset Klitten', 'Vadehavets Erhvervsagentur'],
    en: ['Dogger Bank Polytechnic', 'Saltmarsh Borough Council', 'Lighthouse Arts Venue', 'Northern Sea Growth Agency'],
  }[lang] as [string, string, string, string];
  return {
    names: [uni, kommune, venue, agency],
    pic,
    csv: [
      // A column of its own per language: each file has its own shape, so no saved choices apply.
      `Project;Name;Type;Country;NUTS;PIC;Note ${lang}`,
      `BLUE;${uni};Higher education and research organisations;Sweden;Skåne län;${pic}`,
      `BLUE;${kommune};Local public authority;Denmark;Region Hovedstaden;`,
      `BLUE;${venue};Cultural venue;Sweden;Skåne län;`,
      `GREEN;${uni.toUpperCase()};Higher education and research organisations;Sweden;Skåne län;`,
      `GREEN;${agency};Regional development agency;Denmark;Region Hovedstaden;`,
      `GREEN;${kommune};Local public authority;Denmark;Region Hovedstaden;`,
      `WIND; ${uni}.;Higher education and research organisations;Sweden;Skåne län;${pic}`,
      `WIND;${kommune};Local public authority;Denmark;Region Hovedstaden;`,
      `WIND;${uni};Higher education and research organisations;Sweden;Skåne län;`,
    ].join('\n'),
  };
}

async function check(page: Page, name: string, lang: Lang) {
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
  expectNoPageProblems(page);
}

describe.each(LANGS)('the value mapping and the check in %s', (lang) => {
  const t = T[lang];

  it('lists each value with its rows, takes a choice and a guess, counts organisations and repeats, and imports one of each', async () => {
    const context = await newContext(browser, lang);
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, lang);
    const list = partnerList(lang);
    const up = await context.request.post(api('/imports'), { multipart: { file: { name: `partners-${lang}.csv`, mimeType: 'text/csv', buffer: Buffer.from(list.csv) } }, headers: { 'x-csrf-token': csrf } });
    expect(up.status(), await up.text()).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const page = await context.newPage();
    await page.goto(`${REG}/import/${id}`);
    await settle(page);
    await page.getByRole('heading', { name: t.values.title }).waitFor();

    // The type column: four values, their rows, what each becomes.
    const types = page.getByRole('table', { name: fill(t.values.caption, { field: t.fields.kind }) });
    await expectText(types, 'Higher education and research organisations');
    const rowOf = (value: string) => types.locator('tbody tr').filter({ hasText: value });
    expect((await rowOf('Higher education and research organisations').innerText()).split('\t')[1]!.trim()).toBe('4');
    expect(await rowOf('Local public authority').getByRole('combobox').inputValue()).toBe('municipality');
    await expectText(rowOf('Local public authority'), t.values.how.known);
    // A guess is offered, not taken; an unknown value waits for a choice.
    await expectText(rowOf('Regional development agency'), t.values.how.guess);
    expect(await rowOf('Regional development agency').getByRole('combobox').inputValue()).toBe('');
    await expectText(rowOf('Cultural venue'), t.values.how.unknown);
    // The NUTS column: names as regions.
    const nuts = page.getByRole('table', { name: fill(t.values.caption, { field: t.fields.nutsCode }) });
    expect(await nuts.locator('tbody tr').filter({ hasText: 'Skåne län' }).getByRole('textbox').inputValue()).toBe('SE224');
    expect(await nuts.locator('tbody tr').filter({ hasText: 'Region Hovedstaden' }).getByRole('textbox').inputValue()).toBe('DK01');
    await check(page, 'import-values', lang);

    // Checked as they are: the rows of the two open values are errors, with the reason.
    await page.getByRole('button', { name: t.mapping.check }).click();
    await page.getByRole('heading', { name: t.dryRun.title }).waitFor();
    await expectText(page.getByRole('status').filter({ hasText: t.dryRun.nothingWritten }), fill(t.check.summary_other, { total: 9, organisations: 2, repeats: 5, errors: 2 }));

    // Take the guess, choose a kind for the unknown value, and check again.
    await page.getByRole('button', { name: fill(t.values.acceptGuesses_one, { n: 1 }) }).click();
    await rowOf('Cultural venue').getByRole('combobox').selectOption('association');
    await expect.poll(() => rowOf('Regional development agency').getByRole('combobox').inputValue()).toBe('agency');
    await expectText(rowOf('Cultural venue'), t.values.how.chosen);
    await page.getByRole('button', { name: t.mapping.check }).click();
    await page.getByRole('heading', { name: t.dryRun.title }).waitFor();
    await expectText(page.getByRole('status').filter({ hasText: t.dryRun.nothingWritten }), fill(t.check.summary_other, { total: 9, organisations: 4, repeats: 5, errors: 0 }));
    const repeats = page.getByRole('table', { name: fill(t.check.repeatsTitle, { n: 5 }) });
    await repeats.locator('tbody tr').first().waitFor();
    const repeated = (await repeats.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()).slice(0, 3));
    expect(repeated).toEqual([
      ['5', list.names[0]!.toUpperCase(), fill(t.check.rowN, { row: 2 })],
      ['7', list.names[1]!, fill(t.check.rowN, { row: 3 })],
      ['8', `${list.names[0]!}.`, fill(t.check.rowN, { row: 2 })],
      ['9', list.names[1]!, fill(t.check.rowN, { row: 3 })],
      ['10', list.names[0]!, fill(t.check.rowN, { row: 2 })],
    ]);
    await expectText(page.getByRole('navigation', { name: fill(t.pager.label, { what: fill(t.check.repeatsTitle, { n: 5 }) }) }), fill(t.pager.status, { from: 1, to: 5, total: 5 }));
    await check(page, 'import-check', lang);

    await page.getByRole('button', { name: fill(t.check.go, { create: 4, update: 0, leave: 0, skip: 0 }) }).click();
    await page.getByRole('heading', { name: t.run.doneTitle }).waitFor({ timeout: 30_000 });
    await expectText(page.getByRole('status').filter({ hasText: fill(t.run.created_other, { n: 4 }) }), fill(t.run.repeated_other, { n: 5 }));
    await check(page, 'import-values-done', lang);

    // One organisation each, with the kind its rows gave; the university has its region and PIC.
    const ids: string[] = [];
    for (const [i, name] of list.names.entries()) {
      const found = (await apiGet<{ items: { id: string; name: string; kind: string }[] }>(context, `/organisations?q=${encodeURIComponent(name)}&limit=20`)).items.filter((o) => o.name === name);
      expect(found, name).toHaveLength(1);
      created.add(found[0]!.id);
      ids.push(found[0]!.id);
      expect(found[0]!.kind).toBe(['university', 'municipality', 'association', 'agency'][i]);
    }
    const uni = await apiGet<{ identifiers: { scheme: string; value: string }[]; nutsCode: string }>(context, `/organisations/${ids[0]}`);
    expect(uni).toMatchObject({ nutsCode: 'SE224', identifiers: [expect.objectContaining({ scheme: 'eu_pic', value: list.pic })] });
    await context.close();
  });
});
