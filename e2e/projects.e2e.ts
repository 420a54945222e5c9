// The project portfolio as people use it, in Swedish, Danish and English: an officer starts a
// project (the server's messages at the fields of an empty form), adds a partner from the register
// and one from the partner search opened from the project ("Add to {acronym}"), changes a role,
// moves the project from idea to closed with dates (a future date refused at its field), sees the
// history, finds the partnership on the organisation's page in the register, removes a partner
// after a question; a rejected project is reopened as a new idea; the list's status tabs, filters,
// sort and pages live in the address; a viewer reads without ways to change; administrators keep
// the workspace's own programmes beside the EU catalogue; the start page counts the portfolio.
// Every page passes axe and is photographed (e2e/screenshots/projects-*.<lang>.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  apiGet,
  apiLogin,
  apiPost,
  apiSetLocale,
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
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/projects.sv.json' with { type: 'json' };
import da from '../src/web/i18n/projects.da.json' with { type: 'json' };
import en from '../src/web/i18n/projects.en.json' with { type: 'json' };
import registerSv from '../src/web/i18n/register.sv.json' with { type: 'json' };
import registerDa from '../src/web/i18n/register.da.json' with { type: 'json' };
import registerEn from '../src/web/i18n/register.en.json' with { type: 'json' };
import coreSv from '../src/web/i18n/sv.json' with { type: 'json' };
import coreDa from '../src/web/i18n/da.json' with { type: 'json' };
import coreEn from '../src/web/i18n/en.json' with { type: 'json' };
import { t as serverText } from '../src/server/i18n/messages.ts';

const OFFICER = 'asa.ek@ostanvik.example';
const VIEWER = 'lars.angstrom@ostanvik.example';
const WS = '/w/demo-ostanvik';
const PROJECTS = `${WS}/projects`;
const T: Record<Lang, typeof en.projects> = { sv: sv.projects, da: da.projects, en: en.projects };
const REG: Record<Lang, typeof registerEn.register> = { sv: registerSv.register, da: registerDa.register, en: registerEn.register };
const CORE = { sv: coreSv, da: coreDa, en: coreEn };
const stamp = Date.now().toString(36).slice(-5);
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
const plural = (forms: Record<string, string>, key: string, count: number) => forms[`${key}_${count === 1 ? 'one' : 'other'}`]!;

interface Summary {
  id: string;
  acronym: string;
  status: string;
}
interface ProjectPage {
  items: Summary[];
  total: number;
  statusCounts: Record<string, number>;
}
interface Project extends Summary {
  version: number;
  partners: { id: string; role: string; organisation: { id: string; name: string }; relationId: string | null }[];
  history: { toStatus: string; changedOn: string }[];
}
interface Programme {
  id: string;
  own: boolean;
  code: string | null;
  name: string;
  eligibleNuts: string[];
  projectCount: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Staff in `lang`. Only the officer's saved language is set (no other journey uses that account);
 * the viewer follows the browser's language, as the case-desk and profile journeys expect of them.
 */
async function loggedIn(lang: Lang, email = OFFICER, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, lang, viewport);
  const csrf = await apiLogin(context, email);
  if (email !== VIEWER) await apiSetLocale(context, csrf, lang);
  return { context, csrf, page: await context.newPage() };
}

/** Settles, checks the language, runs axe and writes the screenshot. */
async function check(page: Page, name: string, lang: Lang) {
  await settle(page);
  expect(await htmlLang(page)).toBe(lang);
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
}

/** Types into a search-as-you-type picker and chooses the option. */
async function pick(page: Page, input: Locator, text: string, option: string | RegExp) {
  await input.focus();
  await input.pressSequentially(text, { delay: 20 });
  const choice = page.getByRole('option', { name: option }).first();
  await choice.waitFor();
  await choice.click();
}

