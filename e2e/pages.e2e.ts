// Every page in Swedish, Danish and English: axe finds no WCAG 2.1 AA violation, the CSP is
// never violated, and a screenshot is written to e2e/screenshots/<page>.<lang>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  apiLogin,
  apiSetLocale,
  e2e,
  expectNoAxeViolations,
  expectNoPageProblems,
  htmlLang,
  LANGS,
  launchBrowser,
  newContext,
  screenshot,
  settle,
} from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

const WS = '/w/demo-ostanvik';
const APP_PAGES: [name: string, path: string][] = [
  ['start', WS],
  ['register', `${WS}/register`],
  ['projects', `${WS}/projects`],
  ['goals', `${WS}/goals`],
  ['cases', `${WS}/cases`],
  ['events', `${WS}/events`],
  ['profile', '/profile'],
  ['users', `${WS}/admin/users`],
  ['audit', `${WS}/admin/audit`],
  ['not-found', `${WS}/no-such-page`],
  ['workspace-not-found', '/w/other'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function check(page: Page, name: string, lang: (typeof LANGS)[number]) {
  await settle(page);
  expect(await htmlLang(page), `<html lang> on ${name}`).toBe(lang);
  await expectNoAxeViolations(page, `${name} (${lang})`);
  await screenshot(page, name, lang);
  expectNoPageProblems(page);
}

describe.each(LANGS)('every page in %s', (lang) => {
  it('pages before logging in: login, invitation, broken invitation link', async () => {
    // An invitation to preview, created by the admin in a separate browser profile.
    const admin = await newContext(browser, lang);
    const csrf = await apiLogin(admin, DEMO_ADMIN);
    const res = await admin.request.post(`/api/w/${e2e().demoWorkspaceId}/invites`, {
      data: { email: `preview.${lang}.${Date.now()}@example.org`, role: 'desk' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(res.status()).toBe(201);
    const { link } = (await res.json()) as { link: string };
    await admin.close();

    const context = await newContext(browser, lang);
    const page = await context.newPage();
    await page.goto('/login');
    await check(page, 'login', lang); // first visit: the language comes from the browser
    await page.goto(new URL(link).pathname);
    await check(page, 'invite', lang);
    await page.goto('/invite/this-link-is-not-valid-at-all-000000');
    await check(page, 'invite-invalid', lang);
    await context.close();
  });

  it('pages of the workspace, profile and administration', async () => {
    const context = await newContext(browser, lang);
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, lang);
    const page = await context.newPage();
    for (const [name, path] of APP_PAGES) {
      await page.goto(path);
      await check(page, name, lang);
    }
    await context.close();
  });
});
