// The main journey, as people do it: the demo admin switches language, invites a new officer,
// the officer accepts in their own browser and sees only that workspace; the admin changes the
// officer's role and finds both the invitation and the role change in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2e, expectNoAxeViolations, expectNoPageProblems, expectText, htmlLang, launchBrowser, newContext, settle } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

const stamp = Date.now().toString(36);
const NEW_EMAIL = `ny.handlaggare.${stamp}@example.org`;
const NEW_NAME = `Nora Nyberg ${stamp}`;
const NEW_PASSWORD = 'vintersol-ekorre-kanal';

let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let officerContext: BrowserContext;
let officer: Page;
let inviteLink = '';

beforeAll(async () => {
  browser = await launchBrowser();
  adminContext = await newContext(browser, 'sv');
  admin = await adminContext.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe.sequential('journey: invite, accept, isolation, role change, audit', () => {
  it('the admin logs in and switches language sv → da → en', async () => {
    await admin.goto('/login');
    await admin.getByLabel('E-postadress').fill(DEMO_ADMIN);
    await admin.getByLabel('Lösenord').fill(e2e().demoPassword);
    await admin.getByRole('button', { name: 'Logga in' }).click();
    await admin.waitForURL('**/w/demo-ostanvik');
    await settle(admin);

    const nav = admin.getByRole('navigation', { name: /Huvudmeny|Hovedmenu|Main menu/ });
    // The account may carry a language from an earlier test file; start from Swedish.
    await admin.getByRole('button', { name: 'Svenska' }).click();
    await expectText(nav, 'Användare och roller');
    expect(await htmlLang(admin)).toBe('sv');

    await admin.getByRole('button', { name: 'Dansk' }).click();
    await expectText(nav, 'Brugere og roller');
    await expectText(admin.locator('main h1'), 'Velkommen, Anna');
    expect(await htmlLang(admin)).toBe('da');
    expect(await admin.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).toBe('true');

    await admin.getByRole('button', { name: 'English' }).click();
    await expectText(nav, 'Users and roles');
    await expectText(admin.locator('main h1'), 'Welcome, Anna');
    expect(await htmlLang(admin)).toBe('en');

    // Saved on the account, so it survives a reload and follows the person to other browsers.
    await expect.poll(async () => (await (await admin.request.get('/api/me')).json()).user.locale).toBe('en');
    await admin.reload();
    await settle(admin);
    expect(await htmlLang(admin)).toBe('en');
  });

  it('the admin invites a new officer and gets the link', async () => {
    await admin.getByRole('link', { name: 'Users and roles' }).first().click();
    await settle(admin);
    const email = admin.getByLabel('E-mail address', { exact: true });

    // A bad address is refused next to the field, in the interface language.
    await email.fill('not-an-e-mail');
    await admin.getByRole('button', { name: 'Create invitation' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expectText(admin.locator('#invite-email-error'), 'valid e-mail address');
    expect(await email.getAttribute('aria-describedby')).toContain('invite-email-error');

    await email.fill(NEW_EMAIL);
    await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Officer' });
    await admin.getByRole('button', { name: 'Create invitation' }).click();
    const link = admin.getByLabel('Invitation link');
    await link.waitFor();
    inviteLink = await link.inputValue();
    expect(inviteLink).toMatch(/\/invite\/[\w-]{20,}$/);
    await expectText(admin.getByRole('status').filter({ hasText: NEW_EMAIL }), `Invitation created for ${NEW_EMAIL} as officer`);
    await expectText(admin.getByRole('table').last(), NEW_EMAIL);
    await expectNoAxeViolations(admin, 'users page with a new invitation');
  });

  it('the new person accepts in another browser and sees only this workspace', async () => {
    officerContext = await newContext(browser, 'da'); // their browser prefers Danish
    officer = await officerContext.newPage();
    await officer.goto(new URL(inviteLink).pathname);
    await settle(officer);
    await expectText(officer.locator('h1'), 'Bliv medlem af Östanviks kommun (demo)');
    await expectText(officer.locator('main'), 'sagsbehandler');
    expect(await htmlLang(officer)).toBe('da');

    await officer.getByLabel('Navn').fill(NEW_NAME);
    await officer.getByLabel('Ny adgangskode').fill(NEW_PASSWORD);
    await officer.getByLabel('Gentag den nye adgangskode').fill('something-else-entirely');
    await officer.getByRole('button', { name: 'Tag imod invitationen' }).click();
    await expectText(officer.locator('#invite-repeat-error'), 'De to adgangskoder er ikke ens');
    await expectNoAxeViolations(officer, 'invitation with a field error');

    await officer.getByLabel('Gentag den nye adgangskode').fill(NEW_PASSWORD);
    await officer.getByRole('button', { name: 'Tag imod invitationen' }).click();
    await officer.waitForURL('**/w/demo-ostanvik');
    await settle(officer);
    await expectText(officer.locator('main h1'), 'Velkommen, Nora');

    // One workspace: its name in the header, no switcher, no administration for an officer.
    await expectText(officer.locator('header'), 'Östanviks kommun (demo)');
    expect(await officer.getByRole('button', { name: /Skift arbejdsområde/ }).count()).toBe(0);
    expect(await officer.getByRole('link', { name: 'Brugere og roller' }).count()).toBe(0);
    const me = await (await officer.request.get('/api/me')).json();
    expect(me.workspaces.map((w: { slug: string }) => w.slug)).toEqual(['demo-ostanvik']);

    // The other municipality's workspace does not exist for them, in the API or the UI.
    const other = await officer.request.get(`/api/w/${e2e().otherWorkspaceId}/members`);
    expect(other.status()).toBe(404);
    await officer.goto('/w/other');
    await settle(officer);
    await expectText(officer.locator('main h1'), 'Arbejdsområdet blev ikke fundet');
    expect(await officer.locator('body').innerText()).not.toContain('Annan kommun');
    expectNoPageProblems(officer);
  });

  it('the admin changes the new member’s role', async () => {
    await admin.reload();
    await settle(admin);
    const row = admin.getByRole('row').filter({ hasText: NEW_EMAIL }).first();
    await expectText(row, NEW_NAME);
    await admin.getByLabel(`Role for ${NEW_NAME}`).selectOption({ label: 'Viewer' });
    await admin.getByRole('button', { name: `Save ${NEW_NAME}` }).click();
    await expectText(admin.getByRole('status').filter({ hasText: 'now has the role' }), `${NEW_NAME} now has the role viewer.`);
    const members = await (await admin.request.get(`/api/w/${e2e().demoWorkspaceId}/members`)).json();
    expect(members.items.find((m: { email: string }) => m.email === NEW_EMAIL)?.role).toBe('viewer');

    // The officer's own view follows (their start page names the new role).
    await officer.goto('/w/demo-ostanvik');
    await settle(officer);
    await expectText(officer.locator('main'), 'som læser');
  });

  it('the audit log shows the invitation, its acceptance and the role change', async () => {
    await admin.getByRole('link', { name: 'Audit log' }).first().click();
    await settle(admin);
    const table = admin.getByRole('table');
    await expectText(table, 'Invitation created');
    await expectText(table, 'Invitation accepted');
    const roleRow = admin.getByRole('row').filter({ hasText: 'Role changed' }).filter({ hasText: NEW_NAME });
    await expectText(roleRow, /Officer\s*→\s*changed to\s*Viewer|Officer.*Viewer/);
    expect(await roleRow.innerText()).toContain('Anna Lindqvist');

    // Filter by event: only role changes remain.
    await admin.getByLabel('Event').selectOption({ label: 'Role changed' });
    await admin.getByRole('button', { name: 'Filter', exact: true }).click();
    // An empty table (still loading) must not pass: wait for rows, all of them role changes.
    await expect
      .poll(async () => {
        const rows = await table.locator('tbody tr').allInnerTexts();
        return rows.length > 0 && rows.every((r) => r.includes('Role changed'));
      })
      .toBe(true);
    await expectNoAxeViolations(admin, 'audit log, filtered');
    expectNoPageProblems(admin);
  });

  it('the admin removes the member after confirming, and their access ends', async () => {
    await admin.getByRole('link', { name: 'Users and roles' }).first().click();
    await settle(admin);
    await admin.getByRole('button', { name: `Remove ${NEW_NAME}` }).click();
    const dialog = admin.getByRole('alertdialog');
    await dialog.waitFor();
    await expectText(dialog, `Remove ${NEW_NAME}?`);
    await expectNoAxeViolations(admin, 'remove-member dialog');
    await dialog.getByRole('button', { name: 'Remove from workspace' }).click();
    await expectText(admin.getByRole('status').filter({ hasText: 'removed' }), `${NEW_NAME} has been removed from the workspace.`);

    await officer.goto('/');
    await settle(officer);
    await expectText(officer.locator('main h1'), 'Du har endnu intet arbejdsområde');
    expectNoPageProblems(admin);
    expectNoPageProblems(officer);
  });
});
