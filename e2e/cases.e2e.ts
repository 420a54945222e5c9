// The case desk ("one way in") as people use it, in Swedish, Danish and English: a company asks
// through the public form in a browser that never logged in (a wrong organisation number is
// caught at its field in the page's language) and gets a receipt with its registration number;
// the contact-centre adviser finds the case, assigns it, starts, answers and closes it, writes an
// internal note and a message, reveals the contact details (the read is audited), and a move a
// colleague made meanwhile is refused in the server's words. Also: registering a phone call,
// the shortcuts of the list, a viewer's read-only page, and categories and units for admins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, LANGS, launchBrowser, newContext, screenshot, settle, type Lang } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';
import sv from '../src/web/i18n/cases.sv.json' with { type: 'json' };
import da from '../src/web/i18n/cases.da.json' with { type: 'json' };
import en from '../src/web/i18n/cases.en.json' with { type: 'json' };
import { identifierMessages } from '../src/shared/identifiers/messages.ts';
import { t as serverText } from '../src/server/i18n/messages.ts';
import { transitionVars } from '../src/server/modules/cases/workflow.ts';
import { seOrgnr } from './support/identifiers.ts';

const DESK = 'marta.hakansson@ostanvik.example';
const VIEWER = 'lars.angstrom@ostanvik.example';
const WS = '/w/demo-ostanvik';
const CASES = `${WS}/cases`;
const T: Record<Lang, typeof en.cases> = { sv: sv.cases, da: da.cases, en: en.cases };
const stamp = Date.now().toString(36);
const api = (path: string) => `/api/w/${e2e().demoWorkspaceId}${path}`;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));

/** A Swedish organisation number with a correct Luhn check digit, and the same with a wrong one. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Staff in `lang`. Only the admin's saved language is set; the others follow the browser's. */
async function staff(lang: Lang, email = DESK): Promise<{ context: BrowserContext; page: Page; csrf: string }> {
  const context = await newContext(browser, lang);
  const csrf = await apiLogin(context, email);
  if (email === DEMO_ADMIN) await apiSetLocale(context, csrf, lang);
  return { context, page: await context.newPage(), csrf };
}

const statusText = (page: Page) => page.locator('.case-facts .status').first().innerText();

/** Opens a dialog with the button `name`, runs `inside`, submits it and waits for it to close. */
async function inDialog(page: Page, name: string, inside: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.locator('.case-actions').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await inside(dialog);
  await dialog.locator('button[type="submit"]').click();
  await expect.poll(() => dialog.count()).toBe(0);
}

interface Receipt {
  reference: string;
  company: string;
  email: string;
  question: string;
}

