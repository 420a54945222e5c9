// The audit log at length: 50 entries a page, "show more" follows nextCursor, and filters
// that match nothing say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiLogin, apiSetLocale, expectNoAxeViolations, expectNoPageProblems, expectText, launchBrowser, newContext, settle } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('audit log', () => {
  it('loads more entries through the cursor, and filters by type and date', async () => {
    const context = await newContext(browser, 'en');
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, 'en');
    // Enough audited writes for more than one page (each profile save is recorded).
    for (let i = 0; i < 60; i++) {
      const res = await context.request.patch('/api/me', { data: { name: 'Anna Lindqvist' }, headers: { 'x-csrf-token': csrf } });
      expect(res.status()).toBe(200);
    }
    const page = await context.newPage();
    await page.goto('/w/demo-ostanvik/admin/audit');
    await settle(page);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(50);
    await expectText(page.getByRole('status').filter({ hasText: 'Showing' }), 'Showing the latest 50 events. There are more.');

    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(60);
    // The newest entry stays on top: the second page was appended, not swapped in.
    expect(await rows.first().innerText()).toContain('Profile changed');

    // Only memberships: the demo's "Member added" entries, none of the profile saves.
    await page.getByLabel('Concerns').selectOption({ label: 'Membership' });
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(async () => (await rows.allInnerTexts()).every((t) => t.includes('Membership'))).toBe(true);

    // A future date range matches nothing, and the page says so.
    await page.getByLabel('From date').fill('2999-01-01');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expectText(page.locator('main'), 'No events match the filters');
    await expectNoAxeViolations(page, 'audit log with no matches');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(50);
    expect(await rows.first().innerText()).toContain('Profile changed');
    expectNoPageProblems(page);
    await context.close();
  });
});
