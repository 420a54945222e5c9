// The relations register's world map and network graph, and the inventory survey from both
// sides: staff invite local companies, each company answers through its personal link in a
// browser that never logged in (in Swedish, Danish and English), staff accept what the
// answers propose, and the relation is in the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiLogin,
  apiSetLocale,
  e2e,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectText,
  htmlLang,
  launchBrowser,
  newContext,
  screenshot,
  settle,
  type Lang,
} from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

const WS = '/w/demo-ostanvik';
const api = (path: string) => `/api/w/${e2e().demoWorkspaceId}${path}`;

interface MapLine {
  relationId: string;
  type: string;
  status: string;
  to: { id: string; name: string; country: string; lat: number | null; lon: number | null };
}
interface MapData {
  own: { id: string; name: string } | null;
  lines: MapLine[];
  countries: { country: string; relations: number }[];
}
interface GraphData {
  nodes: { id: string; name: string; kind: string; isOwn: boolean; degree: number }[];
  edges: { id: string; type: string; status: string }[];
  truncated: boolean;
}
interface Coverage {
  localCompanies: number;
  invited: number;
  answered: number;
}
interface Invitation {
  organisationId: string;
  name: string;
  status: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A logged-in staff browser in `lang`, allowed to use the clipboard. */
async function staff(lang: Lang): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const csrf = await apiLogin(context, DEMO_ADMIN);
  await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}