/** A company asks through the public form, without logging in; returns what the receipt said. */
async function askAsCompany(lang: Lang): Promise<Receipt> {
  const t = T[lang];
  const company = `E2E Fönsterbolaget ${lang} ${stamp}`;
  const email = `kontakt.${lang}.${stamp}@fonsterbolaget.example`;
  const question = `E2E ${lang} ${stamp}: Vi vill exportera fönster till Danmark och Polen. Vilket stöd finns?`;
  const numbers = seOrgnr(`5599${String(Date.now() % 100000).padStart(5, '0')}`.slice(0, 8) + String(LANGS.indexOf(lang) + 1));
  const context = await newContext(browser, lang);
  const page = await context.newPage();
  await page.goto('/ask/demo-ostanvik');
  await settle(page);
  expect(await htmlLang(page)).toBe(lang);
  await expectText(page.locator('main h1'), fill(t.ask.title, { workspace: 'Östanviks kommun (demo)' }));
  await expectText(page.locator('.survey-privacy'), t.ask.privacyPublicSe);
  await expectNoAxeViolations(page, `public question form (${lang})`);
  await screenshot(page, 'ask', lang);

  // The field robots fill in: out of sight, out of the tab order and hidden from screen readers.
  const trap = page.locator('input[name="homepage"]');
  expect(await trap.getAttribute('tabindex')).toBe('-1');
  expect(await trap.evaluate((el) => el.closest('[aria-hidden="true"]') !== null)).toBe(true);
  expect(await trap.evaluate((el) => el.closest('.visually-hidden')?.getBoundingClientRect().width)).toBeLessThanOrEqual(1);

  await page.getByLabel(t.ask.kinds.company, { exact: true }).check();
  await page.getByLabel(t.ask.companyName, { exact: true }).fill(company);
  await page.getByLabel(t.ask.organisationNumber, { exact: true }).fill(numbers.wrong);
  await page.getByLabel(t.ask.topic, { exact: true }).selectOption('export');
  await page.getByLabel(t.ask.question, { exact: true }).fill(question);
  await page.getByLabel(t.ask.name, { exact: true }).fill('Karin Fönster');
  await page.getByLabel(t.ask.email, { exact: true }).fill(email);
  await page.getByLabel(t.ask.consent).check();

  // The wrong check digit: the server's message at the field and in the summary, which has the focus.
  await page.getByRole('button', { name: t.ask.submit }).click();
  const numberError = identifierMessages['field.identifier_check_digit'][lang];
  await expectText(page.locator('#ask-org-number-error'), numberError);
  expect(await page.locator('#ask-org-number').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#ask-org-number').getAttribute('aria-describedby')).toContain('ask-org-number-error');
  await expectText(page.locator('.error-summary'), numberError);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  await expectNoAxeViolations(page, `public question form with an error (${lang})`);
  await screenshot(page, 'ask-errors', lang);
  await page.locator('.error-summary a').first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ask-org-number');

  await page.locator('#ask-org-number').fill(numbers.valid);
  await page.getByRole('button', { name: t.ask.submit }).click();
  await expectText(page.locator('main h1'), t.receipt.title);
  const reference = (await page.locator('.receipt-number-value').innerText()).trim();
  expect(reference).toMatch(/^KS \d{4}\/\d{4}$/);
  await expectText(page.locator('.receipt'), t.receipt.number);
  await expectText(page.locator('main'), fill(t.receipt.quote, { reference }));
  await expectText(page.locator('main'), t.receipt.stepEmail);
  await expectNoAxeViolations(page, `receipt (${lang})`);
  await screenshot(page, 'ask-receipt', lang);
  // An address without a workspace behind it says so, and offers no form.
  await page.goto('/ask/no-such-municipality');
  await settle(page);
  await expectText(page.locator('main h1'), t.ask.notFoundTitle);
  expect(await page.locator('form').count()).toBe(0);
  await expectNoAxeViolations(page, `question form not found (${lang})`);
  await screenshot(page, 'ask-not-found', lang);
  expectNoPageProblems(page);
  await context.close();
  return { reference, company, email, question };
}

describe.each(LANGS)('case desk in %s', (lang) => {
  const t = T[lang];

  it('a company asks without logging in and gets a number; the desk assigns, starts, notes, writes, answers and closes; a stale move is refused', async () => {
    const asked = await askAsCompany(lang);
    const { context, page, csrf } = await staff(lang);

    // The list finds the new case by its number.
    await page.goto(CASES);
    await settle(page);
    expect(await htmlLang(page)).toBe(lang);
    await expectText(page.locator('main h1'), t.list.title);
    const tabs = page.getByRole('navigation', { name: t.nav.label });
    expect(await tabs.getByRole('link', { name: t.nav.list, exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: t.nav.settings }).count()).toBe(0);
    await expectNoAxeViolations(page, `case list (${lang})`);
    await screenshot(page, 'cases', lang);
    await page.locator('#case-search').fill(asked.reference);
    await page.getByRole('button', { name: t.list.searchButton, exact: true }).click();
    const row = page.locator('main table tbody tr').filter({ hasText: asked.reference });
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(1);
    await expectText(row, asked.company);
    await expectText(row, t.status.received);
    await row.getByRole('link', { name: asked.reference }).click();
    await settle(page);
    await expectText(page.locator('main h1'), asked.reference);
    await expectText(page.locator('.case-question'), asked.question);
    expect(await statusText(page)).toBe(t.status.received);
    const caseId = page.url().split('/cases/')[1]!;

    // Assign to the contact centre and to herself.
    await inDialog(page, t.assign.open, async (dialog) => {
      await dialog.locator('#assign-unit').selectOption('kontaktcenter');
      await dialog.getByLabel(t.fields.officer, { exact: true }).selectOption({ label: 'Märta Håkansson' });
      await dialog.getByLabel(t.move.comment).fill('E2E: kontaktcenter tar frågan.');
      await expectNoAxeViolations(page, `assign dialog (${lang})`);
      await screenshot(page, 'case-assign', lang);
    });
    await expect.poll(() => statusText(page)).toBe(t.status.assigned);
    await expectText(page.locator('.case-facts'), 'Märta Håkansson');
    await expectText(page.getByRole('status').filter({ hasText: asked.reference }), 'Märta Håkansson');

    // Start work.
    await inDialog(page, t.move.in_progress);
    await expect.poll(() => statusText(page)).toBe(t.status.in_progress);

    // An internal note, kept apart from the messages.
    const note = `E2E ${lang}: Ring Business Sweden om exportcheckar.`;
    await page.getByLabel(t.notes.body, { exact: true }).fill(note);
    await page.getByRole('button', { name: t.notes.submit }).click();
    await expectText(page.locator('.case-notes .case-entries'), note);
    await expectText(page.locator('.case-notes'), t.notes.internal);
    expect(await page.locator('.case-messages').innerText()).not.toContain(note);

    // A message to the requester by e-mail.
    const message = `E2E ${lang}: Vi har bokat ett möte med en exportrådgivare åt er.`;
    await page.getByLabel(t.messages.body, { exact: true }).fill(message);
    await page.getByRole('button', { name: t.messages.submitMail }).click();
    await expectText(page.locator('.case-messages .case-entries'), message);
    await expectText(page.getByRole('status').filter({ hasText: t.messages.sent }), t.messages.sent);
    expect(await page.locator('.case-notes').innerText()).not.toContain(message);

    // Contact details only on request; the read is in the audit log.
    expect(await page.locator('main').innerText()).not.toContain(asked.email);
    await page.getByRole('button', { name: t.requester.reveal }).click();
    await expectText(page.locator('.case-contact'), asked.email);
    await expectText(page.locator('.case-contact'), asked.company);
    const admin = await newContext(browser, lang);
    await apiLogin(admin, DEMO_ADMIN);
    const audit = (await (await admin.request.get(api(`/audit?action=case.requester_read&entityId=${caseId}`))).json()) as { items: { actor: { name: string } | null }[] };
    expect(audit.items.map((a) => a.actor?.name)).toContain('Märta Håkansson');
    await admin.close();

    // Answer (e-mailed to the requester) and close.
    await inDialog(page, t.move.answered, async (dialog) => {
      await dialog.getByLabel(t.move.answer).fill(`E2E ${lang}: Exportcheckar söks hos Business Sweden; vi hjälper gärna till.`);
    });
    await expect.poll(() => statusText(page)).toBe(t.status.answered);
    await expectText(page.locator('.case-messages'), t.messageKind.answer);
    await inDialog(page, t.move.closed);
    await expect.poll(() => statusText(page)).toBe(t.status.closed);

    // A colleague reopens the case meanwhile; this page still offers "reopen", and the server
    // refuses it, saying where the case can go now.
    const reopened = await context.request.post(api(`/cases/${caseId}/status`), { data: { status: 'in_progress', comment: 'E2E: följdfråga per telefon.' }, headers: { 'x-csrf-token': csrf } });
    expect(reopened.status(), await reopened.text()).toBe(200);
    await page.locator('.case-actions').getByRole('button', { name: t.move.reopen, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('button[type="submit"]').click();
    const alert = dialog.locator('.error-summary');
    await expectText(alert, serverText(lang, 'case.transition_forbidden'));
    await expectText(alert, serverText(lang, 'field.case_transition', transitionVars('in_progress', lang)));
    await expectNoAxeViolations(page, `refused move (${lang})`);
    await screenshot(page, 'case-refused', lang);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => statusText(page)).toBe(t.status.in_progress);
    await inDialog(page, t.move.closed);
    await expect.poll(() => statusText(page)).toBe(t.status.closed);

    // The history has every move.
    const history = await page.locator('.case-history').innerText();
    for (const s of ['received', 'assigned', 'in_progress', 'answered', 'closed'] as const) expect(history).toContain(t.status[s]);
    await expectNoAxeViolations(page, `case page (${lang})`);
    await screenshot(page, 'case', lang);

    // The form for questions that came another way, in this language too.
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.new }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.new.title);
    await expectNoAxeViolations(page, `register a case (${lang})`);
    await screenshot(page, 'cases-new', lang);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('registering and finding cases', () => {
  it('registers a phone call linked to an organisation in the register (da); a wrong number is caught at its field', async () => {
    const t = T.da;
    const { context, page } = await staff('da');
    await page.goto(CASES);
    await settle(page);
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.new }).click();
    await settle(page);
    await expectText(page.locator('main h1'), t.new.title);
    const title = `E2E ${stamp}: Studiebesøg fra Frederikshavn i juni`;
    await page.getByLabel(t.new.channel, { exact: true }).selectOption('phone');
    await page.getByLabel(t.fields.category, { exact: true }).selectOption('export');
    await page.getByLabel(t.fields.title, { exact: true }).fill(title);
    await page.locator('#new-description').fill('Frederikshavn vil gerne besøge savværket og vindkraftfirmaet i juni.');
    await page.locator('#new-kind-other').check();
    await page.locator('#new-req-name').fill('Mette Østergaard');
    await page.locator('#new-req-scheme').selectOption('dk_cvr');
    await page.locator('#new-req-org-number').fill('29189731');
    await page.getByRole('button', { name: t.new.submit }).click();
    await expectText(page.locator('#new-req-org-number-error'), identifierMessages['field.identifier_check_digit'].da);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);

    // The right CVR number is Frederikshavn's: the case is linked to it by itself.
    await page.locator('#new-req-org-number').fill('29189730');
    await page.getByRole('button', { name: t.new.submit }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await settle(page);
    await expectText(page.locator('main h1'), title);
    const reference = (await page.locator('.case-reference').innerText()).trim();
    await expectText(page.getByRole('status').filter({ hasText: reference }), fill(t.new.registered, { reference }));
    await expectText(page.locator('.case-facts'), t.channel.phone);
    await expectText(page.locator('.case-aside'), 'Frederikshavn Kommune');
    expect(await page.getByRole('link', { name: 'Frederikshavn Kommune' }).first().getAttribute('href')).toMatch(/\/register\/organisations\/[0-9a-f-]{36}$/);
    expectNoPageProblems(page);
    await context.close();
  });

  it('has shortcuts for my cases, overdue and due today, and filters in the address (en)', async () => {
    const t = T.en;
    const { context, page } = await staff('en');
    await page.goto(CASES);
    await settle(page);
    const quick = page.getByRole('navigation', { name: t.quick.label });
    await quick.getByRole('link', { name: t.quick.overdue }).click();
    await settle(page);
    expect(page.url()).toContain('deadline=overdue');
    const overdue = (await (await context.request.get(api('/cases?overdue=true&limit=200'))).json()) as { items: { reference: string }[] };
    expect(overdue.items.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(overdue.items.length);
    expect(await page.locator('main table tbody tr.case-row--overdue').count()).toBe(overdue.items.length);
    await expectText(page.locator('main table tbody tr').first(), t.due.overdue);
    expect(await quick.getByRole('link', { name: t.quick.overdue }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page, 'overdue cases (en)');

    await quick.getByRole('link', { name: t.quick.mine }).click();
    await settle(page);
    const mine = (await (await context.request.get(api('/cases?assignee=me&open=true&limit=200'))).json()) as { items: { reference: string }[] };
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(mine.items.length || 0);
    if (mine.items.length) for (const r of await page.locator('main table tbody tr').allInnerTexts()) expect(r).toContain('Märta Håkansson');
    else await expectText(page.locator('main'), t.list.noMatches);

    await page.getByLabel(t.fields.status, { exact: true }).selectOption('closed');
    await settle(page);
    expect(page.url()).toContain('status=closed');
    await page.getByRole('button', { name: t.filters.clear }).click();
    await page.getByLabel(t.filters.deadline, { exact: true }).selectOption('today');
    await settle(page);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const open = (await (await context.request.get(api('/cases?open=true&sort=due&limit=200'))).json()) as { items: { dueOn: string }[] };
    const dueToday = open.items.filter((c) => c.dueOn === today).length;
    if (dueToday) await expect.poll(() => page.locator('main table tbody tr').count()).toBe(dueToday);
    else await expectText(page.locator('main'), t.list.noMatches);
    expectNoPageProblems(page);
    await context.close();
  });

  it('shows a viewer the case without any way to change it (sv)', async () => {
    const t = T.sv;
    const { context, page } = await staff('sv', VIEWER);
    const list = (await (await context.request.get(api('/cases?limit=1'))).json()) as { items: { id: string; reference: string }[] };
    await page.goto(`${CASES}/${list.items[0]!.id}`);
    await settle(page);
    await expectText(page.locator('main h1'), list.items[0]!.reference);
    await expectText(page.locator('.case-facts'), t.case.readOnly);
    expect(await page.locator('.case-actions').count()).toBe(0);
    expect(await page.getByRole('button', { name: t.notes.submit }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.new }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case page for a viewer (sv)');
    expectNoPageProblems(page);
    await context.close();
  });
});

describe.each(LANGS)('categories and units in %s', (lang) => {
  it('an admin adds a unit and changes a category’s response time', async () => {
    const t = T[lang];
    const { context, page, csrf } = await staff(lang, DEMO_ADMIN);
    await page.goto(`${CASES}/settings`);
    await settle(page);
    await expectText(page.locator('main h1'), t.settings.title);
    await expectNoAxeViolations(page, `case settings (${lang})`);
    await screenshot(page, 'cases-settings', lang);

    const code = `e2e-${lang}-${stamp}`;
    const name = `E2E Turistbyrån ${lang} ${stamp}`;
    await page.getByText(t.settings.addUnit, { exact: true }).first().click();
    await page.locator('#unit-new-code').fill(code);
    await page.locator('#unit-new-label-sv').fill(name);
    await page.locator('#unit-new-label-da').fill(name);
    await page.locator('#unit-new-label-en').fill(name);
    await page.locator('form[aria-label="' + t.settings.addUnit + '"]').getByRole('button', { name: t.settings.addUnit }).click();
    await expectText(page.locator('#units-heading ~ .table-wrap tbody'), name);

    const category = page.locator('#categories-heading ~ .table-wrap tbody tr').filter({ hasText: 'ovrigt' });
    await category.getByRole('button', { name: new RegExp(`^${t.settings.edit}`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#cat-edit-days').fill('12');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The response-time column (the second data cell after the name) holds the bare number.
    await expect.poll(async () => (await category.locator('td').nth(1).textContent())?.trim()).toBe('12');
    // Back as it was, for the other tests.
    const res = await context.request.patch(api('/case-categories/ovrigt'), { data: { responseDays: 10 }, headers: { 'x-csrf-token': csrf } });
    expect(res.status(), await res.text()).toBe(200);
    expectNoPageProblems(page);
    await context.close();
  });
});

describe('at 200 % zoom (640 CSS pixels)', () => {
  const PAGES: [name: string, path: string | null][] = [
    ['ask', '/ask/demo-ostanvik'],
    ['cases', CASES],
    ['cases-new', `${CASES}/new`],
    ['case', null], // the newest case, found when the test runs
  ];
  it.each(PAGES)('%s does not scroll sideways', async (name, path) => {
    const context = await newContext(browser, 'sv', { width: 640, height: 900 });
    await apiLogin(context, DESK);
    const page = await context.newPage();
    const newest = async () => ((await (await context.request.get(api('/cases?limit=1'))).json()) as { items: { id: string }[] }).items[0]!.id;
    await page.goto(path ?? `${CASES}/${await newest()}`);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${name} at 200 % zoom`);
    await screenshot(page, `zoom200-${name}`, 'sv');
    expectNoPageProblems(page);
    await context.close();
  });
});
