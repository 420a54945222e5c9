// A viewer's own profile: name and language saved, password changed (the wrong current
// password and a mistyped repeat are caught), and no administration for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoPageProblems, expectText, htmlLang, launchBrowser, newContext, settle } from './support/browser.ts';

const VIEWER = 'lars.angstrom@ostanvik.example';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('profile', () => {
  it('saves name and language, and changes the password', async () => {
    const context = await newContext(browser, 'sv');
    await apiLogin(context, VIEWER);
    const page = await context.newPage();
    await page.goto('/profile');
    await settle(page);

    await page.getByLabel('Namn').fill('Lars Ängström (KS)');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('da');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'gemt' }), 'Dine oplysninger er gemt.');
    expect(await htmlLang(page)).toBe('da');
    await expectText(page.locator('header'), 'Lars Ängström (KS)');

    const current = page.getByLabel('Nuværende adgangskode');
    const next = page.getByLabel('Ny adgangskode');
    const repeat = page.getByLabel('Gentag den nye adgangskode');
    await current.fill('not-my-password');
    await next.fill('ny-adgangskode-123');
    await repeat.fill('ny-adgangskode-123');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expectText(page.locator('#pw-current-error'), 'Den nuværende adgangskode er forkert.');
    expect(await current.getAttribute('aria-invalid')).toBe('true');

    await current.fill(e2e().demoPassword);
    await repeat.fill('ny-adgangskode-124');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expectText(page.locator('#pw-repeat-error'), 'De to adgangskoder er ikke ens.');

    await repeat.fill('ny-adgangskode-123');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'skiftet' }), 'Din adgangskode er skiftet.');
    expect(await current.inputValue()).toBe('');

    // The new password works; put the demo one back for other tests.
    const check = await newContext(browser, 'sv');
    await apiLogin(check, VIEWER, 'ny-adgangskode-123');
    await check.close();
    await current.fill('ny-adgangskode-123');
    await next.fill(e2e().demoPassword);
    await repeat.fill(e2e().demoPassword);
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'skiftet' }), 'Din adgangskode er skiftet.');
    expectNoPageProblems(page);
    await context.close();
  });

  it('a viewer sees no administration, and its pages say so', async () => {
    const context = await newContext(browser, 'sv');
    await apiSetLocale(context, await apiLogin(context, VIEWER), 'sv');
    const page = await context.newPage();
    await page.goto('/w/demo-ostanvik');
    await settle(page);
    expect(await page.getByRole('link', { name: 'Användare och roller' }).count()).toBe(0);
    await page.goto('/w/demo-ostanvik/admin/users');
    await settle(page);
    await expectText(page.locator('main h1'), 'Ingen behörighet');
    const api = await page.request.get(`/api/w/${e2e().demoWorkspaceId}/invites`);
    expect(api.status()).toBe(403);
    await context.close();
  });
});
