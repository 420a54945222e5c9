// The start page and the page fixes that came with it, in Swedish, Danish and English: the start
// page's figures (checked against the modules' own lists in the API) with links to those lists,
// what needs the person today, the administration tiles; the world map fitted to the relations;
// whole names on the network graph; the file fields in the interface language, refusing a
// too-large file before sending it; the case desk's settings table; a date in the workspace's
// time zone for a browser elsewhere; the public register's text. Every page passes axe and is
// photographed (e2e/screenshots/*.<lang>.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiGet,
  apiLogin,
  apiSetLocale,
  demoApi,
  e2e,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectText,
  htmlLang,
  LANGS,
  launchBrowser,
  newContext,
  screenshot,
  settle,
  type Lang,
} from './support/browser.ts';
import { DEMO_ADMIN, OTHER_ADMIN, OTHER_PASSWORD } from './support/global-setup.ts';
import sv from '../src/web/i18n/sv.json' with { type: 'json' };
import da from '../src/web/i18n/da.json' with { type: 'json' };
import en from '../src/web/i18n/en.json' with { type: 'json' };
import mapsSv from '../src/web/i18n/maps.sv.json' with { type: 'json' };
import mapsDa from '../src/web/i18n/maps.da.json' with { type: 'json' };
import mapsEn from '../src/web/i18n/maps.en.json' with { type: 'json' };
import casesSv from '../src/web/i18n/cases.sv.json' with { type: 'json' };
import casesDa from '../src/web/i18n/cases.da.json' with { type: 'json' };
import casesEn from '../src/web/i18n/cases.en.json' with { type: 'json' };
import importsSv from '../src/web/i18n/imports.sv.json' with { type: 'json' };
import importsDa from '../src/web/i18n/imports.da.json' with { type: 'json' };
import importsEn from '../src/web/i18n/imports.en.json' with { type: 'json' };
import referralsSv from '../src/web/i18n/referrals.sv.json' with { type: 'json' };
import referralsDa from '../src/web/i18n/referrals.da.json' with { type: 'json' };
import referralsEn from '../src/web/i18n/referrals.en.json' with { type: 'json' };
import mailSv from '../src/web/i18n/mail.sv.json' with { type: 'json' };
import mailDa from '../src/web/i18n/mail.da.json' with { type: 'json' };
import mailEn from '../src/web/i18n/mail.en.json' with { type: 'json' };
import privacySv from '../src/web/i18n/privacy.sv.json' with { type: 'json' };
import privacyDa from '../src/web/i18n/privacy.da.json' with { type: 'json' };
import privacyEn from '../src/web/i18n/privacy.en.json' with { type: 'json' };

const WS = '/w/demo-ostanvik';
const OFFICER = 'erik.oberg@ostanvik.example';
const CORE = { sv, da, en };
const MAPS = { sv: mapsSv.maps, da: mapsDa.maps, en: mapsEn.maps };
const CASES = { sv: casesSv.cases, da: casesDa.cases, en: casesEn.cases };
const IMPORTS = { sv: importsSv.imports, da: importsDa.imports, en: importsEn.imports };
const REFERRALS = { sv: referralsSv.referrals, da: referralsDa.referrals, en: referralsEn.referrals };
const MAIL = { sv: mailSv.mail, da: mailDa.mail, en: mailEn.mail };
const PRIVACY = { sv: privacySv.privacy, da: privacyDa.privacy, en: privacyEn.privacy };
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const INTL: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const MB = 1024 * 1024;

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
/** A plural message as i18next picks it for sv, da and en (one and other). */
const plural = (forms: Record<string, string>, key: string, count: number) => forms[`${key}_${count === 1 ? 'one' : 'other'}`]!;

interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  receivedAt: string;
}
interface Overview {
  today: string;
  timeZone: string;
  register: { organisations: number; people: number; relations: number; relationTypes: { type: string; labels: Record<string, string> | null; count: number }[]; otherRelations: number };
  cases: { open: number; overdue: number; dueToday: number; unassigned: number; receivedThisMonth: number; mine: { open: number; overdue: number; dueToday: number }; myCases: CaseSummary[]; nearestDeadlines: CaseSummary[] } | null;
  imports: { id: string; filename: string | null; status: string }[] | null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loggedIn(lang: Lang, email = DEMO_ADMIN, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, lang, viewport);
  const csrf = await apiLogin(context, email);
  await apiSetLocale(context, csrf, lang);
  return { context, csrf, page: await context.newPage() };
}

