// Invitations beyond the first journey: revoking a pending one (its link stops working), and
// inviting someone who already has an account elsewhere — they confirm with their password and
// get a workspace switcher with exactly their two workspaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiLogin, apiSetLocale, e2e, expectNoAxeViolations, expectNoPageProblems, expectText, launchBrowser, newContext, settle } from './support/browser.ts';
import { DEMO_ADMIN, OTHER_ADMIN, OTHER_PASSWORD } from './support/global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function adminOnUsersPage() {
  const context = await newContext(browser, 'en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const csrf = await apiLogin(context, DEMO_ADMIN);
  await apiSetLocale(context, csrf, 'en');
  const page = await context.newPage();
  await page.goto('/w/demo-ostanvik/admin/users');
  await settle(page);
  return page;
}

async function invite(page: Awaited<ReturnType<typeof adminOnUsersPage>>, email: string, role: string) {
  await page.getByLabel('E-mail address', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect.poll(() => page.getByLabel('Invitation link').inputValue()).toContain('/invite/');
  return page.getByLabel('Invitation link').inputValue();
}

describe('invitations', () => {
  it('copies the link, and a revoked invitation’s link no longer works', async () => {
    const page = await adminOnUsersPage();
    const email = `aterkallas.${Date.now()}@example.org`;
    const link = await invite(page, email, 'Viewer');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expectText(page.locator('.copy-status'), 'The link has been copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.getByRole('button', { name: `Revoke ${email}` }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'revoked' }), `The invitation for ${email} has been revoked.`);
    await expectText(page.getByRole('row').filter({ hasText: email }), 'Revoked');

    const visitor = await newContext(browser, 'sv');
    const vp = await visitor.newPage();
    await vp.goto(new URL(link).pathname);
    await settle(vp);
    await expectText(vp.locator('main h1'), 'Inbjudan kan inte användas');
    await expectText(vp.locator('main'), 'Inbjudningslänken är ogiltig, har gått ut eller har redan använts.');
    await visitor.close();
    expectNoPageProblems(page);
    await page.context().close();
  });

  it('someone with an account confirms with their password and can switch workspaces', async () => {
    const page = await adminOnUsersPage();
    const link = await invite(page, OTHER_ADMIN, 'Viewer');
    await page.context().close();

    const context = await newContext(browser, 'sv');
    const bo = await context.newPage();
    await bo.goto(new URL(link).pathname);
    await settle(bo);
    await expectText(bo.locator('main h1'), 'Gå med i Östanviks kommun (demo)');
    expect(await bo.getByLabel('Namn').count(), 'no name field for an existing account').toBe(0);
    await bo.getByLabel('Ditt lösenord').fill('wrong-password-here');
    await bo.getByRole('button', { name: 'Tacka ja till inbjudan' }).click();
    await expectText(bo.locator('#invite-password-error'), 'Det nuvarande lösenordet stämmer inte.');

    await bo.getByLabel('Ditt lösenord').fill(OTHER_PASSWORD);
    await bo.getByRole('button', { name: 'Tacka ja till inbjudan' }).click();
    await bo.waitForURL('**/w/demo-ostanvik');
    await settle(bo);

    // Two workspaces now: the header offers exactly those two.
    const switcher = bo.getByRole('button', { name: /Byt arbetsyta/ });
    await expectText(switcher, 'Östanviks kommun (demo)');
    await switcher.click();
    const menu = bo.getByRole('menu', { name: 'Byt arbetsyta' });
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allInnerTexts();
    expect(items.map((i) => i.replace(/\s*\(nuvarande\)/, '').trim()).sort()).toEqual(['Annan kommun', 'Östanviks kommun (demo)']);
    await expectNoAxeViolations(bo, 'open workspace switcher');
    await menu.getByRole('menuitem', { name: 'Annan kommun' }).click();
    await bo.waitForURL('**/w/other');
    await settle(bo);
    await expectText(bo.locator('main h1'), 'Välkommen, Bo');
    await expectText(switcher, 'Annan kommun');
    const members = await bo.request.get(`/api/w/${e2e().otherWorkspaceId}/members`);
    expect(members.status()).toBe(200);
    expectNoPageProblems(bo);
    await context.close();
  });
});
