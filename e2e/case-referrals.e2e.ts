// Routing, referrals, the public register and the deadline watch as people use them, in Swedish,
// Danish and English: staff refer a demo case to a partner organisation (no SMTP here, so the
// mail is read from the outbox), the partner opens the personal link in a browser that never
// logged in and confirms receipt, and the case shows who confirmed and when. The public register
// masks personal data and hides a secret case's title; the deadline page draws its chart; the
// routing rules can be tried and added. axe on every page, screenshots in e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoAxeViolations, expectNoPageProblems, expectText, LANGS, launchBrowser, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/referrals.sv.json' with { type: 'json' };
import da from '../src/web/i18n/referrals.da.json' with { type: 'json' };
import en from '../src/web/i18n/referrals.en.json' with { type: 'json' };

const WS = '/w/demo-ostanvik';
const T: Record<Lang, typeof en.referrals> = { sv: sv.referrals, da: da.referrals, en: en.referrals };
const MARKER: Record<Lang, string> = { sv: '[personuppgift]', da: '[personoplysning]', en: '[personal data]' };
const api = (path: string) => `/api/w/${e2e().demoWorkspaceId}${path}`;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
const stamp = Date.now().toString(36);

/** A demo case per language, still open, that nobody has referred yet. */
const DEMO_CASE: Record<Lang, string> = {
  sv: 'Vem ska jag prata med om fiber till verkstaden?',
  da: 'Vi søger flere svenske leverandører af træ',
  en: 'Vill öppna kafé i hamnen',
};
const PARTNER = 'Mittsvenska Handelskammaren';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function staff(lang: Lang): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  const csrf = await apiLogin(context, DEMO_ADMIN);
  await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}

