// The portfolio's pipeline board as people use it, in Swedish, Danish and English: a column per
// status in lifecycle order with the counts the API has, the ends folded away, empty columns
// saying so, the list's filters carried to the board in the address; an officer moves one card
// from the keyboard (React Aria's keyboard drag, then the "Move to…" menu) and one with the mouse
// (dragged onto another column), each confirmed in the move dialog with its date, and the API
// has the new status and the move in the history; a stale move is refused in the server's words
// and the card goes back to where the server has it; a viewer sees the board without any way to
// move; a phone-sized screen scrolls the board, not the page. Every view passes axe and is
// photographed (e2e/screenshots/projects-board*.<lang>.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import sv from '../src/web/i18n/projects.sv.json' with { type: 'json' };
import da from '../src/web/i18n/projects.da.json' with { type: 'json' };
import en from '../src/web/i18n/projects.en.json' with { type: 'json' };
import coreSv from '../src/web/i18n/sv.json' with { type: 'json' };
import coreDa from '../src/web/i18n/da.json' with { type: 'json' };
import coreEn from '../src/web/i18n/en.json' with { type: 'json' };
import { t as serverText } from '../src/server/i18n/messages.ts';
import { moveVars } from '../src/server/modules/projects/lifecycle.ts';

const OFFICER = 'asa.ek@ostanvik.example';
const VIEWER = 'lars.angstrom@ostanvik.example';
const WS = '/w/demo-ostanvik';
const PROJECTS = `${WS}/projects`;
const BOARD = `${PROJECTS}/board`;
const T: Record<Lang, typeof en.projects> = { sv: sv.projects, da: da.projects, en: en.projects };
const CORE = { sv: coreSv, da: coreDa, en: coreEn };
const stamp = Date.now().toString(36).slice(-5);
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
/** The board's columns, left to right. */
const COLUMNS = ['idea', 'in_preparation', 'submitted', 'approved', 'contracted', 'running', 'final_report', 'closed', 'rejected', 'withdrawn'] as const;
type Status = (typeof COLUMNS)[number];

interface Summary {
  id: string;
  acronym: string;
  status: Status;
  allowedMoves: Status[];
}
interface ProjectPage {
  items: Summary[];
  total: number;
  statusCounts: Record<Status, number>;
}
interface Project extends Summary {
  history: { fromStatus: Status | null; toStatus: Status; changedOn: string; note: string }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Staff in `lang`; only the officer's saved language is set (the viewer follows the browser). */
async function loggedIn(lang: Lang, email = OFFICER, viewport?: { width: number; height: number }) {
  const context = await newContext(browser, lang, viewport);
  const csrf = await apiLogin(context, email);
  if (email !== VIEWER) await apiSetLocale(context, csrf, lang);
  return { context, csrf, page: await context.newPage() };
}

async function check(page: Page, name: string, lang: Lang) {
  await settle(page);
  expect(await htmlLang(page)).toBe(lang);
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
}

const column = (page: Page, status: Status) => page.locator(`.pf-column[data-status="${status}"]`);
const card = (page: Page, id: string) => page.locator(`#pf-card-${id}`);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeColumn = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.status ?? '');
const statusOf = (context: BrowserContext, id: string) => apiGet<Project>(context, `/projects/${id}`);
const workspaceToday = async (context: BrowserContext) => (await apiGet<{ today: string }>(context, '/overview')).today;

