// Calls for proposals as people use them, in Swedish, Danish and English: the list's status tabs
// count as the API does; an officer enters a call (the empty form refused at its fields, an
// unreadable amount caught at its field), reads its deadline in Brussels time with the days left,
// follows it, and on the reminder's day (the server's clock moved there) finds the reminder mail in
// the outbox in their language with the call's link; an administrator sets the reminder days (a
// wrong list refused at its field); a viewer follows but cannot change; a call is deleted after a
// question. Every page passes axe and is photographed (e2e/screenshots/calls*.<lang>.png).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/calls.sv.json' with { type: 'json' };
import da from '../src/web/i18n/calls.da.json' with { type: 'json' };
import en from '../src/web/i18n/calls.en.json' with { type: 'json' };
import { t as serverText } from '../src/server/i18n/messages.ts';
import coreSv from '../src/web/i18n/sv.json' with { type: 'json' };
import coreDa from '../src/web/i18n/da.json' with { type: 'json' };
import coreEn from '../src/web/i18n/en.json' with { type: 'json' };

const OFFICER = 'asa.ek@ostanvik.example';
const VIEWER = 'lars.angstrom@ostanvik.example';
const CALLS = '/w/demo-ostanvik/projects/calls';
const T: Record<Lang, typeof en.calls> = { sv: sv.calls, da: da.calls, en: en.calls };
const CORE = { sv: coreSv, da: coreDa, en: coreEn };
const LOCALE: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const stamp = Date.now().toString(36).slice(-5);
const DAY = 86_400_000;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
const plural = (forms: Record<string, unknown>, key: string, count: number) => forms[`${key}_${count === 1 ? 'one' : 'other'}`] as string;

interface Call {
  id: string;
  title: string;
  status: string;
  following: boolean;
  followerCount: number;
  timeZone: string;
  deadline: { local: string; at: string };
  budget: { amountMinor: number; currency: string } | null;
}
interface CallPage {
  items: Call[];
  total: number;
  statusCounts: Record<string, number>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await moveClock(null);
  await browser?.close();
});

/** Moves the server's clock (TEST_CLOCK=true in the e2e server), or back to real time with null. */
async function moveClock(at: Date | null) {
  const res = await fetch(`${e2e().baseURL}/api/test/clock`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: at?.toISOString() ?? null }) });
  expect(res.status, await res.text()).toBe(200);
}