/** The page's message about what was just done (a polite live region, see LiveStatus). */
const flash = (page: Page) => page.locator('main [role="status"].alert--success');
const statusText = (page: Page) => page.locator('.pf-facts .pf-status').first().innerText();
const partnerRows = (page: Page) => page.locator('table.pf-partners tbody tr');
const workspaceToday = async (context: BrowserContext) => (await apiGet<{ today: string }>(context, '/overview')).today;

/** Opens the move `to`, checks its date, optionally writes a note, submits and waits for the new status. */
async function move(page: Page, lang: Lang, to: keyof typeof en.projects.status, note?: string) {
  const t = T[lang];
  await page.locator('.pf-actions').getByRole('button', { name: t.move[to], exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (note) await dialog.getByLabel(t.move.note).fill(note);
  await dialog.locator('button[type="submit"]').click();
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => statusText(page)).toBe(t.status[to]);
  // Focus is on the heading of the next steps, not lost with the button that went away.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pf-actions-heading');
}

describe.each(LANGS)('project portfolio in %s', (lang) => {
  const t = T[lang];
  const reg = REG[lang];
  const acronym = `E2E-${lang.toUpperCase()}-${stamp}`;
  const title = `E2E ${lang}: Grön energi i Öresund-Kattegat-Skagerrak`;
  let context: BrowserContext;
  let page: Page;
  let csrf = '';
  let projectUrl = '';

  beforeAll(async () => {
    ({ context, page, csrf } = await loggedIn(lang));
  });
  afterAll(async () => {
    expectNoPageProblems(page);
    await context?.close();
  });

  it('starts a project: the empty form is refused at its fields, then it opens as an idea', async () => {
    await page.goto(PROJECTS);
    await check(page, 'projects', lang);
    await expectText(page.locator('main h1'), t.list.title);
    const tabs = page.getByRole('navigation', { name: t.nav.label });
    expect(await tabs.getByRole('link', { name: t.nav.list, exact: true }).getAttribute('aria-current')).toBe('page');
    await tabs.getByRole('link', { name: t.nav.new, exact: true }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.new.title);
    // Focus moved to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('button', { name: t.new.submit }).click();
    await page.locator('#pf-acronym-error').waitFor();
    await page.locator('#pf-title-error').waitFor();
    expect(await page.locator('#pf-acronym').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pf-acronym').getAttribute('aria-describedby')).toContain('pf-acronym-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await check(page, 'projects-new-errors', lang);
    await page.locator('.error-summary a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pf-acronym');

    await page.locator('#pf-acronym').fill(acronym);
    await page.locator('#pf-title').fill(title);
    await page.locator('#pf-summary').fill('Havsvind, vätgas och laddning i små hamnar, med danska och svenska partner.');
    await page.locator('#pf-programme').selectOption({ label: fill(t.form.programmeOption, { name: 'Interreg Öresund-Kattegat-Skagerrak 2021–2027', fund: t.fund.interreg, start: 2021, end: 2027 }) });
    await page.locator('#pf-our-role').selectOption('lead_partner');
    await page.locator('#pf-start').fill('2026-09-01');
    await page.locator('#pf-end').fill('2029-08-31');
    await page.locator('#pf-theme-po2').check();
    await page.locator('#pf-sdg-7').check();
    await page.getByRole('button', { name: t.new.submit }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = new URL(page.url()).pathname;
    await settle(page);
    await expectText(page.locator('main h1'), fill(t.project.title, { acronym, title }));
    await expectText(flash(page), fill(t.new.created, { acronym }));
    expect(await statusText(page)).toBe(t.status.idea);
    await expectText(page.locator('.pf-facts'), t.ourRole.lead_partner);
    await expectText(page.locator('.pf-facts'), 'Interreg Öresund-Kattegat-Skagerrak 2021–2027');
    await expectText(page.locator('.pf-history'), fill(t.history.created, { status: t.status.idea }));
    await expectText(page.locator('main'), t.partners.empty);
    await check(page, 'project', lang);
  });

  it('adds a partner from the register and one from the partner search, and changes a role', async () => {
    await page.goto(projectUrl);
    await settle(page);
    // Adding without choosing says what is missing.
    await page.getByRole('button', { name: t.partners.addButton, exact: true }).click();
    await expectText(page.locator('.reg-subform .reg-picker .field-error'), t.partners.pickOrganisation);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pf-partner-org');
    await pick(page, page.locator('#pf-partner-org'), 'Frederikshavn', 'Frederikshavn Kommune');
    await page.getByRole('button', { name: t.partners.addButton, exact: true }).click();
    await expect.poll(() => partnerRows(page).count()).toBe(1);
    const frederikshavn = partnerRows(page).filter({ hasText: 'Frederikshavn Kommune' });
    await expectText(frederikshavn, t.partnerRole.partner);
    await expectText(frederikshavn, lang === 'en' ? 'Denmark' : 'Danmark');
    await expectText(frederikshavn, 'DK050');
    await expectText(flash(page), fill(t.partners.added, { name: 'Frederikshavn Kommune', acronym }));

    // "Find partners": the register's partner search with the programme's area, searched at once.
    await page.getByRole('link', { name: t.partners.find }).click();
    await page.waitForURL(/\/register\/partners\?project=/);
    expect(page.url()).toContain('nuts=DK05');
    await settle(page);
    await expectText(page.locator('.pf-search-banner'), fill(t.partnerSearch.for, { acronym, title }));
    // The project's theme and the programme's area: the partner already in the project says so.
    expect(await page.locator('#partner-theme-po2').isChecked()).toBe(true);
    const hits = page.locator('.partner-hit');
    await hits.first().waitFor();
    const already = hits.filter({ hasText: 'Frederikshavn Kommune' });
    await expectText(already, fill(t.partnerSearch.already, { acronym, role: t.partnerRole.partner.toLocaleLowerCase() }));
    // Without the theme, the whole area: the sawmill in Nordjylland comes up too.
    await page.locator('#partner-theme-po2').uncheck();
    await page.getByRole('button', { name: REG[lang].partners.submit }).click();
    const sawmill = hits.filter({ hasText: 'Nordjysk Træ A/S' });
    await sawmill.getByRole('button', { name: new RegExp(`^${fill(t.partnerSearch.add, { acronym }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expectText(sawmill, fill(t.partnerSearch.already, { acronym, role: t.partnerRole.partner.toLocaleLowerCase() }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('pf-add-hit-done'))).toBe(true);
    await check(page, 'projects-partner-search', lang);

    await page.locator('.pf-search-banner').getByRole('link', { name: fill(t.partnerSearch.back, { acronym }) }).click();
    await settle(page);
    await expect.poll(() => partnerRows(page).count()).toBe(2);

    // The sawmill leads the partnership.
    const row = partnerRows(page).filter({ hasText: 'Nordjysk Træ A/S' });
    await row.getByRole('button', { name: new RegExp(`^${t.partners.changeRole}`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel(t.partners.role).selectOption('lead');
    await expectNoAxeViolations(page, `partner role dialog (${lang})`);
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(row, t.partnerRole.lead);
    await check(page, 'project-partners', lang);
  });

  it('moves the project from idea to closed, dated, and keeps every step in the history', async () => {
    await page.goto(projectUrl);
    await settle(page);
    const today = await workspaceToday(context);
    // A date in the future is refused at its field, in the page's language.
    await page.locator('.pf-actions').getByRole('button', { name: t.move.in_preparation, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('#move-on').inputValue()).toBe(today);
    await dialog.locator('#move-on').fill('2099-01-01');
    await dialog.locator('button[type="submit"]').click();
    await expectText(dialog.locator('#move-on-error'), serverText(lang, 'field.date_in_future'));
    expect(await dialog.locator('#move-on').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, `move dialog with an error (${lang})`);
    await screenshot(page, 'project-move-error', lang);
    await dialog.locator('#move-on').fill(today);
    await dialog.getByLabel(t.move.note).fill('E2E: vi skriver ansökan tillsammans med Nordjysk Træ.');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => statusText(page)).toBe(t.status.in_preparation);

    await move(page, lang, 'submitted', 'E2E: ansökan inlämnad i Jems.');
    await move(page, lang, 'approved');
    // Withdrawing is offered beside the way forward.
    expect(await page.locator('.pf-actions').getByRole('button', { name: t.move.withdrawn, exact: true }).count()).toBe(1);
    await move(page, lang, 'contracted');
    await move(page, lang, 'running');
    await move(page, lang, 'final_report');
    await move(page, lang, 'closed', 'E2E: slutrapporten godkänd.');
    await expectText(page.locator('.pf-actions'), t.move.none);

    const history = page.locator('.pf-history');
    for (const s of ['in_preparation', 'submitted', 'approved', 'contracted', 'running', 'final_report', 'closed'] as const) {
      await expectText(history, t.status[s]);
    }
    await expectText(history, 'E2E: ansökan inlämnad i Jems.');
    expect(await history.locator('li').count()).toBe(8);
    expect(await history.locator('time').first().getAttribute('datetime')).toBe(today);
    await check(page, 'project-closed', lang);
  });

  it('shows the partnership on the partner’s page in the register, and removes a partner after a question', async () => {
    await page.goto(projectUrl);
    await settle(page);
    await partnerRows(page).filter({ hasText: 'Nordjysk Træ A/S' }).getByRole('link', { name: 'Nordjysk Træ A/S' }).click();
    await settle(page);
    await expectText(page.locator('main h1'), 'Nordjysk Træ A/S');
    const relation = page.locator('#relations-heading ~ .table-wrap tbody tr').filter({ hasText: reg.relationTypes.eu_project_partnership }).filter({ hasText: 'Östanviks kommun' });
    await expect.poll(() => relation.count()).toBeGreaterThan(0);
    // The project is closed: so is the partnership it made.
    await expectText(relation.first(), reg.statuses.ended);
    await expectNoAxeViolations(page, `partner's organisation page (${lang})`);
    await screenshot(page, 'projects-partner-organisation', lang);

    await page.goBack();
    await settle(page);
    const row = partnerRows(page).filter({ hasText: 'Frederikshavn Kommune' });
    await row.getByRole('button', { name: new RegExp(`^${t.partners.remove}`) }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectText(confirm, fill(t.partners.removeText, { name: 'Frederikshavn Kommune', acronym }));
    await expectNoAxeViolations(page, `remove partner question (${lang})`);
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: CORE[lang].common.cancel }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await partnerRows(page).count()).toBe(2);
    await row.getByRole('button', { name: new RegExp(`^${t.partners.remove}`) }).click();
    await confirm.getByRole('button', { name: t.partners.removeConfirm }).click();
    await expect.poll(() => partnerRows(page).count()).toBe(1);
    await expectText(flash(page), fill(t.partners.removed, { name: 'Frederikshavn Kommune', acronym }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pf-partners-heading');
  });

  it('reopens a rejected project as a new idea with the same partners; the old one stays', async () => {
    const rejectedAcronym = `E2E-R-${lang.toUpperCase()}-${stamp}`;
    const programmes = await apiGet<{ items: Programme[] }>(context, '/programmes');
    const life = programmes.items.find((p) => p.code === 'life') ?? programmes.items[0]!;
    const created = await apiPost<Project>(context, csrf, '/projects', { acronym: rejectedAcronym, title: 'E2E: Våtmarker som klimatskydd', ourRole: 'partner', programmeId: life.id });
    const orgs = await apiGet<{ items: { id: string; name: string }[] }>(context, '/organisations?q=Tartu');
    await apiPost(context, csrf, `/projects/${created.id}/partners`, { organisationId: orgs.items[0]!.id, role: 'lead' });
    await apiPost(context, csrf, `/projects/${created.id}/moves`, { to: 'in_preparation' });
    await apiPost(context, csrf, `/projects/${created.id}/moves`, { to: 'submitted' });

    await page.goto(`${PROJECTS}/${created.id}`);
    await settle(page);
    await move(page, lang, 'rejected', 'E2E: för få poäng på relevans.');
    await page.locator('.pf-actions').getByRole('button', { name: t.reopen.open }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectText(confirm, fill(t.reopen.text, { acronym: rejectedAcronym }));
    await expectNoAxeViolations(page, `reopen question (${lang})`);
    await confirm.getByRole('button', { name: t.reopen.confirm }).click();
    await page.waitForURL((url) => /\/projects\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(created.id));
    await settle(page);
    await expect.poll(() => statusText(page)).toBe(t.status.idea);
    await expectText(flash(page), fill(t.reopen.done, { acronym: rejectedAcronym }));
    await expectText(page.locator('.pf-facts'), t.project.reopenedFrom);
    await expectText(partnerRows(page), 'Tartu Ülikool');
    await check(page, 'project-reopened', lang);

    // The old project is still rejected, and points at the new idea.
    await page.locator('.pf-facts').getByRole('link', { name: rejectedAcronym }).click();
    await settle(page);
    await expect.poll(() => statusText(page)).toBe(t.status.rejected);
    await expectText(page.locator('.pf-facts'), t.project.reopenedAs);
  });

  it('keeps status tabs, filters, sort and pages in the address, with counts as the API has them', async () => {
    await page.goto(PROJECTS);
    await settle(page);
    const all = await apiGet<ProjectPage>(context, '/projects?limit=1');
    const tabs = page.getByRole('navigation', { name: t.list.statusTabs });
    const total = Object.values(all.statusCounts).reduce((a, b) => a + b, 0);
    expect(total).toBe(all.total);
    await expectText(tabs.getByRole('link', { name: new RegExp(`^${t.list.allStatuses}`) }), String(total));
    await tabs.getByRole('link', { name: new RegExp(`^${t.status.closed}`) }).click();
    await expect.poll(() => page.url()).toContain('status=closed');
    await settle(page);
    await expect.poll(() => tabs.getByRole('link', { name: new RegExp(`^${t.status.closed}`) }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.locator('table.pf-table tbody tr').count()).toBe(Math.min(all.statusCounts.closed!, 25));
    await expectText(page.locator('table.pf-table tbody'), acronym);

    // Sorting by acronym, then the other way round.
    const heading = page.locator('table.pf-table thead th').filter({ hasText: t.fields.acronym });
    await heading.getByRole('button').click();
    await expect.poll(() => page.url()).toContain('sort=acronym');
    await expect.poll(() => heading.getAttribute('aria-sort')).toBe('ascending');
    await settle(page);
    const names = async () => (await page.locator('table.pf-table tbody th a').allInnerTexts()).map((s) => s.trim());
    const asc = await names();
    await heading.getByRole('button').click();
    await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
    await settle(page);
    await expect.poll(async () => (await names()).join('|')).toBe([...asc].reverse().join('|'));
    expect(page.url()).toContain('sort=-acronym');

    // A filter applies at once; a search with nothing found says what to do.
    await page.locator('#pf-filter-fund').selectOption('interreg');
    await expect.poll(() => page.url()).toContain('fund=interreg');
    await settle(page);
    const interreg = await apiGet<ProjectPage>(context, '/projects?status=closed&fund=interreg&limit=50');
    await expect.poll(() => page.locator('table.pf-table tbody tr').count()).toBe(interreg.items.length);
    await page.locator('#project-search').fill(`nothing-like-this-${stamp}`);
    await page.getByRole('button', { name: t.list.searchButton, exact: true }).click();
    await expectText(page.locator('.empty-state'), t.list.noMatches);
    await expectNoAxeViolations(page, `project list without matches (${lang})`);
    await page.getByRole('button', { name: t.filters.clear }).click();
    await expect.poll(() => page.url()).not.toContain('fund=');

    // Pages of 25: the pager's next page is the list's second page, in the address too.
    await page.goto(`${PROJECTS}?sort=acronym`);
    await settle(page);
    const count = (await apiGet<ProjectPage>(context, '/projects?limit=1')).total;
    await expectText(page.locator('.reg-result-count'), count > 25 ? fill(plural(t.list, 'showingRange', count), { from: 1, to: 25, total: count }) : fill(plural(t.list, 'showing', count), { total: count }));
    if (count > 25) {
      await page.getByRole('navigation', { name: t.pager.label }).getByRole('link', { name: t.pager.next }).click();
      await expect.poll(() => page.url()).toContain('page=2');
      await expectText(page.locator('.reg-result-count'), fill(plural(t.list, 'showingRange', count), { from: 26, to: Math.min(50, count), total: count }));
    }
    await check(page, 'projects-sorted', lang);
  });
});

describe.each(LANGS)('programmes in %s', (lang) => {
  const t = T[lang];

  it('shows the EU catalogue and our own; an administrator adds, changes and deletes one (a period out of order refused at its field)', async () => {
    const { context, page } = await loggedIn(lang, DEMO_ADMIN);
    await page.goto(`${PROJECTS}/programmes`);
    await check(page, 'programmes', lang);
    await expectText(page.locator('main h1'), t.programmes.title);
    await expectText(page.locator('#catalogue-heading ~ .table-wrap'), 'Interreg Öresund-Kattegat-Skagerrak 2021–2027');
    // The catalogue can be read, not changed.
    expect(await page.locator('#catalogue-heading ~ .table-wrap').getByRole('button').count()).toBe(0);

    const name = `E2E Regionala utvecklingsmedel ${lang} ${stamp}`;
    await page.getByRole('button', { name: t.programmes.add, exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('#prog-name').fill(name);
    await dialog.locator('#prog-fund').selectOption('regional');
    await dialog.locator('#prog-start').fill('2027');
    await dialog.locator('#prog-end').fill('2025');
    await dialog.locator('#prog-rate').fill('50');
    await dialog.locator('#prog-currency').fill('SEK');
    await pick(page, dialog.locator('#prog-nuts'), 'Gävleborg', /Gävleborg/);
    await expectText(dialog.locator('.reg-chips'), 'SE313');
    await dialog.locator('button[type="submit"]').click();
    await expectText(dialog.locator('#prog-end-error'), serverText(lang, 'field.programme_period_order'));
    await expectNoAxeViolations(page, `programme dialog with an error (${lang})`);
    await screenshot(page, 'programme-dialog-error', lang);
    await dialog.locator('#prog-end').fill('2030');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const own = page.locator('#own-programmes-heading ~ .table-wrap tbody tr').filter({ hasText: name });
    await expect.poll(() => own.count()).toBe(1);
    await expectText(own, '2027–2030');
    await expectText(own, lang === 'en' ? 'Sweden' : 'Sverige');
    await own.locator('.pf-area summary').click();
    await expectText(own.locator('.pf-area'), 'SE313');
    await expectText(flash(page), fill(t.programmes.added, { name }));

    await own.getByRole('button', { name: new RegExp(`^${t.programmes.edit}`) }).click();
    await dialog.waitFor();
    await dialog.locator('#prog-cci').fill('E2E-CCI-1');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(own, 'E2E-CCI-1');

    await own.getByRole('button', { name: new RegExp(`^${t.programmes.delete}`) }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: t.programmes.deleteConfirm }).click();
    await expect.poll(() => own.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('own-programmes-heading');

    // The demo's own programme has projects: deleting it is refused, in words.
    const inUse = (await apiGet<{ items: Programme[] }>(context, '/programmes')).items.find((p) => p.own && p.projectCount > 0);
    if (inUse) {
      const row = page.locator('#own-programmes-heading ~ .table-wrap tbody tr').filter({ hasText: inUse.name });
      await row.getByRole('button', { name: new RegExp(`^${t.programmes.delete}`) }).click();
      await confirm.getByRole('button', { name: t.programmes.deleteConfirm }).click();
      await confirm.locator('.alert--error').waitFor();
      await expectNoAxeViolations(page, `programme in use (${lang})`);
      await screenshot(page, 'programme-in-use', lang);
      await confirm.getByRole('button', { name: CORE[lang].common.cancel }).click();
      await expect.poll(() => confirm.count()).toBe(0);
      expect(await row.count()).toBe(1);
    }
    expectNoPageProblems(page);
    await context.close();
  });
});

describe.each(LANGS)('reading the portfolio in %s', (lang) => {
  const t = T[lang];

  it('shows a viewer the list and a project without any way to change them', async () => {
    const { context, page } = await loggedIn(lang, VIEWER);
    await page.goto(PROJECTS);
    await settle(page);
    expect(await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.new }).count()).toBe(0);
    expect(await page.getByRole('link', { name: t.list.new }).count()).toBe(0);
    const list = await apiGet<ProjectPage>(context, '/projects?status=running&limit=1');
    await page.goto(`${PROJECTS}/${list.items[0]!.id}`);
    await settle(page);
    await expectText(page.locator('.pf-facts'), t.project.readOnly);
    expect(await page.locator('.pf-actions').count()).toBe(0);
    expect(await page.getByRole('button', { name: t.edit.open }).count()).toBe(0);
    expect(await page.getByRole('button', { name: t.partners.addButton }).count()).toBe(0);
    await check(page, 'project-viewer', lang);
    expectNoPageProblems(page);
    await context.close();
  });

  it('counts the portfolio on the start page, each figure a link to its list', async () => {
    const { context, page } = await loggedIn(lang);
    const overview = await apiGet<{ projects: { total: number; running: number; inPreparation: number } }>(context, '/overview');
    const all = await apiGet<ProjectPage>(context, '/projects?limit=1');
    expect(overview.projects.total).toBe(all.total);
    const running = await apiGet<ProjectPage>(context, '/projects?status=approved,contracted,running,final_report&limit=1');
    expect(overview.projects.running).toBe(running.total);
    await page.goto(WS);
    await settle(page);
    const figures = page.getByRole('list', { name: t.start.figures });
    await expect.poll(async () => (await figures.locator(`a[href="${PROJECTS}"]`).innerText()).replace(/\s+/g, ' ').trim()).toBe(`${overview.projects.total} ${plural(t.start, 'total', overview.projects.total)}`);
    await figures.locator('a').nth(1).click();
    await page.waitForURL(/\/projects\?status=/);
    await settle(page);
    await expectText(page.locator('.pf-status-group'), t.status.running);
    await expectText(page.locator('.reg-result-count'), String(overview.projects.running));
    await check(page, 'projects-funded', lang);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('at 200 % zoom (640 CSS pixels)', () => {
  it.each([
    ['projects', PROJECTS],
    ['programmes', `${PROJECTS}/programmes`],
    ['project', null],
  ] as const)('%s does not scroll sideways', async (name, path) => {
    const { context, page } = await loggedIn('sv', OFFICER, { width: 640, height: 900 });
    const first = async () => (await apiGet<ProjectPage>(context, '/projects?limit=1')).items[0]!.id;
    await page.goto(path ?? `${PROJECTS}/${await first()}`);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${name} at 200 % zoom`);
    await screenshot(page, `zoom200-projects-${name}`, 'sv');
    expectNoPageProblems(page);
    await context.close();
  });
});