async function getJson<T>(context: BrowserContext, path: string): Promise<T> {
  const res = await context.request.get(path);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

interface CaseRef {
  id: string;
  reference: string;
  title: string;
}

const findCase = async (context: BrowserContext, q: string) => (await getJson<{ items: CaseRef[] }>(context, api(`/cases?q=${encodeURIComponent(q)}`))).items[0]!;

/** The path of the personal link in the referral mail, read from the outbox (no SMTP server here). */
async function referralLink(context: BrowserContext, caseId: string) {
  const outbox = await getJson<{ items: { id: string; template: string | null; related: { id: string } | null }[]; delivery: string }>(context, api('/outbox?limit=100'));
  expect(outbox.delivery).toBe('held');
  const summary = outbox.items.find((m) => m.template === 'case.referral_receipt' && m.related?.id === caseId);
  expect(summary, 'the referral mail is in the outbox').toBeTruthy();
  const mail = await getJson<{ text: string; to: string }>(context, api(`/outbox/${summary!.id}`));
  const path = /https?:\/\/[^/\s]+(\/public\/[^/\s]+\/referrals\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(path, mail.text).toBeTruthy();
  return { path: path!, mail };
}

describe.each(LANGS)('referring a demo case to a partner (%s)', (lang) => {
  const t = T[lang];
  let c: CaseRef;
  let link: string;
  const confirmer = `Sara Lindgren ${lang}`;

  it('staff see the routing suggestion and refer the case from its referral page', async () => {
    const { context, page } = await staff(lang);
    c = await findCase(context, DEMO_CASE[lang]);
    await page.goto(`${WS}/cases/${c.id}/referral`);
    await settle(page);
    await expectText(page.locator('main h1'), fill(t.casePage.title, { reference: c.reference }));
    const routing = page.locator('.routing-panel');
    await expectText(routing.locator('h2'), t.routing.title);
    if (lang === 'da') {
      // "leverandører" starts with a word of the export rule: the suggestion is business development.
      await expectText(routing, t.routing.suggestsUnit);
      await routing.getByRole('button', { name: t.routing.acceptUnit }).click();
      await expectText(routing.locator('.referral-badge'), t.routing.state.accepted);
    } else {
      await expectText(routing, t.routing.none);
    }
    await expectNoAxeViolations(page, `case referral page (${lang})`);

    await page.getByRole('button', { name: t.panel.refer, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectText(dialog.locator('.dialog-title'), fill(t.dialog.title, { reference: c.reference }));
    const picker = dialog.getByRole('combobox', { name: t.dialog.partner });
    await picker.fill('Mittsvenska');
    await page.getByRole('option', { name: new RegExp(PARTNER) }).click();
    await dialog.getByLabel(t.dialog.email, { exact: true }).fill(`export.${lang}.${stamp}@mittsvenskahk.example`);
    await dialog.getByLabel(t.dialog.language, { exact: true }).selectOption(lang);
    await dialog.getByLabel(t.dialog.note).fill(`E2E ${lang}: handelskammaren har exportrådgivning.`);
    await expectNoAxeViolations(page, `refer dialog (${lang})`);
    await screenshot(page, 'case-refer-dialog', lang);
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(page.getByRole('status').filter({ hasText: c.reference }), PARTNER);
    const item = page.locator('.referral-item').first();
    await expectText(item, PARTNER);
    await expectText(item.locator('.referral-badge'), t.status.pending);
    const detail = await getJson<{ status: string; referredTo: { name: string } }>(context, api(`/cases/${c.id}`));
    expect(detail).toMatchObject({ status: 'referred', referredTo: { name: PARTNER } });

    const { path, mail } = await referralLink(context, c.id);
    link = path;
    expect(mail.to).toBe(`export.${lang}.${stamp}@mittsvenskahk.example`);
    expect(mail.text).toContain(c.reference);
    expect(mail.text).toContain(`E2E ${lang}: handelskammaren har exportrådgivning.`);
    await screenshot(page, 'case-referral', lang);
    expectNoPageProblems(page);
    await context.close();
  });

  it('the partner confirms receipt on the public page without logging in', async () => {
    const context = await newContext(browser, lang);
    const page = await context.newPage();
    await page.goto(link);
    await settle(page);
    await expectText(page.locator('main h1'), t.public.title);
    await expectText(page.locator('.referral-facts'), c.reference);
    await expectText(page.locator('.referral-facts'), PARTNER);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expectNoAxeViolations(page, `referral confirmation (${lang})`);
    await screenshot(page, 'referral-confirm', lang);

    // Without a name the form says so at the field, in the page's language.
    await page.getByRole('button', { name: t.public.confirm }).click();
    await expect.poll(() => page.getByLabel(t.public.name, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary').count()).toBe(1);
    await page.getByLabel(t.public.name, { exact: true }).fill(confirmer);
    await page.getByLabel(fill(t.public.note, { workspace: 'Östanviks kommun (demo)' })).fill('Vi ringer upp frågeställaren i veckan.');
    await page.getByRole('button', { name: t.public.confirm }).click();
    await expectText(page.locator('main h1'), t.public.confirmedTitle);
    await expectText(page.locator('.alert--success'), confirmer);
    await expectNoAxeViolations(page, `receipt confirmed (${lang})`);
    await screenshot(page, 'referral-confirmed', lang);
    // The link now shows the receipt; it cannot be confirmed twice.
    const again = await context.request.post(`/api${link}/receipt`, { data: { name: 'X' } });
    expect(again.status()).toBe(409);
    expectNoPageProblems(page);
    await context.close();
  });

  it('the case shows who confirmed receipt and when', async () => {
    const { context, page } = await staff(lang);
    await page.goto(`${WS}/cases/${c.id}/referral`);
    await settle(page);
    const item = page.locator('.referral-item').first();
    await expectText(item.locator('.referral-badge'), t.status.confirmed);
    await expectText(item.locator('.referral-receipt'), confirmer);
    await expectText(item.locator('.referral-receipt'), 'Vi ringer upp frågeställaren i veckan.');
    const referrals = await getJson<{ state: string; items: { receipt: { name: string; at: string } | null }[] }>(context, api(`/cases/${c.id}/referrals`));
    expect(referrals.state).toBe('confirmed');
    expect(referrals.items[0]!.receipt).toMatchObject({ name: confirmer });
    await expectNoAxeViolations(page, `case referral page with receipt (${lang})`);
    await screenshot(page, 'case-referral-confirmed', lang);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe.each(LANGS)('the public register (%s)', (lang) => {
  const t = T[lang];

  it('lists cases without login, masks personal data and hides a secret case’s title; search by number', async () => {
    const { context: staffContext, csrf } = await staff(lang);
    const created = await staffContext.request.post(api('/cases'), {
      data: { channel: 'phone', category: 'starta-foretag', title: `Karin Sjöbergs kafé ${lang} – ring 070-123 45 67`, requester: { kind: 'company', name: 'Karin Sjöberg' } },
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.status(), await created.text()).toBe(201);
    const personal = (await created.json()) as CaseRef;
    const secret = await findCase(staffContext, 'företagets ekonomiska situation');
    await staffContext.close();

    const context = await newContext(browser, lang);
    const page = await context.newPage();
    await page.goto('/public/demo-ostanvik/cases');
    await settle(page);
    await expectText(page.locator('main h1'), fill(t.register.title, { workspace: 'Östanviks kommun (demo)' }));
    const rows = page.locator('.public-register-table tbody tr');
    const total = (await getJson<{ total: number; pages: number }>(context, '/api/public/demo-ostanvik/cases')).total;
    expect(await rows.count()).toBe(Math.min(total, 25));
    await expectText(page.locator('.public-register-count'), String(total));
    if (total > 25) await expectText(page.locator('.pager'), fill(t.register.pageOf, { page: 1, pages: Math.ceil(total / 25) }));
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Sjöberg');
    expect(text).not.toContain('070-123');
    expect(text).toContain(MARKER[lang]);
    await expectNoAxeViolations(page, `public register (${lang})`);
    await screenshot(page, 'public-register', lang);

    await page.getByLabel(t.register.number, { exact: true }).fill(personal.reference);
    await page.getByRole('button', { name: t.register.search, exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(rows.first(), `${MARKER[lang]} kafé ${lang} – ring ${MARKER[lang]}`);
    expect(page.url()).toContain('q=');

    await page.getByLabel(t.register.number, { exact: true }).fill(secret.reference);
    await page.getByRole('button', { name: t.register.search, exact: true }).click();
    await expect.poll(async () => (rows.count().then(async (n) => (n === 1 ? rows.first().innerText() : '')))).toContain(secret.reference);
    await expectText(rows.first(), t.register.secret);
    expect(await page.locator('main').innerText()).not.toContain(secret.title);
    await expectNoAxeViolations(page, `public register, secret case (${lang})`);
    await screenshot(page, 'public-register-secret', lang);

    await page.getByLabel(t.register.number, { exact: true }).fill('Karin Sjöberg');
    await page.getByRole('button', { name: t.register.search, exact: true }).click();
    await expect.poll(() => page.locator('#register-q-error').count()).toBe(1);
    expect(await page.getByLabel(t.register.number, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expectNoPageProblems(page);
    await context.close();
  });
});

describe.each(LANGS)('deadlines and routing rules (%s)', (lang) => {
  const t = T[lang];

  it('the deadline page counts cases and draws response times as an accessible chart with a table', async () => {
    const { context, page } = await staff(lang);
    await page.goto(`${WS}/cases/deadlines`);
    await settle(page);
    await expectText(page.locator('main h1'), t.deadlines.title);
    const counts = page.getByRole('definition');
    expect(await counts.count()).toBeGreaterThanOrEqual(8);
    const chart = page.locator('svg.rt-chart-svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').textContent()).toBe(t.stats.chartTitle);
    expect(await chart.locator('desc').textContent()).toMatch(/%/);
    expect(await chart.locator('rect.rt-bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.rt-table tbody tr').count()).toBeGreaterThan(2);
    await expectText(page.locator('.rt-table tbody tr').last(), t.stats.total);
    // Every referral made so far has been confirmed.
    await expectText(page.locator('main'), t.deadlines.noneAwaiting);
    await expectNoAxeViolations(page, `deadlines (${lang})`);
    await screenshot(page, 'case-deadlines', lang);
    // A period the wrong way round is refused at its field in the page's language.
    await page.getByLabel(t.stats.from, { exact: true }).fill('2026-12-31');
    await page.getByLabel(t.stats.to, { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: t.stats.show, exact: true }).click();
    await expect.poll(() => page.locator('#stats-from-error').count()).toBe(1);
    expectNoPageProblems(page);
    await context.close();
  });

  it('admins see the routing rules, try them and add one', async () => {
    const { context, page } = await staff(lang);
    await page.goto(`${WS}/admin/case-routing`);
    await settle(page);
    await expectText(page.locator('main h1'), t.rules.title);
    expect(await page.locator('.rules-table tbody tr').count()).toBeGreaterThanOrEqual(5);
    await page.getByLabel(t.rules.category, { exact: true }).selectOption('finansiering');
    await page.getByLabel(t.rules.tryTitleField, { exact: true }).fill('Behöver lån till en ny maskin');
    await page.getByRole('button', { name: t.rules.try, exact: true }).click();
    await expectText(page.locator('.try-result'), 'Almi');
    await expectNoAxeViolations(page, `routing rules (${lang})`);
    await screenshot(page, 'routing-rules', lang);

    await page.getByRole('button', { name: t.rules.add, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const name = `E2E ${lang} ${stamp}: fiber`;
    await dialog.getByLabel(t.rules.name, { exact: true }).fill(name);
    await dialog.getByLabel(t.rules.priority, { exact: true }).fill(String(60 + LANGS.indexOf(lang)));
    await dialog.getByLabel(t.rules.words, { exact: true }).fill('fiber, bredband');
    await dialog.getByLabel(t.rules.unit, { exact: true }).selectOption('bygg-miljo');
    await expectNoAxeViolations(page, `routing rule dialog (${lang})`);
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectText(page.getByRole('status').filter({ hasText: name }), name);
    await expectText(page.locator('.rules-table'), name);
    expectNoPageProblems(page);
    await context.close();
  });
});