async function getJson<T>(context: BrowserContext, path: string): Promise<T> {
  const res = await context.request.get(path);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

const hasPlace = (l: MapLine) => l.to.lat !== null && l.to.lon !== null;

describe('world map of relations', () => {
  it('shades countries, draws one arc per relation of ours with coordinates, has a legend and a table; zooms to Europe; filters', async () => {
    const { context, page } = await staff('en');
    const data = await getJson<MapData>(context, api('/relations/map'));
    expect(data.own?.name).toBe('Östanviks kommun');
    const mapped = data.lines.filter(hasPlace);
    // The demo: twin towns (Frederikshavn, Słupsk, Pärnu), networks, a university and Almi.
    expect(mapped.length).toBeGreaterThanOrEqual(8);

    await page.goto(`${WS}/register/map`);
    await settle(page);
    await expectText(page.locator('main h1'), 'World map of relations');
    const svg = page.locator('svg.world-map');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toMatch(new RegExp(`lines from Östanviks kommun to ${mapped.length} partners`));
    expect(await svg.locator('path.map-country').count()).toBeGreaterThan(100);
    expect(await svg.locator('path.map-arc').count()).toBe(mapped.length);
    // Sweden has the most relations, so it gets the darkest shade; countries without any the lightest.
    expect(await svg.locator('path.map-country[data-country="SE"]').getAttribute('class')).toContain('choro-5');
    expect(await svg.locator('path.map-country[data-country="BR"]').getAttribute('class')).toContain('choro-0');
    expect(await svg.locator('path.map-arc[data-status="proposed"]').first().getAttribute('stroke-dasharray')).toBeTruthy();

    // Legend: the shading scale (none + five classes), the line colours and styles.
    const shading = page.getByRole('list', { name: 'Relations per country (whole register)' });
    expect(await shading.getByRole('listitem').count()).toBe(6);
    await expectText(page.getByRole('list', { name: 'Line colour: relation type' }), 'Twin town');
    await expectText(page.getByRole('list', { name: 'Line style: status' }), 'Dormant');

    // The table: every relation, with country and type in words.
    const rows = page.locator('#map-table tbody tr');
    expect(await rows.count()).toBe(data.lines.length);
    await expectText(rows.filter({ hasText: 'Frederikshavn Kommune' }), /Denmark\s+Twin town\s+Active/);
    await expectText(rows.filter({ hasText: 'Miasto Słupsk' }), /Poland\s+Twin town\s+Active/);
    await expectText(rows.filter({ hasText: 'Pärnu linn' }), /Estonia\s+Twin town\s+Dormant/);

    const europe = page.getByRole('button', { name: 'Zoom to Europe' });
    expect(await europe.getAttribute('aria-pressed')).toBe('false');
    await europe.click();
    await expect.poll(() => svg.getAttribute('data-view')).toBe('europe');
    expect(await europe.getAttribute('aria-pressed')).toBe('true');
    expect(await svg.locator('path.map-arc').count()).toBe(mapped.length);
    await expectNoAxeViolations(page, 'map, Europe (en)');
    await screenshot(page, 'map-europe', 'en');

    // Filters: only dormant relations (the Pärnu twinning), in the address too.
    await page.getByLabel('Status', { exact: true }).selectOption('dormant');
    const dormant = mapped.filter((l) => l.status === 'dormant').length;
    await expect.poll(() => svg.locator('path.map-arc').count()).toBe(dormant);
    expect(page.url()).toContain('status=dormant');
    await expectText(page.locator('.filters-summary'), `Showing ${data.lines.filter((l) => l.status === 'dormant').length} of ${data.lines.length} relations.`);
    await page.getByLabel('Relation type', { exact: true }).selectOption('network_membership');
    await expect.poll(() => svg.locator('path.map-arc').count()).toBe(0);
    await expectText(page.locator('main'), 'No relation matches the filters.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => svg.locator('path.map-arc').count()).toBe(mapped.length);

    // A partner in the table opens its organisation page.
    const link = page.locator('#map-table').getByRole('link', { name: 'Frederikshavn Kommune' });
    const id = data.lines.find((l) => l.to.name === 'Frederikshavn Kommune')!.to.id;
    expect(await link.getAttribute('href')).toBe(`${WS}/register/organisations/${id}`);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('network graph', () => {
  it('draws the network on a canvas and lists the organisations in a table; filters by type', async () => {
    const { context, page } = await staff('sv');
    const data = await getJson<GraphData>(context, api('/relations/graph'));
    await page.goto(`${WS}/register/graph`);
    await settle(page);
    await expectText(page.locator('main h1'), 'Nätverk av relationer');
    const canvas = page.locator('.graph-canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain(`${data.nodes.length} organisationer och ${data.edges.length} relationer`);
    await expect.poll(() => canvas.locator('canvas').count()).toBeGreaterThan(0);
    const box = await canvas.boundingBox();
    expect(box!.height).toBeGreaterThan(300);

    const rows = page.locator('#graph-nodes tbody tr');
    expect(await rows.count()).toBe(data.nodes.length);
    for (const name of ['Östanviks kommun', 'Frederikshavn Kommune', 'Miasto Słupsk', 'Pärnu linn', 'Högskolan i Gävle', 'Östanviks Sågverk AB']) {
      expect(await rows.filter({ hasText: name }).count(), name).toBe(1);
    }
    // Most relations first: our municipality, marked as such, with its number of relations.
    await expectText(rows.first(), /Östanviks kommun\s+Vår kommun\s+Kommun eller stad\s+Sverige\s+\d+/);
    const own = data.nodes.find((n) => n.isOwn)!;
    expect(await rows.first().locator('a').getAttribute('href')).toBe(`${WS}/register/organisations/${own.id}`);
    await expectText(page.getByRole('list', { name: 'Punkt: typ av organisation' }), 'Universitet eller högskola');

    // Keyboard users reach the table from the link above the canvas.
    await page.getByRole('link', { name: 'Gå till tabellen med organisationer' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('graph-nodes-heading');

    await page.getByLabel('Relationstyp', { exact: true }).selectOption('twin_town');
    const twins = await getJson<GraphData>(context, api('/relations/graph?type=twin_town'));
    await expect.poll(() => rows.count()).toBe(twins.nodes.length);
    expect(twins.edges.length).toBeGreaterThanOrEqual(3);
    await expectText(page.locator('.filters-summary'), `Visar ${twins.nodes.length} organisationer och ${twins.edges.length} relationer.`);
    await expectNoAxeViolations(page, 'graph filtered (sv)');
    expectNoPageProblems(page);
    await context.close();
  });
});

const ANSWERS: { company: string; lang: Lang; browserLang: Lang; partner: string; partnerCountry: string; exportCountry: string; search: string }[] = [
  { company: 'Östanviks Sågverk AB', lang: 'sv', browserLang: 'en', partner: 'Kieler Holzhandel GmbH', partnerCountry: 'DE', exportCountry: 'PL', search: 'pol' },
  { company: 'Kustfisk i Norrland AB', lang: 'da', browserLang: 'sv', partner: 'Tallinna Kalatööstus OÜ', partnerCountry: 'EE', exportCountry: 'LV', search: 'let' },
  { company: 'Åkerströms Mekaniska AB', lang: 'en', browserLang: 'da', partner: 'Gdańsk Maszyny Sp. z o.o.', partnerCountry: 'PL', exportCountry: 'DE', search: 'germ' },
];

const TEXTS: Record<Lang, { title: RegExp; nameError: string; receipt: string; invalid: string }> = {
  sv: { title: /^Enkät: /, nameError: 'Skriv partnerns namn.', receipt: 'Tack – ert svar har tagits emot', invalid: 'Enkäten kan inte öppnas' },
  da: { title: /^Spørgeskema: /, nameError: 'Skriv partnerens navn.', receipt: 'Tak – jeres svar er modtaget', invalid: 'Spørgeskemaet kan ikke åbnes' },
  en: { title: /^Survey: /, nameError: 'Write the name of the partner.', receipt: 'Thank you – your answer has been received', invalid: 'The survey cannot be opened' },
};

/** Answers the survey behind `link` in a browser that has never logged in. */
async function answerAsCompany(link: string, a: (typeof ANSWERS)[number]) {
  const text = TEXTS[a.lang];
  const context = await newContext(browser, a.browserLang);
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await settle(page);
  // The survey's language wins over the browser's.
  await expect.poll(() => htmlLang(page)).toBe(a.lang);
  await expectText(page.locator('main h1'), text.title);
  await expectText(page.locator('main h1'), a.company);
  await expectText(page.locator('.survey-intro'), 'Östanviks kommun (demo)');

  await page.locator('#survey-exports-yes').check();
  await page.locator('#survey-export-countries-search').fill(a.search);
  await page.locator(`#survey-export-countries-${a.exportCountry}`).check();
  await page.locator('#survey-export-countries-search').fill('');
  await page.locator('#survey-export-countries-DK').check();
  expect(await page.locator('#survey-export-countries .chip').count()).toBe(2);
  await page.locator('#survey-imports-no').check();
  await page.locator('#survey-interest-export_advice').check();
  await page.locator('#survey-interest-trade_fairs').check();

  // A partner row without a name first: the server's 422 is shown at the field.
  await page.locator('#survey-add-partner').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('partner-1-name');
  await page.locator('#partner-1-country').selectOption(a.partnerCountry);
  await page.locator('#partner-1-type').selectOption('export_agreement');
  await page.locator('form.survey-form button[type=submit]').click();
  await expectText(page.locator('#partner-1-name-error'), text.nameError);
  expect(await page.locator('#partner-1-name').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#partner-1-name').getAttribute('aria-describedby')).toContain('partner-1-name-error');
  await expectText(page.locator('.error-summary'), text.nameError);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  await expectNoAxeViolations(page, `public survey with errors (${a.lang})`);
  await screenshot(page, 'survey-errors', a.lang);

  // The summary's link takes the focus to the field.
  await page.locator('.error-summary a').first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('partner-1-name');
  await page.locator('#partner-1-name').fill(a.partner);
  await page.locator('#survey-comment').fill('E2E: vi vill växa i Östersjöområdet.');
  await page.locator('#survey-contact-name').fill('Karin Sjöberg');
  await page.locator('#survey-contact-email').fill('karin@example.org');
  await page.locator('form.survey-form button[type=submit]').click();
  await expectText(page.locator('main h1'), text.receipt);
  await expectText(page.locator('.receipt'), a.company);
  await expectNoAxeViolations(page, `survey receipt (${a.lang})`);
  expectNoPageProblems(page);

  // The link is used up: opening it again says so
  await page.goto(new URL(link).pathname);
  await settle(page);
  // (in the language this browser has now chosen: the survey's)
  await expectText(page.locator('main h1'), text.invalid);
  await context.close();
}

describe('inventory survey', () => {
  it('staff invite three companies; each answers in its language without logging in; coverage grows; staff accept and reject proposals', async () => {
    const { context, page } = await staff('en');
    const before = await getJson<Coverage>(context, api('/survey/coverage'));
    const invitationsBefore = (await getJson<{ items: Invitation[] }>(context, api('/survey/invitations'))).items;
    const answeredBefore = new Set(invitationsBefore.filter((i) => i.status === 'answered').map((i) => i.name));

    await page.goto(`${WS}/register/survey`);
    await settle(page);
    await expectText(page.locator('main h1'), 'Survey of local companies');
    await expectText(page.locator('.coverage-text'), `${before.answered} of ${before.localCompanies} local companies have answered.`);

    // No company chosen: the form says so and sends nothing.
    await page.getByRole('button', { name: 'Create survey links' }).click();
    await expectText(page.locator('#survey-companies-error'), 'Choose at least one company.');

    const links = new Map<string, string>();
    for (const a of ANSWERS) {
      await page.getByRole('checkbox', { name: new RegExp(`^${a.company}`) }).check();
      await page.getByLabel('Language of the survey').selectOption(a.lang);
      await page.getByRole('button', { name: 'Create survey links' }).click();
      const field = page.getByLabel(`Survey link for ${a.company}`);
      await expect.poll(() => field.inputValue().catch(() => '')).toContain('/survey/');
      await page.getByRole('button', { name: `Copy link ${a.company}` }).click();
      await expectText(page.locator('.survey-link-row .copy-status'), 'The link has been copied.');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(await field.inputValue());
      links.set(a.company, link);
    }
    const rows = page.locator('#survey-invitations tbody tr');
    for (const a of ANSWERS) await expectText(rows.filter({ hasText: a.company }).first(), 'Sent');
    await expectNoAxeViolations(page, 'survey staff page with new links (en)');

    for (const a of ANSWERS) await answerAsCompany(links.get(a.company)!, a);

    // Back as staff: the answers count, and each named partner is a proposal to review.
    await page.reload();
    await settle(page);
    const expected = before.answered + ANSWERS.filter((a) => !answeredBefore.has(a.company)).length;
    await expectText(page.locator('.coverage-text'), `${expected} of ${before.localCompanies} local companies have answered.`);
    expect(Number(await page.locator('#survey-coverage-meter').getAttribute('value'))).toBe(expected);
    for (const a of ANSWERS) await expectText(rows.filter({ hasText: a.company }).first(), 'Answered');
    const pending = page.locator('#survey-pending tbody tr');
    for (const a of ANSWERS) await expectText(pending.filter({ hasText: a.partner }), a.company);

    // Accept the sawmill's German customer: the relation and the new partner are in the register.
    const first = ANSWERS[0]!;
    await page.getByRole('button', { name: `Accept ${first.partner} for ${first.company}` }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Accepted' }), `Accepted: the relation between ${first.company} and ${first.partner} is now in the register.`);
    const seeRelation = page.getByRole('link', { name: `See the relation at ${first.company}` });
    await seeRelation.waitFor();
    const orgId = (await seeRelation.getAttribute('href'))!.split('/organisations/')[1]!;
    const relations = await getJson<{ items: { type: string; status: string; source: string | null; from: { name: string }; to: { name: string; country: string } }[] }>(
      context,
      api(`/relations?organisationId=${orgId}`),
    );
    const created = relations.items.find((r) => r.to.name === first.partner || r.from.name === first.partner);
    expect(created).toMatchObject({ type: 'export_agreement', status: 'active', source: 'survey', to: { name: first.partner, country: first.partnerCountry } });

    // Reject the next one; both now show among the decided proposals.
    const second = ANSWERS[1]!;
    await page.getByRole('button', { name: `Reject ${second.partner} for ${second.company}` }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Rejected' }), `Rejected: ${second.partner} for ${second.company} was not added.`);
    const decided = page.locator('#survey-decided tbody tr');
    await expectText(decided.filter({ hasText: first.partner }), 'Accepted');
    await expectText(decided.filter({ hasText: second.partner }), 'Rejected');
    expect(await pending.filter({ hasText: first.partner }).count()).toBe(0);
    await expectNoAxeViolations(page, 'survey staff page after decisions (en)');
    await screenshot(page, 'survey-decided', 'en');

    // The accepted relation is on the graph's table too (the new partner is a node).
    await page.goto(`${WS}/register/graph`);
    await settle(page);
    expect(await page.locator('#graph-nodes tbody tr').filter({ hasText: first.partner }).count()).toBe(1);
    expectNoPageProblems(page);
    await context.close();
  });

  it('an unknown link gets a clear message, not a form', async () => {
    const context = await newContext(browser, 'da');
    const page = await context.newPage();
    await page.goto('/survey/this-survey-link-does-not-exist-0000000000');
    await settle(page);
    await expectText(page.locator('main h1'), TEXTS.da.invalid);
    await expectText(page.locator('main'), 'Linket til spørgeskemaet er ugyldigt, udløbet eller allerede brugt.');
    expect(await page.locator('form').count()).toBe(0);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('at 200 % zoom (640 CSS pixels)', () => {
  it.each(['map', 'graph', 'survey'])('register/%s does not scroll sideways', async (name) => {
    const context = await newContext(browser, 'da', { width: 640, height: 900 });
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, 'da');
    const page = await context.newPage();
    await page.goto(`${WS}/register/${name}`);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${name} at 200 % zoom`);
    await screenshot(page, `zoom200-${name}`, 'da');
    expectNoPageProblems(page);
    await context.close();
  });
});