async function check(page: Page, name: string, lang: Lang) {
  await settle(page);
  expect(await htmlLang(page)).toBe(lang);
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
  expectNoPageProblems(page);
}

/** How many items a list route of the demo answers (all on one page). */
const listed = async (context: BrowserContext, path: string) => (await apiGet<{ items: unknown[]; nextCursor?: string | null }>(context, path)).items.length;

describe.each(LANGS)('the start page in %s', (lang) => {
  const t = CORE[lang];
  const s = t.start;

  it('shows the register’s and the desk’s figures as the API counts them, each a link to its list; modules not built yet say so', async () => {
    const { context, page } = await loggedIn(lang);
    const overview = await apiGet<Overview>(context, '/overview');
    // The figures agree with the modules' own lists.
    expect(overview.register.organisations).toBe((await apiGet<{ total: number }>(context, '/organisations?limit=1')).total);
    expect(overview.register.people).toBe(await listed(context, '/people?limit=200'));
    expect(overview.register.relations).toBe(await listed(context, '/relations?limit=1000'));
    expect(overview.register.organisations).toBeGreaterThan(10);
    const cases = overview.cases!;
    expect(cases.open).toBe(await listed(context, '/cases?open=true&limit=200'));
    expect(cases.overdue).toBe(await listed(context, '/cases?overdue=true&limit=200'));
    expect(cases.overdue).toBeGreaterThan(0);
    const top = overview.register.relationTypes[0]!;
    expect(top.count).toBe(await listed(context, `/relations?type=${top.type}&limit=1000`));

    await page.goto(WS);
    await settle(page);
    const register = page.getByRole('list', { name: s.register.figures });
    const figure = async (list: typeof register, href: string) => (await list.locator(`a[href="${href}"]`).innerText()).replace(/\s+/g, ' ').trim();
    expect(await figure(register, `${WS}/register`)).toBe(`${overview.register.organisations} ${plural(s.register, 'organisations', overview.register.organisations)}`);
    expect(await figure(register, `${WS}/register/people`)).toBe(`${overview.register.people} ${plural(s.register, 'people', overview.register.people)}`);
    expect(await figure(register, `${WS}/register/graph`)).toBe(`${overview.register.relations} ${plural(s.register, 'relations', overview.register.relations)}`);
    const types = page.getByRole('list', { name: s.register.byType });
    expect(await types.getByRole('link').count()).toBe(overview.register.relationTypes.length);
    await expectText(types.locator(`a[href="${WS}/register/graph?type=${top.type}"]`), String(top.count));

    const desk = page.getByRole('list', { name: s.cases.figures });
    expect(await figure(desk, `${WS}/cases?status=open`)).toBe(`${cases.open} ${plural(s.cases, 'open', cases.open)}`);
    expect(await figure(desk, `${WS}/cases?deadline=overdue`)).toBe(`${cases.overdue} ${plural(s.cases, 'overdue', cases.overdue)}`);
    await expectText(desk, `${cases.receivedThisMonth} ${plural(s.cases, 'receivedThisMonth', cases.receivedThisMonth)}`);
    // Only the modules not built yet are "coming soon".
    expect(await page.locator('main .badge').count()).toBe(2);
    for (const m of ['register', 'projects', 'cases'] as const) {
      const tile = page.locator('li.tile').filter({ has: page.getByRole('link', { name: t.modules[m].title, exact: true }) });
      expect(await tile.locator('.badge').count()).toBe(0);
    }
    for (const m of ['goals', 'events'] as const) {
      await expectText(page.locator('li.tile').filter({ has: page.getByRole('link', { name: t.modules[m].title, exact: true }) }), t.modules.comingSoon);
    }
    // The administrator has no case assigned; the desk's nearest deadlines come in the API's order, overdue first.
    await expectText(page.locator('.today'), s.today.mineEmpty);
    const nearest = page.getByRole('list', { name: s.today.nearest });
    expect((await nearest.locator('.today-ref').allInnerTexts()).map((x) => x.trim())).toEqual(cases.nearestDeadlines.map((c) => c.reference));
    await check(page, 'start', lang);

    // The overdue figure opens the case list filtered to overdue cases: the same number of rows.
    await page.locator(`a[href="${WS}/cases?deadline=overdue"]`).click();
    await page.waitForURL(`**${WS}/cases?deadline=overdue`);
    await settle(page);
    await expect.poll(() => page.locator('table.case-table tbody tr').count()).toBe(cases.overdue);
    await context.close();
  });

  it('has a tile for every administration page, and each opens it', async () => {
    const { context, page } = await loggedIn(lang);
    await page.goto(WS);
    await settle(page);
    // The start page's list of tiles (the navigation has an "Administration" list too).
    const tiles = page.locator('main').getByRole('list', { name: t.nav.admin });
    const expected: [string, string][] = [
      [`${WS}/admin/users`, t.nav.users],
      [`${WS}/admin/audit`, t.nav.audit],
      [`${WS}/admin/outbox`, MAIL[lang].nav],
      [`${WS}/admin/retention`, PRIVACY[lang].nav.retention],
      [`${WS}/admin/privacy`, PRIVACY[lang].nav.requests],
      [`${WS}/admin/case-routing`, REFERRALS[lang].nav.rules],
      [`${WS}/cases/settings`, CASES[lang].settings.title],
    ];
    const links = tiles.getByRole('link');
    expect(await links.count()).toBe(expected.length);
    for (const [i, [href, name]] of expected.entries()) {
      expect(await links.nth(i).getAttribute('href')).toBe(href);
      expect((await links.nth(i).innerText()).trim()).toBe(name);
    }
    // Each tile opens its page: neither "not found" nor "no access" for an administrator.
    for (const [href] of expected) {
      await page.locator(`a.tile-link[href="${href}"]`).click();
      await page.waitForURL(`**${href}`);
      await settle(page);
      const h1 = (await page.locator('main h1').innerText()).trim();
      expect([t.notFound.title, t.errors.forbiddenTitle], href).not.toContain(h1);
      await page.goBack();
      await settle(page);
    }
    await context.close();
  });

  it('reads well for a new workspace with nothing in it', async () => {
    // The other municipality has no register, cases or imports. Its admin keeps no saved language
    // (other files expect that), so the browser's language is the page's.
    const context = await newContext(browser, lang);
    await apiLogin(context, OTHER_ADMIN, OTHER_PASSWORD);
    const overview = (await (await context.request.get(`/api/w/${e2e().otherWorkspaceId}/overview`)).json()) as Overview;
    expect(overview.register.organisations).toBe(0);
    expect(overview.cases).toMatchObject({ open: 0, receivedThisMonth: 0, nearestDeadlines: [] });
    const page = await context.newPage();
    await page.goto('/w/other');
    await settle(page);
    await expectText(page.locator('main'), s.register.empty);
    await expectText(page.locator('main'), s.cases.empty);
    await expectText(page.locator('.today'), s.today.mineEmpty);
    await expectText(page.locator('.today'), s.today.nearestEmpty);
    expect(await page.locator(`main a[href="/w/other/register/organisations/new"]`).count()).toBe(1);
    expect(await page.locator(`main a[href="/w/other/cases/new"]`).count()).toBe(1);
    await check(page, 'start-empty', lang);
    await context.close();
  });

  it('lists an officer’s own open cases, overdue first, and an import left half way', async () => {
    const { context, csrf, page } = await loggedIn(lang, OFFICER);
    // An uploaded import the officer has not run: the start page offers to continue it.
    const name = `halvvags-${lang}-${Date.now()}.csv`;
    const upload = await context.request.post(demoApi(`/imports?kind=organisations&filename=${name}`), {
      headers: { 'x-csrf-token': csrf, 'content-type': 'text/csv' },
      data: Buffer.from('Name,Country\nHalvvägs AB,SE\n'),
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const importId = ((await upload.json()) as { id: string }).id;
    try {
      const overview = await apiGet<Overview>(context, '/overview');
      const watch = await apiGet<{ mine: { open: number; overdue: number } }>(context, '/case-deadlines');
      const mine = overview.cases!.mine;
      expect(mine.open).toBe(watch.mine.open);
      expect(mine.open).toBeGreaterThan(0);
      expect(overview.imports!.map((i) => i.id)).toContain(importId);

      await page.goto(WS);
      await settle(page);
      await expectText(page.locator('.today'), fill(plural(s.today, 'mineOpen', mine.open), { n: mine.open }));
      const list = page.getByRole('list', { name: s.today.mine });
      const refs = (await list.locator('.today-ref').allInnerTexts()).map((x) => x.trim());
      expect(refs).toEqual(overview.cases!.myCases.map((c) => c.reference));
      // Overdue first: no case that is not overdue comes before one that is.
      const overdue = overview.cases!.myCases.map((c) => c.overdue);
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
      expect(await page.locator(`a[href="${WS}/cases?status=open&assignee=me"]`).count()).toBeGreaterThan(0);
      const link = page.locator(`.today a[href="${WS}/register/import/${importId}"]`);
      await expectText(link, name);
      // An officer is no administrator: no administration tiles.
      expect(await page.locator('main').getByRole('list', { name: t.nav.admin }).count()).toBe(0);
      await check(page, 'start-officer', lang);
      await link.click();
      await page.waitForURL(`**/register/import/${importId}`);
      await settle(page);
    } finally {
      expect((await context.request.delete(demoApi(`/imports/${importId}`), { headers: { 'x-csrf-token': csrf } })).status()).toBe(204);
      await context.close();
    }
  });
});

describe.each(LANGS)('map, graph, file fields, settings and dates in %s', (lang) => {
  const t = CORE[lang];

  it('opens the world map fitted to the relations, all in Europe, and zooms out to the whole world', async () => {
    const { context, page } = await loggedIn(lang);
    const data = await apiGet<{ lines: { to: { lat: number | null; lon: number | null } }[] }>(context, '/relations/map');
    const mapped = data.lines.filter((l) => l.to.lat !== null && l.to.lon !== null).length;
    await page.goto(`${WS}/register/map`);
    await settle(page);
    const svg = page.locator('svg.world-map');
    expect(await svg.getAttribute('data-view')).toBe('fit');
    const m = MAPS[lang].map;
    expect(await page.getByRole('button', { name: m.zoomFit }).getAttribute('aria-pressed')).toBe('true');
    // The partners' points and our star spread over the picture, every one inside it.
    const spread = async () =>
      page.evaluate(() => {
        const svgEl = document.querySelector('svg.world-map') as SVGSVGElement;
        const [, , w, h] = svgEl.getAttribute('viewBox')!.split(' ').map(Number);
        const pts = [...svgEl.querySelectorAll('circle.map-point')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
        const xs = pts.map((p) => p[0]!);
        const ys = pts.map((p) => p[1]!);
        const inside = pts.every(([x, y]) => x! >= 0 && x! <= w! && y! >= 0 && y! <= h!);
        return { n: pts.length, inside, x: (Math.max(...xs) - Math.min(...xs)) / w!, y: (Math.max(...ys) - Math.min(...ys)) / h! };
      });
    const fitted = await spread();
    // A point is drawn only inside the picture: every partner's point is there.
    expect(fitted.n).toBe(mapped);
    expect(fitted.n).toBeGreaterThanOrEqual(8);
    expect(fitted.inside).toBe(true);
    expect(Math.max(fitted.x, fitted.y), 'the relations fill the fitted map').toBeGreaterThan(0.5);
    // With a margin: nothing on the very edge.
    expect(Math.max(fitted.x, fitted.y)).toBeLessThan(0.95);
    await check(page, 'map-fitted', lang);

    await page.getByRole('button', { name: m.zoomWorld }).click();
    await expect.poll(() => svg.getAttribute('data-view')).toBe('world');
    expect(await page.getByRole('button', { name: m.zoomWorld }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: m.zoomFit }).getAttribute('aria-pressed')).toBe('false');
    const world = await spread();
    expect(world.n).toBe(mapped);
    expect(Math.max(world.x, world.y), 'zoomed out, the same relations take a small part of the world').toBeLessThan(Math.max(fitted.x, fitted.y) / 2);
    await context.close();
  });

  it('writes whole names on the network graph, inside its box, and names the organisation under the pointer', async () => {
    const { page } = await loggedIn(lang);
    await page.goto(`${WS}/register/graph`);
    await settle(page);
    const canvas = page.locator('.graph-canvas');
    await canvas.waitFor();
    await expect.poll(() => page.evaluate(() => Boolean((document.querySelector('.graph-canvas') as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy))).toBe(true);
    const labels = await page.evaluate(() => {
      type Box = { x1: number; x2: number; y1: number; y2: number };
      type Node = { data(k: string): string; style(k: string): string; renderedBoundingBox(o: object): Box; renderedPosition(): { x: number; y: number } };
      const el = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: { nodes(): { map<T>(f: (n: Node) => T): T[] } } } };
      return el._cyreg.cy.nodes().map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: true, includeEdges: false });
        return { name: n.data('label'), label: n.style('label'), wrap: n.style('text-wrap'), inside: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= el.clientWidth && b.y2 <= el.clientHeight, at: n.renderedPosition() };
      });
    });
    expect(labels.length).toBeGreaterThan(10);
    for (const l of labels) {
      expect(l.wrap, l.name).toBe('wrap');
      expect(l.label, 'the whole name, not cut').toBe(l.name);
      expect(l.inside, `${l.name}'s label inside the graph's box`).toBe(true);
    }
    const long = labels.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + long.at.x, box.y + long.at.y, { steps: 5 });
    await expect.poll(() => canvas.getAttribute('title')).toBe(long.name);
    await page.mouse.move(box.x + 2, box.y + 2);
    await check(page, 'graph-labels', lang);
    await page.context().close();
  });

  it('has file fields in the interface language that state the limit and refuse a too-large file before sending it', async () => {
    const { page } = await loggedIn(lang);
    const ff = t.fileField;
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/imports|\/attachments/.test(r.url())) posts.push(r.url());
    });
    const mb = (n: number) => new Intl.NumberFormat(INTL[lang], { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(n);

    await page.goto(`${WS}/register/import`);
    await settle(page);
    const field = page.locator('.file-field');
    await expectText(field.locator('.file-field-button'), ff.choose);
    await expectText(field.locator('.file-field-name'), ff.none);
    await expectText(page.locator('#import-file-hint'), fill(ff.limit, { limit: mb(20) }));
    // The native control is there for the keyboard and screen readers, named by the field's label.
    const input = page.getByLabel(IMPORTS[lang].upload.file, { exact: true });
    expect(await input.getAttribute('type')).toBe('file');
    await input.focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    await input.setInputFiles({ name: 'stor-lista.csv', mimeType: 'text/csv', buffer: Buffer.alloc(20 * MB + 1, 0x41) });
    await expectText(page.locator('#import-file-error'), fill(ff.tooLarge, { name: 'stor-lista.csv', size: mb(21), limit: mb(20) }));
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toContain('import-file-error');
    await expectText(field.locator('.file-field-name'), ff.none);
    await check(page, 'file-too-large', lang);
    // A file within the limit is taken: its name and size are shown, the error goes.
    await input.setInputFiles({ name: 'liten.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Country\nLiten AB,SE\n') });
    await expectText(field.locator('.file-field-name'), 'liten.csv');
    expect(await page.locator('#import-file-error').count()).toBe(0);
    await expectText(field.locator('.file-field-button'), ff.chooseAnother);

    // The case attachments: 10 MB.
    const list = await apiGet<{ items: CaseSummary[] }>(page.context(), '/cases?sort=received&limit=1');
    await page.goto(`${WS}/cases/${list.items[0]!.id}`);
    await settle(page);
    const attach = page.getByLabel(CASES[lang].attachments.file, { exact: true });
    await expectText(page.locator('#case-attachment-file-hint'), fill(ff.limit, { limit: mb(10) }));
    await attach.setInputFiles({ name: 'skannat.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * MB + 1, 0x25) });
    await expectText(page.locator('#case-attachment-file-error'), fill(ff.tooLarge, { name: 'skannat.pdf', size: mb(11), limit: mb(10) }));
    await page.getByRole('button', { name: CASES[lang].attachments.submit, exact: true }).click();
    await expectNoAxeViolations(page, `case attachment refused (${lang})`);
    expect(posts, 'nothing was sent').toEqual([]);
    await page.context().close();
  });

  it('shows the case desk’s categories with whole words and the unit once, in the column header', async () => {
    const { context, page } = await loggedIn(lang);
    const vocab = await apiGet<{ categories: { code: string; responseDays: number }[] }>(context, '/case-vocabularies');
    await page.goto(`${WS}/cases/settings`);
    await settle(page);
    const c = CASES[lang].settings;
    const table = page.getByRole('table', { name: c.categories });
    await expectText(table.locator('thead'), c.responseDays);
    // Each cell holds the number alone; the unit is not repeated in every row.
    const days = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]!.textContent!.trim()));
    expect(days).toEqual(vocab.categories.map((x) => String(x.responseDays)));
    // No word in a name breaks across lines, at this width or a narrow one.
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 800 });
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const th of document.querySelectorAll('table th[scope="row"]')) {
          const text = th.firstChild?.nodeType === Node.TEXT_NODE ? th.firstChild : th.childNodes[0];
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          const value = text.textContent ?? '';
          let at = 0;
          for (const word of value.split(' ')) {
            const start = value.indexOf(word, at);
            at = start + word.length;
            if (!word) continue;
            const range = document.createRange();
            range.setStart(text, start);
            range.setEnd(text, start + word.length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) out.push(word);
          }
        }
        return out;
      });
      expect(broken, `words broken in the middle at ${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await check(page, 'cases-settings-table', lang);
    await context.close();
  });

  it('shows a case’s time in the workspace’s zone, and names the zone, for a browser in another zone', async () => {
    const setup = await loggedIn(lang);
    const list = await apiGet<{ items: CaseSummary[] }>(setup.context, '/cases?sort=received&limit=1');
    const c = list.items[0]!;
    await setup.context.close();
    const at = new Date(c.receivedAt);
    // A browser zone in which that instant falls on another calendar day than in Stockholm.
    const stockholmHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(at));
    const elsewhere = stockholmHour < 12 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
    const day = (timeZone: string) => new Intl.DateTimeFormat(INTL[lang], { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at);
    expect(day('Europe/Stockholm')).not.toBe(day(elsewhere));

    const context = await browser.newContext({ baseURL: e2e().baseURL, locale: INTL[lang], timezoneId: elsewhere, viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    context.on('page', (p) => p.on('pageerror', (err) => errors.push(err.message)));
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, lang);
    const page = await context.newPage();
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(elsewhere);
    await page.goto(`${WS}/cases/${c.id}`);
    await settle(page);
    const received = page.locator('.reg-details-row').filter({ has: page.locator('dt', { hasText: exactly(CASES[lang].fields.received) }) }).locator('dd');
    const time = new Intl.DateTimeFormat(INTL[lang], { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(at);
    await expectText(received, day('Europe/Stockholm'));
    await expectText(received, time);
    // The zone is named, as the reader's clocks show another time.
    await expectText(received, /CET|CEST|GMT\+1|GMT\+2|MEZ|MESZ/);
    expect(await received.innerText()).not.toContain(day(elsewhere));
    await check(page, 'case-time-zone', lang);
    expect(errors).toEqual([]);
    // The start page says which zone dates are in.
    await page.goto(WS);
    await settle(page);
    await expectText(page.locator('#start-zone'), 'Europe/Stockholm');
    await context.close();
  });

  it('gives the public register’s lead and its note on personal data their own paragraphs with room between them', async () => {
    const context = await newContext(browser, lang);
    const page = await context.newPage();
    await page.goto('/public/demo-ostanvik/cases');
    await settle(page);
    const lead = page.locator('.page-lead');
    const note = page.locator('.public-register-note');
    await expectText(lead, REFERRALS[lang].register.intro);
    await expectText(note, REFERRALS[lang].register.masking.slice(0, 20));
    const gap = (await note.boundingBox())!.y - ((await lead.boundingBox())!.y + (await lead.boundingBox())!.height);
    expect(gap, 'space between the lead and the note').toBeGreaterThanOrEqual(12);
    await check(page, 'public-register', lang);
    await context.close();
  });
});