/** The dialog of a move: the move's own words, today's date; confirmed with the keyboard or a click. */
async function confirmMove(page: Page, lang: Lang, acronym: string, to: Status, today: string, how: 'keyboard' | 'click', note?: string) {
  const t = T[lang];
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const key = to === 'idea' ? 'backToIdea' : to;
  await expectText(dialog.locator('.dialog-title'), fill(t.moveTitle[key], { acronym }));
  expect(await dialog.locator('#move-on').inputValue()).toBe(today);
  if (note) await dialog.getByLabel(t.move.note).fill(note);
  const submit = dialog.locator('button[type="submit"]');
  if (how === 'keyboard') {
    await submit.focus();
    await page.keyboard.press('Enter');
  } else await submit.click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** The project's status and its last step as the API has them. */
async function expectMoved(context: BrowserContext, id: string, from: Status, to: Status, today: string, note = '') {
  const p = await statusOf(context, id);
  expect(p.status).toBe(to);
  expect(p.history.at(-1)).toMatchObject({ fromStatus: from, toStatus: to, changedOn: today, note });
}

describe.each(LANGS)('project board in %s', (lang) => {
  const t = T[lang];
  const group = `BRD-${lang.toUpperCase()}-${stamp}`;
  let context: BrowserContext;
  let page: Page;
  let csrf = '';
  let byKeyboard: Summary;
  let byMouse: Summary;

  beforeAll(async () => {
    ({ context, page, csrf } = await loggedIn(lang));
    const me = (await (await context.request.get('/api/me')).json()) as { user: { id: string } };
    const programmes = await apiGet<{ items: { id: string; code: string | null }[] }>(context, '/programmes?fund=interreg');
    byKeyboard = await apiPost<Summary>(context, csrf, '/projects', { acronym: `${group}-K`, title: `E2E ${lang}: Kustnära laddning för elfärjor`, ourRole: 'lead_partner', programmeId: programmes.items[0]!.id, officerId: me.user.id });
    byMouse = await apiPost<Summary>(context, csrf, '/projects', { acronym: `${group}-M`, title: `E2E ${lang}: Hållbar turism i skärgården`, ourRole: 'partner' });
  });
  afterAll(async () => {
    expectNoPageProblems(page);
    await context?.close();
  });

  it('shows a column per status in lifecycle order with the API’s counts; the ends fold away', async () => {
    await page.goto(BOARD);
    await check(page, 'projects-board', lang);
    await expectText(page.locator('main h1'), t.board.title);
    const tabs = page.getByRole('navigation', { name: t.nav.label });
    expect(await tabs.getByRole('link', { name: t.nav.board, exact: true }).getAttribute('aria-current')).toBe('page');

    const all = await apiGet<ProjectPage>(context, '/projects?limit=1');
    const board = page.getByRole('region', { name: t.board.label });
    expect(await board.locator('.pf-column').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.status))).toEqual([...COLUMNS]);
    for (const s of COLUMNS) {
      const heading = column(page, s).getByRole('heading', { level: 2 });
      await expectText(heading, t.status[s]);
      expect((await column(page, s).locator('.pf-column-count').innerText()).trim()).toBe(String(all.statusCounts[s]));
      // The column is named by its heading (what a screen reader says on a drop target).
      expect(await column(page, s).getAttribute('aria-labelledby')).toBe(await heading.getAttribute('id'));
    }
    // The new ideas are cards in the first column, with what a card tells.
    const k = card(page, byKeyboard.id);
    expect(await column(page, 'idea').locator(`#pf-card-${byKeyboard.id}`).count()).toBe(1);
    await expectText(k, `${group}-K`);
    await expectText(k, t.ourRole.lead_partner);
    await expectText(k, 'Åsa Ek');
    await expectText(k, t.board.keyDate.since);
    await expectText(card(page, byMouse.id), t.board.noOfficer);
    await expectText(card(page, byMouse.id), t.fields.noProgramme);

    // Closed, rejected and withdrawn are folded: their button opens them.
    const closed = column(page, 'closed');
    const fold = closed.locator('button.pf-column-fold');
    await expectText(fold, t.board.show);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await closed.locator('.pf-column-body').isVisible()).toBe(false);
    await fold.click();
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('true');
    expect(await closed.locator('.pf-column-body').isVisible()).toBe(true);
    await expectText(fold, t.board.hide);
    await expectNoAxeViolations(page, `board with the closed projects shown (${lang})`);
  });

  it('keeps the list’s search and filters in the address, and says so when a column is empty', async () => {
    // From the list with a status tab and a filter: the board takes the filter, not the tab.
    await page.goto(`${PROJECTS}?status=running&fund=interreg`);
    await settle(page);
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.board, exact: true }).click();
    await page.waitForURL(/\/projects\/board\?/);
    expect(page.url()).toContain('fund=interreg');
    expect(page.url()).not.toContain('status=');
    await settle(page);
    const interreg = await apiGet<ProjectPage>(context, '/projects?fund=interreg&limit=200');
    await expect.poll(() => page.locator('.pf-column:not(.pf-column--folded) .pf-card').count()).toBe(interreg.items.filter((p) => !['closed', 'rejected', 'withdrawn'].includes(p.status)).length);
    expect(await page.locator('#pf-filter-fund').inputValue()).toBe('interreg');

    // A search: only this language's two ideas; every other column says it has none.
    await page.locator('#project-search').fill(group);
    await page.getByRole('button', { name: t.list.searchButton, exact: true }).click();
    await expect.poll(() => page.url()).toContain(`q=${group}`);
    await page.locator('#pf-filter-fund').selectOption('');
    await expect.poll(() => page.url()).not.toContain('fund=');
    await settle(page);
    await expect.poll(() => column(page, 'idea').locator('.pf-card').count()).toBe(2);
    for (const s of ['in_preparation', 'submitted', 'running'] as const) await expectText(column(page, s).locator('.pf-column-empty'), t.board.empty);
    // Back to the list: the search goes along.
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.list, exact: true }).click();
    await page.waitForURL((url) => url.pathname === PROJECTS);
    expect(page.url()).toContain(`q=${group}`);
    await settle(page);
    await expect.poll(() => page.locator('table.pf-table tbody tr').count()).toBe(2);
  });

  it('moves a card from the keyboard: by keyboard drag and drop, then with “Move to…”', async () => {
    const today = await workspaceToday(context);
    await page.goto(`${BOARD}?q=${group}`);
    await settle(page);
    const acronym = `${group}-K`;

    // The grip starts a keyboard drag: focus goes to a column the card may go to; Tab goes on
    // through the allowed ones only, Enter drops.
    const grip = card(page, byKeyboard.id).getByRole('button', { name: fill(t.board.drag, { acronym }) });
    await grip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeColumn(page)).not.toBe('');
    const visited = new Set<string>();
    for (let i = 0; i < 6 && (await activeColumn(page)) !== 'in_preparation'; i++) {
      visited.add(await activeColumn(page));
      await page.keyboard.press('Tab');
    }
    visited.add(await activeColumn(page));
    visited.delete('');
    expect([...visited].every((s) => byKeyboard.allowedMoves.includes(s as Status)), `columns offered: ${[...visited]}`).toBe(true);
    expect(await activeColumn(page)).toBe('in_preparation');
    await page.keyboard.press('Enter');
    await confirmMove(page, lang, acronym, 'in_preparation', today, 'keyboard');
    await expect.poll(() => column(page, 'in_preparation').locator(`#pf-card-${byKeyboard.id}`).count()).toBe(1);
    expect(await column(page, 'idea').locator(`#pf-card-${byKeyboard.id}`).count()).toBe(0);
    // Focus follows the card; the move is announced.
    await expect.poll(() => activeId(page)).toBe(`pf-card-${byKeyboard.id}`);
    await expectText(page.locator('main [role="status"].alert--success'), acronym);
    await expectMoved(context, byKeyboard.id, 'idea', 'in_preparation', today);

    // "Move to…": a menu of the moves the server allows from here.
    const moveTo = card(page, byKeyboard.id).getByRole('button', { name: new RegExp(`^${t.board.moveTo.replace('…', '.')}`) });
    await moveTo.focus();
    await page.keyboard.press('Enter');
    // The menu is named by the button that opens it: "Move to… {acronym}".
    const menu = page.getByRole('menu', { name: `${t.board.moveTo} ${acronym}` });
    await menu.waitFor();
    expect((await menu.getByRole('menuitem').allInnerTexts()).map((s) => s.trim())).toEqual(['submitted', 'withdrawn', 'idea'].map((s) => t.status[s as Status]));
    await expectNoAxeViolations(page, `move menu (${lang})`);
    await screenshot(page, 'projects-board-menu', lang);
    for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== t.status.submitted; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await confirmMove(page, lang, acronym, 'submitted', today, 'keyboard', 'E2E: inlämnad från tavlan.');
    await expect.poll(() => column(page, 'submitted').locator(`#pf-card-${byKeyboard.id}`).count()).toBe(1);
    await expect.poll(() => activeId(page)).toBe(`pf-card-${byKeyboard.id}`);
    await expectMoved(context, byKeyboard.id, 'in_preparation', 'submitted', today, 'E2E: inlämnad från tavlan.');
  });

  it('moves a card dragged with the mouse onto another column', async () => {
    const today = await workspaceToday(context);
    await page.goto(`${BOARD}?q=${group}`);
    await settle(page);
    const acronym = `${group}-M`;
    await card(page, byMouse.id).locator('.pf-card-title').dragTo(column(page, 'in_preparation'));
    await confirmMove(page, lang, acronym, 'in_preparation', today, 'click');
    await expect.poll(() => column(page, 'in_preparation').locator(`#pf-card-${byMouse.id}`).count()).toBe(1);
    await expectMoved(context, byMouse.id, 'idea', 'in_preparation', today);
    // Dropped where it may not go (a project in preparation cannot be running): nothing happens.
    await card(page, byMouse.id).locator('.pf-card-title').dragTo(column(page, 'running'));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await column(page, 'in_preparation').locator(`#pf-card-${byMouse.id}`).count()).toBe(1);
    expect((await statusOf(context, byMouse.id)).status).toBe('in_preparation');
    await check(page, 'projects-board-moved', lang);
  });

  it('refuses a stale move in the server’s words; the card goes to where the server has it', async () => {
    const today = await workspaceToday(context);
    // Someone else submits the application while the board is open.
    await apiPost(context, csrf, `/projects/${byMouse.id}/moves`, { to: 'submitted' });
    const acronym = `${group}-M`;
    const moveTo = card(page, byMouse.id).getByRole('button', { name: new RegExp(`^${t.board.moveTo.replace('…', '.')}`) });
    await moveTo.click();
    await page.getByRole('menu').getByRole('menuitem', { name: t.status.idea, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectText(dialog.locator('.dialog-title'), fill(t.moveTitle.backToIdea, { acronym }));
    await dialog.locator('button[type="submit"]').click();
    await expectText(dialog.locator('.error-summary'), serverText(lang, 'field.project_move', moveVars('submitted', 'idea', lang)));
    await expectNoAxeViolations(page, `refused move (${lang})`);
    await screenshot(page, 'projects-board-refused', lang);
    await dialog.getByRole('button', { name: CORE[lang].common.cancel }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => column(page, 'submitted').locator(`#pf-card-${byMouse.id}`).count()).toBe(1);
    expect(await column(page, 'in_preparation').locator(`#pf-card-${byMouse.id}`).count()).toBe(0);
    const p = await statusOf(context, byMouse.id);
    expect(p.status).toBe('submitted');
    expect(p.history.map((h) => h.toStatus)).toEqual(['idea', 'in_preparation', 'submitted']);
    expect(p.history.at(-1)!.changedOn).toBe(today);
  });
});

