// Logging in: the first language comes from the browser, errors are announced and sit next to
// their fields, throttling says how long to wait, and the person lands where they were going.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2e, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, launchBrowser, newContext, screenshot, settle } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('login', () => {
  it('starts in the browser’s language, falls back to Swedish, and remembers a choice', async () => {
    for (const [locale, lang, heading] of [
      ['da-DK', 'da', 'Log ind'],
      ['en-US', 'en', 'Log in'],
      ['nb-NO', 'da', 'Log ind'],
      ['fr-FR', 'sv', 'Logga in'],
    ] as const) {
      const context = await newContext(browser, locale);
      const page = await context.newPage();
      await page.goto('/login');
      await settle(page);
      await expectText(page.locator('h1'), heading);
      expect(await htmlLang(page), locale).toBe(lang);
      await context.close();
    }

    const context = await newContext(browser, 'fr-FR');
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page.locator('h1'), 'Log in');
    await page.reload();
    await settle(page);
    await expectText(page.locator('h1'), 'Log in');
    expect(await htmlLang(page)).toBe('en');
    await context.close();
  });

  it('shows field errors next to the fields and wrong credentials in an alert', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto('/login');
    await settle(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    const email = page.getByLabel('E-mail address');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expectText(page.locator('#login-email-error'), 'Enter a valid e-mail address');
    await expectText(page.locator('#login-password-error'), 'This field is required.');
    expect(await email.getAttribute('aria-describedby')).toBe('login-email-error');
    await expectText(page.getByRole('alert'), 'Some details are not valid');
    await expectNoAxeViolations(page, 'login with field errors');
    await screenshot(page, 'login-errors', 'en');

    await email.fill(DEMO_ADMIN);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectText(page.getByRole('alert'), 'Wrong e-mail address or password.');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expectNoPageProblems(page);
    await context.close();
  });

  it('tells how long to wait after too many failed attempts (429)', async () => {
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    await page.goto('/login');
    await settle(page);
    await page.getByLabel('E-postadress').fill(`ingen.${Date.now()}@example.org`);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    const button = page.getByRole('button', { name: 'Logga in' });
    // Three free failures for this account from this address, then a wait that grows (decision 004).
    for (let i = 0; i < 3; i++) {
      const response = page.waitForResponse('**/api/auth/login');
      await button.click();
      expect((await response).status()).toBe(401);
    }
    const response = page.waitForResponse('**/api/auth/login');
    await button.click();
    expect((await response).status()).toBe(429);
    await expectText(page.getByRole('alert'), /För många misslyckade försök\. Vänta [1-5] sekund(er)? innan du försöker igen\./);
    await screenshot(page, 'login-throttled', 'sv');
    await context.close();
  });

  it('returns to the page the person asked for', async () => {
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    await page.goto('/w/demo-ostanvik/admin/audit');
    await page.waitForURL('**/login');
    await page.getByLabel('E-postadress').fill(DEMO_ADMIN);
    await page.getByLabel('Lösenord').fill(e2e().demoPassword);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/w/demo-ostanvik/admin/audit');
    await settle(page);
    expect(await page.locator('main h1').count()).toBe(1);
    expectNoPageProblems(page);
    await context.close();
  });
});
