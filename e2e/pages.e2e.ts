// Every page in Swedish, Danish and English: axe finds no WCAG 2.1 AA violation, the CSP is
// never violated, and a screenshot is written to e2e/screenshots/<page>.<lang>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  ['map', `${WS}/register/map`],
  ['graph', `${WS}/register/graph`],
  ['survey', `${WS}/register/survey`],
  ['register-import', `${WS}/register/import`],
  ['register-duplicates', `${WS}/register/duplicates`],
  ['projects', `${WS}/projects`],
  ['goals', `${WS}/goals`],
  ['cases', `${WS}/cases`],
  ['cases-overdue', `${WS}/cases?deadline=overdue`],
  ['cases-new', `${WS}/cases/new`],
  ['cases-settings', `${WS}/cases/settings`],
  ['events', `${WS}/events`],
  ['profile', '/profile'],
  ['users', `${WS}/admin/users`],
  ['audit', `${WS}/admin/audit`],
  ['outbox', `${WS}/admin/outbox`],
  ['outbox-failed', `${WS}/admin/outbox?status=failed`],
  ['outbox-empty', `${WS}/admin/outbox?status=queued`],
  ['retention', `${WS}/admin/retention`],
  ['privacy-requests', `${WS}/admin/privacy`],
  ['not-found', `${WS}/no-such-page`],
  ['workspace-not-found', '/w/other'],
];

/** The register's pages about one record: their addresses come from the demo data. */
async function registerPages(context: BrowserContext): Promise<[name: string, path: string][]> {
  const ws = e2e().demoWorkspaceId;
  const orgs = (await (await context.request.get(`/api/w/${ws}/organisations?q=Frederikshavn`)).json()) as { items: { id: string }[] };
  const people = (await (await context.request.get(`/api/w/${ws}/people?q=Mette`)).json()) as { items: { id: string }[] };
  const org = orgs.items[0]!.id;
  const person = people.items[0]!.id;
  return [
    ['register-search', `${WS}/register?q=energi&sort=name`],
    ['register-organisation', `${WS}/register/organisations/${org}`],
    ['register-organisation-edit', `${WS}/register/organisations/${org}/edit`],
    ['register-organisation-new', `${WS}/register/organisations/new`],
    ['register-people', `${WS}/register/people`],
    ['register-person', `${WS}/register/people/${person}`],
    ['register-person-edit', `${WS}/register/people/${person}/edit`],
    ['register-partners', `${WS}/register/partners`],
  ];
}

/** A case of the demo's desk: the one that came in first, with its whole history. */
async function casePages(context: BrowserContext): Promise<[name: string, path: string][]> {
  const list = (await (await context.request.get(`/api/w/${e2e().demoWorkspaceId}/cases?sort=received&limit=200`)).json()) as { items: { id: string; reference: string }[] };
  const first = list.items.find((c) => c.reference.endsWith('/0001')) ?? list.items[0]!;
  return [['cases-case', `${WS}/cases/${first.id}`]];
}

/** A message of the demo's outbox: the one that failed, so the page offers to send it again. */
async function mailPages(context: BrowserContext): Promise<[name: string, path: string][]> {
  const page = (await (await context.request.get(`/api/w/${e2e().demoWorkspaceId}/outbox?status=failed`)).json()) as { items: { id: string }[] };
  return [['outbox-message', `${WS}/admin/outbox/${page.items[0]!.id}`]];
}

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
  it('pages before logging in: login, invitation, survey, broken links', async () => {
    // An invitation to preview, created by the admin in a separate browser profile.
    const admin = await newContext(browser, lang);
    const csrf = await apiLogin(admin, DEMO_ADMIN);
    const res = await admin.request.post(`/api/w/${e2e().demoWorkspaceId}/invites`, {
      data: { email: `preview.${lang}.${Date.now()}@example.org`, role: 'desk' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(res.status()).toBe(201);
    const { link } = (await res.json()) as { link: string };
    // A survey link in this language, for a local company of the demo.
    const companies = await admin.request.get(`/api/w/${e2e().demoWorkspaceId}/organisations?q=${encodeURIComponent('Ödmårdens Turism')}&local=true`);
    const companyId = ((await companies.json()) as { items: { id: string }[] }).items[0]!.id;
    const survey = await admin.request.post(`/api/w/${e2e().demoWorkspaceId}/survey/invitations`, {
      data: { organisationIds: [companyId], language: lang },
      headers: { 'x-csrf-token': csrf },
    });
    expect(survey.status()).toBe(201);
    const surveyLink = ((await survey.json()) as { items: { link: string }[] }).items[0]!.link;
    await admin.close();

    const context = await newContext(browser, lang);
    const page = await context.newPage();
    await page.goto('/login');
    await check(page, 'login', lang); // first visit: the language comes from the browser
    await page.goto(new URL(link).pathname);
    await check(page, 'invite', lang);
    await page.goto('/invite/this-link-is-not-valid-at-all-000000');
    await check(page, 'invite-invalid', lang);
    await page.goto(new URL(surveyLink).pathname);
    await check(page, 'survey-public', lang);
    await page.locator('#survey-exports-no').check();
    await page.locator('#survey-imports-no').check();
    await page.locator('form.survey-form button[type=submit]').click();
    await page.locator('.receipt').waitFor();
    await check(page, 'survey-receipt', lang);
    await page.goto('/survey/this-survey-link-is-not-valid-000000');
    await check(page, 'survey-invalid', lang);
    await page.goto('/ask/demo-ostanvik');
    await check(page, 'ask', lang);
    await page.goto('/ask/no-such-municipality');
    await check(page, 'ask-not-found', lang);
    await context.close();
  });

  it('pages of the workspace, profile and administration', async () => {
    const context = await newContext(browser, lang);
    const csrf = await apiLogin(context, DEMO_ADMIN);
    await apiSetLocale(context, csrf, lang);
    const page = await context.newPage();
    for (const [name, path] of [...APP_PAGES, ...(await registerPages(context)), ...(await mailPages(context)), ...(await casePages(context))]) {
      await page.goto(path);
      await check(page, name, lang);
    }
    await context.close();
  });
});
