// The relations register as people use it, in Swedish, Danish and English: an organisation is
// added (a mistyped organisation number is caught next to its field, in the interface language),
// changed, given a relation, a person and an activity; the one search box finds organisations
// in four languages and despite misspellings, with the reasons; filters live in the URL and can
// be saved; partner search ranks with reasons; a viewer sees no way to change anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, LANGS, launchBrowser, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/register.sv.json' with { type: 'json' };
import da from '../src/web/i18n/register.da.json' with { type: 'json' };
import en from '../src/web/i18n/register.en.json' with { type: 'json' };
import { identifierMessages } from '../src/shared/identifiers/messages.ts';
import { seOrgnr } from './support/identifiers.ts';

const VIEWER = 'lars.angstrom@ostanvik.example';
const WS = '/w/demo-ostanvik';
const REG = `${WS}/register`;
const T: Record<Lang, typeof en.register> = { sv: sv.register, da: da.register, en: en.register };
const stamp = Date.now().toString(36);

/** A Swedish organisation number with a correct Luhn check digit, and one with a wrong one. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A browser profile in `lang`, logged in. The admin's account is set to that language; other
 * accounts keep theirs untouched (other test files expect the viewer to have none saved), so
 * their interface follows the browser's language.
 */
async function loggedIn(lang: Lang, email = DEMO_ADMIN): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  const csrf = await apiLogin(context, email);
  if (email === DEMO_ADMIN) await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}

/**
 * Types into a search-as-you-type picker and chooses the suggestion named `option`: with the
 * mouse, or with the keyboard only (arrow down to the first suggestion, Enter).
 */
async function pick(page: Page, input: Locator, text: string, option: string | RegExp, how: 'mouse' | 'keyboard' = 'mouse') {
  await input.focus();
  await input.pressSequentially(text, { delay: 20 });
  const choice = page.getByRole('option', { name: option }).first();
  await choice.waitFor();
  if (how === 'mouse') return choice.click();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => choice.getAttribute('data-focused')).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');
}

async function orgId(context: BrowserContext, q: string) {
  const res = await context.request.get(`/api/w/${e2e().demoWorkspaceId}/organisations?q=${encodeURIComponent(q)}`);
  return ((await res.json()) as { items: { id: string; name: string }[] }).items.find((o) => o.name.includes(q))!.id;
}

const rowsText = (page: Page) => page.locator('main table tbody tr').allInnerTexts();
const rowNames = (page: Page) => page.locator('main table tbody th a').allInnerTexts();