describe.each(LANGS)('reading the board in %s', (lang) => {
  const t = T[lang];

  it('shows a viewer every column and card without any way to move them', async () => {
    const { context, page } = await loggedIn(lang, VIEWER);
    await page.goto(BOARD);
    await settle(page);
    await expectText(page.locator('main h1'), t.board.title);
    await expectText(page.locator('.page-lead'), t.board.leadViewer);
    await expect.poll(() => page.locator('.pf-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.pf-column').count()).toBe(COLUMNS.length);
    expect(await page.locator('.pf-card-move, .pf-card-grip').count()).toBe(0);
    expect(await page.getByRole('button', { name: new RegExp(t.board.moveTo.replace('…', '.')) }).count()).toBe(0);
    expect(await page.locator('.pf-card[draggable="true"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: t.list.new }).count()).toBe(0);
    await check(page, 'projects-board-viewer', lang);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('on a phone (375 CSS pixels)', () => {
  it('scrolls the board inside its box, never the page sideways', async () => {
    const { context, page } = await loggedIn('sv', OFFICER, { width: 375, height: 800 });
    await page.goto(BOARD);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal page overflow in CSS pixels').toBeLessThanOrEqual(0);
    // The columns are wider together than the screen: the board's own box scrolls.
    const board = page.getByRole('region', { name: T.sv.board.label });
    expect(await board.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await board.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await expectNoAxeViolations(page, 'board at 375 px');
    await screenshot(page, 'projects-board-phone', 'sv');
    expectNoPageProblems(page);
    await context.close();
  });
});