/** Staff in `lang`: the officer's and the administrator's saved language is set; the viewer follows the browser. */
async function loggedIn(lang: Lang, email = OFFICER) {
  const context = await newContext(browser, lang);
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

const flash = (page: Page) => page.locator('main [role="status"].alert--success');

describe.each(LANGS)('calls in %s', (lang) => {
  const t = T[lang];
  const title = `E2E ${lang} ${stamp}: Smarta hamnar`;
  let context: BrowserContext;
  let page: Page;
  let callId = '';

  beforeAll(async () => {
    ({ context, page } = await loggedIn(lang));
  });
  afterAll(async () => {
    expectNoPageProblems(page);
    await context?.close();
  });
  afterEach(async () => {
    await moveClock(null);
  });

  it('lists the calls with status tabs counted as the API counts them, the open demo call first', async () => {
    await page.goto(CALLS);
    await check(page, 'calls', lang);
    await expectText(page.locator('main h1'), t.list.title);
    const api = await apiGet<CallPage>(context, '/calls?limit=1');
    const tabs = page.getByRole('navigation', { name: t.list.statusTabs });
    await expectText(tabs.getByRole('link', { name: new RegExp(`^${t.list.allStatuses}`) }), String(api.total));
    await tabs.getByRole('link', { name: new RegExp(`^${t.status.open}`) }).click();
    await expect.poll(() => page.url()).toContain('status=open');
    await expect.poll(() => tabs.getByRole('link', { name: new RegExp(`^${t.status.open}`) }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.locator('table.call-table tbody tr').count()).toBe(Math.min(api.statusCounts.open ?? 0, 25));
    const demo = page.locator('table.call-table tbody tr').filter({ hasText: 'BSR-C5' });
    await expectText(demo, t.status.open);
    // Åsa follows the demo's open call.
    await expectText(demo, t.list.youFollow);
    // A search with nothing found says what to do.
    await page.locator('#call-search').fill(`nothing-like-this-${stamp}`);
    await page.getByRole('button', { name: t.list.searchButton, exact: true }).click();
    await expectText(page.locator('.empty-state'), t.list.noMatches);
    await page.getByRole('button', { name: t.list.clear }).click();
    await expect.poll(() => page.url()).not.toContain('q=');
  });

  it('enters a call: the empty form and an unreadable amount are refused at their fields', async () => {
    const programmes = await apiGet<{ items: { id: string; code: string | null; name: string }[] }>(context, '/programmes');
    const bsr = programmes.items.find((p) => p.code === 'interreg-baltic-sea-region-2021-2027')!;
    await page.goto(CALLS);
    await settle(page);
    await page.getByRole('button', { name: t.list.add, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('#call-title-error').waitFor();
    await dialog.locator('#call-deadline-error').waitFor();
    // Nothing chosen or written says so, in the page's language.
    for (const id of ['call-programme', 'call-title', 'call-deadline']) await expectText(dialog.locator(`#${id}-error`), serverText(lang, 'field.required'));
    expect(await dialog.locator('#call-title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, `call dialog with errors (${lang})`);
    await screenshot(page, 'call-dialog-errors', lang);

    const day = new Date(Date.now() + 13 * DAY).toISOString().slice(0, 10);
    await dialog.locator('#call-programme').selectOption(bsr.id);
    await dialog.locator('#call-title').fill(title);
    await dialog.locator('#call-identifier').fill(`E2E-${lang}-${stamp}`);
    await dialog.locator('#call-deadline').fill(`${day}T12:00`);
    await dialog.locator('#call-po-PO2').check();
    await dialog.locator('#call-budget').fill('1 500 000 kr');
    await dialog.locator('button[type="submit"]').click();
    await expectText(dialog.locator('#call-budget-error'), t.form.budgetFormat);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('call-budget');
    await dialog.locator('#call-budget').fill('1 500 000,50');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(flash(page), fill(t.form.added, { title }));

    const found = await apiGet<CallPage>(context, `/calls?q=${encodeURIComponent(`E2E-${lang}-${stamp}`)}`);
    expect(found.items).toHaveLength(1);
    const call = found.items[0]!;
    callId = call.id;
    // As published: noon in Brussels; the amount exact in cents.
    expect(call).toMatchObject({ timeZone: 'Europe/Brussels', status: 'open', deadline: { local: `${day}T12:00` }, budget: { amountMinor: 150_000_050, currency: 'EUR' } });
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(call.deadline.at))).toBe('12:00');

    // A new project of that programme can answer the call: it is offered once the programme is chosen.
    await page.goto('/w/demo-ostanvik/projects/new');
    await settle(page);
    expect(await page.locator('#pf-call').count()).toBe(0);
    await page.locator('#pf-programme').selectOption(bsr.id);
    await expect.poll(() => page.locator('#pf-call option').allInnerTexts()).toContainEqual(expect.stringContaining(`E2E-${lang}-${stamp}: ${title}`));
  });

  it('imports calls from a file: a bad row is listed with its number and nothing is written; the corrected file goes in', async () => {
    const day = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
    const id = (n: number) => `IMP-${lang}-${stamp}-${n}`;
    const rows = (second: string) =>
      ['Program;Beteckning;Titel;Sista ansökningsdag;Budget;Valuta', `interreg-baltic-sea-region-2021-2027;${id(1)};Import ett;${day} 17:00;2 000 000;EUR`, `interreg-baltic-sea-region-2021-2027;${id(2)};Import två;${second};;`].join('\n');
    const before = (await apiGet<CallPage>(context, '/calls?limit=1')).total;
    await page.goto(CALLS);
    await settle(page);
    await page.getByRole('button', { name: t.import.open, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Without a file the check says what to do.
    await dialog.getByRole('button', { name: t.import.check, exact: true }).click();
    await expectText(dialog.locator('#call-import-file-error'), t.import.chooseFile);
    await dialog.locator('#call-import-file').setInputFiles({ name: 'utlysningar.csv', mimeType: 'text/csv', buffer: Buffer.from(rows(day)) });
    await dialog.getByRole('button', { name: t.import.check, exact: true }).click();
    const problems = dialog.locator('table.call-import-problems tbody tr');
    await expect.poll(() => problems.count()).toBe(1);
    await expectText(problems.first(), '3');
    await expectText(problems.first(), serverText(lang, 'field.call_import_no_time', { value: day }));
    await expectNoAxeViolations(page, `call import with a bad row (${lang})`);
    await screenshot(page, 'calls-import-errors', lang);
    expect((await apiGet<CallPage>(context, '/calls?limit=1')).total).toBe(before);

    await dialog.locator('#call-import-file').setInputFiles({ name: 'utlysningar.csv', mimeType: 'text/csv', buffer: Buffer.from(rows(`${day} 12:00`)) });
    await dialog.getByRole('button', { name: t.import.check, exact: true }).click();
    await expectText(dialog.locator('.alert--success'), fill(plural(t.import, 'checked', 2), { rows: 2, created: 2, updated: 0, unchanged: 0 }));
    expect((await apiGet<CallPage>(context, '/calls?limit=1')).total).toBe(before);
    await dialog.getByRole('button', { name: t.import.submit, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(flash(page), fill(plural(t.import, 'done', 2), { created: 2, updated: 0, unchanged: 0 }));
    expect((await apiGet<CallPage>(context, '/calls?limit=1')).total).toBe(before + 2);
    await expectText(page.locator('table.call-table tbody'), id(2));
  });

  it('shows the call with its deadline in Brussels time and the days left, and follows it', async () => {
    await page.goto(`${CALLS}/${callId}`);
    await settle(page);
    await expectText(page.locator('main h1'), title);
    const call = await apiGet<Call>(context, `/calls/${callId}`);
    const left = Math.floor((Date.parse(call.deadline.at) - Date.now()) / DAY);
    const facts = page.locator('.call-facts');
    await expectText(facts, fill(plural(t.deadline, 'daysLeft', left), { count: left }));
    await expectText(facts, new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'Europe/Brussels', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'longGeneric' }).format(new Date(call.deadline.at)));
    await expectText(facts, new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR' }).format(1_500_000.5));
    await expectText(page.locator('#call-follow-heading ~ p').first(), t.follow.notFollowing);
    await check(page, 'call', lang);

    await page.getByRole('button', { name: t.follow.follow, exact: true }).click();
    // The button now says how to stop.
    await page.getByRole('button', { name: t.follow.unfollow, exact: true }).waitFor();
    await expectText(flash(page), fill(t.follow.followed, { title }));
    await expectText(page.locator('.pf-aside'), t.follow.following);
    expect((await apiGet<Call>(context, `/calls/${callId}`)).following).toBe(true);
    await check(page, 'call-followed', lang);
  });

  it('sends the follower a reminder in their language on the reminder’s day, with the call’s link', async () => {
    const call = await apiGet<Call>(context, `/calls/${callId}`);
    // Two days before the deadline: the 3-day reminder is due (the 14-day one was before she followed).
    await moveClock(new Date(Date.parse(call.deadline.at) - 2 * DAY));
    const admin = await newContext(browser, lang);
    try {
      await apiLogin(admin, DEMO_ADMIN);
      const reminder = async () => {
        const outbox = await apiGet<{ items: { id: string; template: string | null; to: string; related: { id: string } | null }[] }>(admin, '/outbox?limit=100');
        return outbox.items.filter((m) => m.template === 'call.reminder' && m.related?.id === callId);
      };
      await expect.poll(async () => (await reminder()).length, { timeout: 20_000 }).toBe(1);
      const [summary] = await reminder();
      expect(summary!.to).toBe(OFFICER);
      const mail = await apiGet<{ subject: string; text: string }>(admin, `/outbox/${summary!.id}`);
      expect(mail.subject).toContain(title);
      expect(mail.text).toContain(`/w/demo-ostanvik/projects/calls/${callId}`);
      expect(mail.text).toContain({ sv: 'Hej', da: 'Hej', en: 'Hello' }[lang]);
      expect(mail.text).toContain({ sv: '(tid i Bryssel)', da: '(tid i Bruxelles)', en: '(Brussels time)' }[lang]);
    } finally {
      await admin.close();
      await moveClock(null);
    }
    // Back in real time the officer logs in again (her session was idle for days on the moved clock).
    await context.close();
    ({ context, page } = await loggedIn(lang));
  });

  it('lets an administrator set the reminder days, refusing a wrong list at its field', async () => {
    const { context: admin, page: adminPage, csrf } = await loggedIn(lang, DEMO_ADMIN);
    try {
      await adminPage.goto(CALLS);
      await settle(adminPage);
      const field = adminPage.locator('#call-reminder-days');
      await expect.poll(() => field.inputValue()).toBe('14, 3');
      await field.fill('14, tre');
      await adminPage.getByRole('button', { name: t.settings.save, exact: true }).click();
      await expectText(adminPage.locator('#call-reminder-days-error'), t.settings.invalid);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(adminPage, `reminder days with an error (${lang})`);
      await screenshot(adminPage, 'calls-settings-error', lang);
      await field.fill('30 14 3');
      await adminPage.getByRole('button', { name: t.settings.save, exact: true }).click();
      await expectText(adminPage.locator('main [role="status"].alert--success'), t.settings.saved);
      expect((await apiGet<{ reminderDays: number[] }>(admin, '/call-settings')).reminderDays).toEqual([30, 14, 3]);
      await adminPage.goto(`${CALLS}/${callId}`);
      await settle(adminPage);
      await expectText(adminPage.locator('.pf-aside'), fill(plural(t.follow, 'reminders', 3), { days: new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(['30', '14', '3']) }));
    } finally {
      const res = await admin.request.put(demoApi('/call-settings'), { data: { reminderDays: [14, 3] }, headers: { 'x-csrf-token': csrf } });
      expect(res.status()).toBe(200);
      await admin.close();
    }
  });

  it('shows a viewer the calls and lets them follow, with no way to change a call', async () => {
    const { context: viewer, page: viewerPage } = await loggedIn(lang, VIEWER);
    try {
      await viewerPage.goto(`${CALLS}/${callId}`);
      await settle(viewerPage);
      expect(await viewerPage.getByRole('button', { name: T[lang].call.edit, exact: true }).count()).toBe(0);
      expect(await viewerPage.getByRole('button', { name: T[lang].call.delete, exact: true }).count()).toBe(0);
      expect(await viewerPage.getByRole('button', { name: t.follow.follow, exact: true }).count()).toBe(1);
      await viewerPage.goto(CALLS);
      await settle(viewerPage);
      expect(await viewerPage.getByRole('button', { name: t.list.add, exact: true }).count()).toBe(0);
      expect(await viewerPage.locator('#call-reminder-days').count()).toBe(0);
    } finally {
      await viewer.close();
    }
  });

  it('deletes the call after a question; cancelling keeps it', async () => {
    await page.goto(`${CALLS}/${callId}`);
    await settle(page);
    await page.getByRole('button', { name: t.call.delete, exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await expectText(confirm, t.remove.text);
    await expectNoAxeViolations(page, `delete call question (${lang})`);
    await confirm.getByRole('button', { name: CORE[lang].common.cancel }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    await page.getByRole('button', { name: t.call.delete, exact: true }).click();
    await confirm.getByRole('button', { name: t.remove.confirm }).click();
    await page.waitForURL((url) => url.pathname === CALLS);
    await expectText(flash(page), fill(t.remove.done, { title }));
    const res = await context.request.get(demoApi(`/calls/${callId}`));
    expect(res.status()).toBe(404);
  });
});