describe.each(LANGS)('register in %s', (lang) => {
  const t = T[lang];
  const name = `E2E ${lang} Trähus ${stamp}`;
  const numbers = seOrgnr(`5599${String(Date.now() % 100000).padStart(5, '0')}`.slice(0, 8) + String(LANGS.indexOf(lang) + 1));

  it('adds an organisation: a wrong check digit is caught at the field, a duplicate by the server; then changes, relates, links and records', async () => {
    const { context, page, csrf } = await loggedIn(lang);
    await page.goto(REG);
    await settle(page);
    expect(await htmlLang(page)).toBe(lang);
    // The register's tabs: the current one is marked for screen readers.
    const tabs = page.getByRole('navigation', { name: t.nav.label });
    expect(await tabs.getByRole('link', { name: t.nav.organisations, exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: t.nav.map, exact: true }).getAttribute('href')).toBe(`${REG}/map`);
    expect(await tabs.getByRole('link', { name: t.nav.graph, exact: true }).getAttribute('href')).toBe(`${REG}/graph`);
    expect(await tabs.getByRole('link', { name: t.nav.survey, exact: true }).getAttribute('href')).toBe(`${REG}/survey`);

    await page.getByRole('link', { name: t.list.new }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.form.newTitle);
    await page.getByLabel(t.fields.name, { exact: true }).fill(name);
    await page.getByLabel(t.fields.country, { exact: true }).selectOption('SE');
    await page.getByLabel(t.fields.city, { exact: true }).fill('Östanvik');

    // A Swedish organisation number with a wrong check digit: refused as soon as the field is left.
    await page.getByRole('button', { name: t.form.addIdentifier }).click();
    const number = page.locator('#org-id-value-0');
    await expect.poll(() => page.locator('#org-id-scheme-0').inputValue()).toBe('se_orgnr');
    await number.fill(numbers.wrong);
    await number.press('Tab');
    await expectText(page.locator('#org-id-value-0-error'), identifierMessages['field.identifier_check_digit'][lang]);
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await number.getAttribute('aria-describedby')).toContain('org-id-value-0-error');
    await expectNoAxeViolations(page, `organisation form with a field error (${lang})`);

    // Corrected, the error goes; a second number that Frederikshavn already has is refused by
    // the server, and its message appears at that row.
    await number.fill(numbers.valid);
    await expect.poll(() => page.locator('#org-id-value-0-error').count()).toBe(0);
    await page.getByRole('button', { name: t.form.addIdentifier }).click();
    await page.locator('#org-id-scheme-1').selectOption('dk_cvr');
    await page.locator('#org-id-value-1').fill('29189730');
    await page.locator('#org-sdg-9').check();
    await page.getByLabel(t.fields.tags).fill('trä, export');
    await page.getByRole('button', { name: t.form.create }).click();
    await expectText(page.locator('#org-id-value-1-error'), 'Frederikshavn Kommune');
    expect(await page.locator('#org-id-value-1').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('org-id-value-1');
    await page.locator('.reg-row-fields').nth(1).getByRole('button', { name: new RegExp(`^${t.form.remove}`) }).click();
    await page.getByRole('button', { name: t.form.create }).click();

    await page.waitForURL(/\/register\/organisations\/[0-9a-f-]{36}$/);
    await settle(page);
    await expectText(page.locator('main h1'), name);
    await expectText(page.getByRole('status').filter({ hasText: name }), t.form.created.replace('{{name}}', name));
    await expectText(page.locator('.reg-details'), numbers.valid);
    await expectText(page.locator('.reg-details'), t.kinds.company);
    await expectText(page.locator('.reg-details'), 'export');
    await expectText(page.locator('main'), t.map.noCoordinates);

    // Change the name (PATCH with the version that was read).
    await page.getByRole('link', { name: t.org.edit, exact: true }).click();
    await settle(page);
    const renamed = `${name} (2)`;
    await page.getByLabel(t.fields.name, { exact: true }).fill(renamed);
    await page.getByLabel(t.fields.lat, { exact: true }).fill('61,9');
    await page.getByLabel(t.fields.lon, { exact: true }).fill('17,25');
    await page.getByRole('button', { name: t.form.save }).click();
    await page.waitForURL(/\/register\/organisations\/[0-9a-f-]{36}$/);
    await settle(page);
    await expectText(page.locator('main h1'), renamed);
    await page.locator('.location-map-svg').waitFor(); // coordinates now: a map instead of the note

    // A relation to Frederikshavn Kommune, chosen by typing part of its name.
    await page.getByLabel(t.fields.relationType).selectOption('friendship_city');
    await pick(page, page.locator('#rel-other'), 'Frederiks', /Frederikshavn Kommune/, lang === 'da' ? 'keyboard' : 'mouse');
    expect(await page.locator('#rel-other').inputValue()).toBe('Frederikshavn Kommune');
    await page.getByLabel(t.fields.startDate).first().fill('2026-03-01');
    await page.getByRole('button', { name: t.relations.addButton }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Frederikshavn' }), t.relations.added.replace('{{name}}', 'Frederikshavn Kommune'));
    const relationRow = page.getByRole('row').filter({ hasText: 'Frederikshavn Kommune' });
    await expectText(relationRow, t.relationTypes.friendship_city);
    await expectText(relationRow, t.statuses.active);

    // Its status changes in a dialog.
    await page.getByRole('button', { name: `${t.relations.edit} Frederikshavn Kommune` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel(t.fields.status).selectOption('dormant');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(relationRow, t.statuses.dormant);

    // An activity on the timeline.
    await page.getByText(t.activities.add, { exact: true }).click();
    await page.getByLabel(t.fields.activityKind).selectOption('visit');
    await page.getByLabel(t.fields.title, { exact: true }).fill(`Företagsbesök ${lang}`);
    await page.getByLabel(t.fields.notes).fill('Exportplaner för Danmark.');
    await page.getByRole('button', { name: t.activities.addButton }).click();
    await expectText(page.getByRole('list', { name: t.activities.listLabel }), `Företagsbesök ${lang}`);
    await expectText(page.getByRole('list', { name: t.activities.listLabel }), t.activityKinds.visit);
    await expectNoAxeViolations(page, `organisation page with a relation and an activity (${lang})`);
    const orgUrl = page.url();

    // A new person for it: the form starts with this organisation.
    await page.getByRole('link', { name: t.orgPeople.new }).click();
    await settle(page);
    const person = `Eva Ek ${lang} ${stamp}`;
    await expect.poll(() => page.locator('#person-org-0').inputValue()).toBe(renamed);
    await page.getByLabel(t.fields.name, { exact: true }).fill(person);
    await page.getByLabel(t.fields.email).fill(`eva.${lang}.${stamp}@example.org`);
    await page.getByLabel(t.legalBases.legitimate_interest).check();
    await page.locator('#person-org-role-0').fill('VD');
    await page.getByRole('button', { name: t.personForm.create }).click();
    await page.waitForURL(/\/register\/people\/[0-9a-f-]{36}$/);
    await settle(page);
    await expectText(page.locator('main h1'), person);
    await expectText(page.locator('main'), t.person.logged);
    await expectText(page.locator('main'), t.legalBases.legitimate_interest);

    // The person's title and phone change in their form; the page says it was saved.
    await page.getByRole('link', { name: t.person.edit, exact: true }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.personForm.editTitle.replace('{{name}}', person));
    await expect.poll(() => page.locator('#person-name').inputValue()).toBe(person);
    await page.locator('#person-title').fill(`Exportchef ${lang}`);
    await page.locator('#person-phone').fill('+46 70 123 45 67');
    await page.getByRole('button', { name: t.form.save, exact: true }).click();
    await page.waitForURL(/\/register\/people\/[0-9a-f-]{36}$/);
    await settle(page);
    await expectText(page.getByRole('status').filter({ hasText: person }), t.personForm.saved.replace('{{name}}', person));
    await expectText(page.locator('main'), `Exportchef ${lang}`);
    await expectText(page.locator('main'), '+46 70 123 45 67');
    await page.getByRole('link', { name: renamed }).click();
    await settle(page);
    const peopleRegion = page.getByRole('region', { name: t.orgPeople.title });
    await expectText(peopleRegion, person);
    expect(page.url()).toBe(orgUrl);

    // Someone already in the register is linked too, and keeps their other organisation.
    await pick(page, page.locator('#link-person'), 'Karin', /Karin Sjöberg/);
    await page.getByLabel(t.fields.roleAt).fill('Styrelseledamot');
    await page.getByRole('button', { name: t.orgPeople.link }).click();
    await expectText(peopleRegion.getByRole('listitem').filter({ hasText: 'Karin Sjöberg' }), 'Styrelseledamot');
    const karin = (await (await context.request.get(`/api/w/${e2e().demoWorkspaceId}/people?q=Karin`)).json()) as { items: { organisations: { name: string }[] }[] };
    expect(karin.items[0]!.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Östanviks Sågverk AB', renamed]));

    // Someone else saves the organisation meanwhile: the form says so and offers to reload.
    await page.getByRole('link', { name: t.org.edit, exact: true }).click();
    await settle(page);
    const id = orgUrl.split('/').pop()!;
    const current = (await (await context.request.get(`/api/w/${e2e().demoWorkspaceId}/organisations/${id}`)).json()) as { version: number };
    const other = await context.request.patch(`/api/w/${e2e().demoWorkspaceId}/organisations/${id}`, {
      data: { version: current.version, description: 'Changed elsewhere' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel(t.fields.city, { exact: true }).fill('Bergsjö');
    await page.getByRole('button', { name: t.form.save }).click();
    await expectText(page.getByRole('alert'), t.form.staleText);
    await page.getByRole('button', { name: t.form.reload }).click();
    await expect.poll(() => page.getByLabel(t.fields.description).inputValue()).toBe('Changed elsewhere');
    expect(await page.getByLabel(t.fields.city, { exact: true }).inputValue()).toBe('Östanvik');

    if (lang === 'en') {
      // Deleting asks first; then the list says it is gone.
      await page.goto(orgUrl);
      await settle(page);
      await page.getByRole('button', { name: t.org.delete, exact: true }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.waitFor();
      await expectNoAxeViolations(page, 'delete-organisation dialog');
      await confirm.getByRole('button', { name: t.org.deleteConfirm }).click();
      await page.waitForURL((u) => u.pathname === REG);
      await expectText(page.getByRole('status').filter({ hasText: renamed }), t.org.deleted.replace('{{name}}', renamed));
    }
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('search, filters and saved views', () => {
  it('finds organisations in Swedish, Danish, English and Polish, and despite a misspelling, with the reasons', async () => {
    const { context, page } = await loggedIn('sv');
    await page.goto(REG);
    await settle(page);
    const box = page.getByRole('searchbox', { name: sv.register.list.search });
    const cases: [query: string, hit: string, reason: keyof typeof en.register.reasons][] = [
      ['företag', 'Almi Företagspartner Gävleborg', 'name'],
      ['virksomhed', 'Frederikshavn Kommune', 'description'],
      ['research', 'Tartu Ülikool', 'description'],
      ['współpraca', 'Miasto Słupsk', 'description'],
      ['Gdynia', 'Bałtyk Ryby Sp. z o.o.', 'place'],
      ['Frederikshamn', 'Frederikshavn Kommune', 'similar_name'],
    ];
    for (const [query, hit, reason] of cases) {
      await box.fill(query);
      // The search is debounced into the URL (?q=), so the view can be bookmarked.
      await page.waitForURL((u) => u.searchParams.get('q') === query);
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: hit, exact: true }) });
      await expectText(row, sv.register.reasons[reason]);
    }
    expect((await rowsText(page)).length).toBe(1); // "Frederikshamn" finds only Frederikshavn
    await expectNoAxeViolations(page, 'search results with reasons');

    // The same in Danish and English interfaces: reasons in the interface language.
    await context.close();
    for (const [lang, query, hit, reason] of [
      ['da', 'virksomhed', 'Frederikshavn Kommune', 'description'],
      ['en', 'research', 'Tartu Ülikool', 'description'],
    ] as const) {
      const s = await loggedIn(lang);
      await s.page.goto(`${REG}?q=${encodeURIComponent(query)}`);
      await settle(s.page);
      expect(await s.page.getByRole('searchbox').inputValue()).toBe(query);
      await expectText(s.page.getByRole('row').filter({ hasText: hit }), T[lang].reasons[reason]);
      await s.context.close();
    }
  });

  it('filters by country and kind in the URL, saves the view in the browser, and loads more', async () => {
    const { context, page, csrf } = await loggedIn('en');
    // More organisations than one page holds.
    for (let i = 1; i <= 8; i++) {
      const res = await context.request.post(`/api/w/${e2e().demoWorkspaceId}/organisations`, {
        data: { name: `Zz Nordic Forum ${stamp} ${i}`, kind: 'association', country: 'NO' },
        headers: { 'x-csrf-token': csrf },
      });
      expect(res.status()).toBe(201);
    }
    await page.goto(REG);
    await settle(page);
    await page.getByLabel('Country', { exact: true }).selectOption('DK');
    await page.waitForURL((u) => u.searchParams.get('country') === 'DK');
    await expect.poll(async () => (await rowsText(page)).every((r) => r.includes('Denmark'))).toBe(true);
    expect((await rowsText(page)).some((r) => r.includes('Frederikshavn Kommune'))).toBe(true);
    await page.getByLabel('Type', { exact: true }).selectOption('company');
    await page.waitForURL((u) => u.searchParams.get('kind') === 'company');
    await expect.poll(() => rowNames(page)).toEqual(['Nordjysk Træ A/S']);
    await expectText(page.getByRole('status').filter({ hasText: 'organisation' }), '1 organisation.');

    // A bookmark brings the same view back.
    await page.reload();
    await settle(page);
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('DK');
    expect((await rowsText(page)).length).toBe(1);

    // Saved views: kept in this browser, applied by a link, deleted.
    await page.getByText('Saved views', { exact: true }).click();
    await expectText(page.locator('.saved-views'), 'Saved in this browser only');
    await page.getByLabel('Name of the view').fill('Danish companies');
    await page.getByRole('button', { name: 'Save current view' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'saved' }), 'The view “Danish companies” has been saved.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((u) => !u.searchParams.has('country'));
    await page.getByRole('link', { name: 'Danish companies' }).click();
    await page.waitForURL((u) => u.searchParams.get('country') === 'DK' && u.searchParams.get('kind') === 'company');
    await expect.poll(async () => (await rowsText(page)).length).toBe(1);
    await expectNoAxeViolations(page, 'filtered list with a saved view');
    await page.getByRole('button', { name: 'Delete Danish companies' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Danish companies' }).count()).toBe(0);

    // All organisations, by name: one page of 25, then "Show more" follows the cursor.
    await page.goto(`${REG}?sort=name`);
    await settle(page);
    expect((await rowsText(page)).length).toBe(25);
    await expectText(page.getByRole('status').filter({ hasText: 'Showing' }), /Showing 25 of \d+ organisations\./);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(async () => (await rowsText(page)).length).toBeGreaterThan(25);
    const names = await rowNames(page);
    expect(names.filter((n) => n.startsWith(`Zz Nordic Forum ${stamp}`)).length).toBe(8);
    expect(new Set(names).size).toBe(names.length);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('partner search', () => {
  it('ranks organisations for an idea with the reasons, in Swedish, English and Danish', async () => {
    const { context, page } = await loggedIn('sv');
    await page.goto(`${REG}/partners`);
    await settle(page);
    const s = sv.register.partners;
    await page.getByLabel(s.idea).fill('Förnybar energi och havsvind tillsammans med universitet');
    await page.getByLabel('Ett grönare, koldioxidsnålt Europa').check();
    await page.getByRole('button', { name: s.submit }).click();
    const results = page.locator('.partner-hit');
    await results.first().waitFor();
    await expectText(page.getByRole('status').filter({ hasText: 'bästa träffen först' }), /\d+ organisationer hittades/);
    const first = await results.first().innerText();
    expect(first).toContain('Hälsinge Vindkraft AB');
    expect(first).toContain('Ord från din idé: förnybar, energi');
    expect(first).toContain('Gemensamma teman: Ett grönare, koldioxidsnålt Europa');
    expect(first).toContain('Träff 100');
    // Earlier cooperation with our municipality counts and is named: the memorandum in the register
    // and the partnership of the demo portfolio's forest project.
    const gavle = page.locator('.partner-hit').filter({ hasText: 'Högskolan i Gävle' });
    await expectText(gavle, /Vi har samarbetat tidigare: [^\n]*avsiktsförklaring/);
    await expectText(gavle, /Vi har samarbetat tidigare: [^\n]*EU-projektpartnerskap/);
    await expectNoAxeViolations(page, 'partner search results');

    // Only Poland: chosen from the country list, shown as a chip that can be removed.
    await pick(page, page.locator('#partner-countries'), 'Pol', 'Polen');
    const chip = page.getByRole('list', { name: s.chosen.replace('{{label}}', s.countries) });
    await expectText(chip, 'Polen');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('partner-countries');
    await page.getByRole('button', { name: s.submit }).click();
    await expect.poll(async () => (await results.allInnerTexts()).every((r) => r.includes('Polen'))).toBe(true);
    await expectText(results.first(), 'Politechnika Gdańska');
    await expectText(results.first(), 'I regionen:');
    await context.close();

    const e = await loggedIn('en');
    await e.page.goto(`${REG}/partners`);
    await settle(e.page);
    await e.page.getByRole('button', { name: en.register.partners.submit }).click();
    await expectText(e.page.locator('#partner-idea-error'), en.register.partners.nothingGiven);
    await e.page.getByLabel(en.register.partners.idea).fill('research on renewable energy and the digital society');
    await e.page.getByRole('button', { name: en.register.partners.submit }).click();
    await expectText(e.page.locator('.partner-hit').filter({ hasText: 'Tartu Ülikool' }), 'Words from your idea:');
    expectNoPageProblems(e.page);
    await e.context.close();

    // In Danish: a Danish idea finds the Danish sawmill by its words, reasons in Danish.
    const d = await loggedIn('da');
    await d.page.goto(`${REG}/partners`);
    await settle(d.page);
    await d.page.getByLabel(da.register.partners.idea).fill('Træ og byggematerialer fra savværker');
    await d.page.getByRole('button', { name: da.register.partners.submit }).click();
    const hit = d.page.locator('.partner-hit').first();
    await expectText(hit, 'Nordjysk Træ A/S');
    await expectText(hit, da.register.partners.reasons.text.replace('{{words}}', 'træ, byggematerialer, savværker'));
    await expectNoAxeViolations(d.page, 'partner search results (da)');
    await screenshot(d.page, 'register-partner-results', 'da');
    expectNoPageProblems(d.page);
    await d.context.close();
  });
});

describe('a viewer', () => {
  it('reads the register but sees no way to change it', async () => {
    const { context, page } = await loggedIn('da', VIEWER);
    await page.goto(REG);
    await settle(page);
    // Danish from the browser, unless another test file saved a language on the account.
    const t = T[(await htmlLang(page)) as Lang];
    await expectText(page.locator('main table'), 'Frederikshavn Kommune');
    expect(await page.getByRole('link', { name: t.list.new }).count()).toBe(0);

    await page.goto(`${REG}/organisations/${await orgId(context, 'Östanviks Sågverk')}`);
    await settle(page);
    await expectText(page.locator('main h1'), 'Östanviks Sågverk AB');
    await expectText(page.locator('main'), 'Nordjysk Træ A/S'); // its export agreement
    await expectText(page.locator('main'), 'Karin Sjöberg');
    await expectText(page.locator('main'), 'Företagsbesök: exportplaner för Polen');
    for (const name of [t.org.edit, t.org.delete, t.relations.edit, t.relations.delete, t.activities.delete, t.orgPeople.new]) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
      expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: new RegExp(`^(${t.relations.edit}|${t.relations.delete}|${t.activities.delete}) `) }).count()).toBe(0);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByText(t.activities.add).count()).toBe(0);

    await page.goto(`${REG}/people`);
    await settle(page);
    expect(await page.getByRole('link', { name: t.people.new }).count()).toBe(0);
    await page.getByRole('link', { name: 'Mette Østergaard' }).click();
    await settle(page);
    await expectText(page.locator('main'), t.person.logged);
    expect(await page.getByRole('link', { name: t.person.edit, exact: true }).count()).toBe(0);

    // Typing the address of the form gives a clear answer instead of a form that would fail.
    await page.goto(`${REG}/organisations/new`);
    await settle(page);
    await expectText(page.locator('main'), t.form.readOnly);
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page, 'read-only notice for a viewer');
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('at 200 % zoom', () => {
  it('the register pages fit 640 CSS pixels: nothing but wide tables scrolls sideways', async () => {
    const context = await newContext(browser, 'sv', { width: 640, height: 800 });
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, 'sv');
    const page = await context.newPage();
    const org = await orgId(context, 'Frederikshavn');
    for (const path of [REG, `${REG}/organisations/${org}`, `${REG}/organisations/${org}/edit`, `${REG}/people/new`, `${REG}/partners`]) {
      await page.goto(path);
      await settle(page);
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(width[0], `${path} scrolls sideways`).toBeLessThanOrEqual(width[1]!);
    }
    expectNoPageProblems(page);
    await context.close();
  });
});
