// Personal data requests and retention as an administrator uses them, in each language: find a
// person by e-mail address, see what is held, download the PDF, open the erasure's confirmation
// (what goes, what stays and why), erase, and read the result. axe on every state; screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoAxeViolations, expectNoPageProblems, expectText, LANGS, launchBrowser, newContext, screenshot, settle } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

const WS = '/w/demo-ostanvik';
const TEXT = {
  sv: { find: 'Sök', erase: 'Radera…', confirm: 'Radera', kept: 'Behålls, och varför', done: 'Raderingen är klar' },
  da: { find: 'Find', erase: 'Slet…', confirm: 'Slet', kept: 'Bevares, og hvorfor', done: 'Sletningen er udført' },
  en: { find: 'Find', erase: 'Erase…', confirm: 'Erase', kept: 'Kept, and why', done: 'The erasure is done' },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('personal data requests in %s', (lang) => {
  it('finds a person, offers their data, and erases what no rule keeps', async () => {
    const context = await newContext(browser, lang);
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, lang);
    // Someone in the register who also asked a question through the public form (an open case: kept).
    const email = `zofia.${lang}.${Date.now()}@example.pl`;
    const ws = e2e().demoWorkspaceId;
    const person = await context.request.post(`/api/w/${ws}/people`, {
      data: { name: 'Zofia Łęcka-Ærø', email, legalBasis: 'consent', legalBasisDate: '2026-01-15', notes: 'Träffades på mässan i Gdańsk.' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(person.status()).toBe(201);
    const ask = await context.request.post('/api/public/demo-ostanvik/questions', {
      data: { language: lang, requesterKind: 'newcomer', topic: 'ny-i-kommunen', question: 'Hur anmäler jag flytt?', name: 'Zofia Łęcka-Ærø', email, consent: true },
      headers: { 'x-csrf-token': csrf },
    });
    expect(ask.status()).toBe(201);
    const { reference } = (await ask.json()) as { reference: string };

    const page = await context.newPage();
    await page.goto(`${WS}/admin/privacy`);
    await settle(page);
    await page.locator('#privacy-email').fill(email);
    await page.locator('form').filter({ has: page.locator('#privacy-email') }).getByRole('button', { name: TEXT[lang].find }).click();
    await expectText(page.locator('#privacy-subject'), email);
    await expectText(page.locator('main'), reference);
    await expectText(page.locator('main'), TEXT[lang].kept);
    await settle(page);
    await expectNoAxeViolations(page, `privacy request (${lang})`);
    await screenshot(page, 'privacy-subject', lang);

    // The PDF link answers with a PDF.
    const href = await page.locator('a[href*="format=pdf"]').getAttribute('href');
    const pdf = await context.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: TEXT[lang].erase }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectText(dialog, 'Zofia Łęcka-Ærø');
    await expectText(dialog, reference);
    await expectNoAxeViolations(page, `erasure confirmation (${lang})`);
    await screenshot(page, 'privacy-erase-confirm', lang);
    await dialog.getByRole('button', { name: TEXT[lang].confirm, exact: true }).click();
    await expectText(page.getByRole('status').filter({ hasText: TEXT[lang].done }), TEXT[lang].done);
    await expectText(page.locator('#privacy-result'), '');
    await expectText(page.locator('main'), reference);
    await expectNoAxeViolations(page, `erasure result (${lang})`);
    await screenshot(page, 'privacy-erased', lang);
    expect((await context.request.get(`/api/w/${ws}/people/${((await person.json()) as { id: string }).id}`)).status()).toBe(404);
    expectNoPageProblems(page);
    await context.close();
  });
});
