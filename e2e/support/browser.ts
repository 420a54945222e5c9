// Chromium (Debian's, via playwright-core), contexts per language, and the checks every page
// gets: no CSP violations or script errors, no axe violations (WCAG 2.1 A/AA), a screenshot.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';
import { REPO } from './server.ts';

export type Lang = 'sv' | 'da' | 'en';
export const LANGS: Lang[] = ['sv', 'da', 'en'];
const BROWSER_LOCALE: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
const SCREENSHOTS = path.join(REPO, 'e2e/screenshots');

export const e2e = () => inject('e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const problems = new WeakMap<Page, string[]>();

/** Records what must never happen on a page: CSP refusals (inline styles/scripts) and uncaught errors. */
function watch(page: Page) {
  const list: string[] = [];
  problems.set(page, list);
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) list.push(`CSP: ${msg.text()}`);
  });
  page.on('pageerror', (err) => list.push(`page error: ${err.message}`));
}

/** A fresh browser profile whose preferred language (navigator.languages, Accept-Language) is `lang`. */
export async function newContext(browser: Browser, lang: Lang | string, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const locale = BROWSER_LOCALE[lang as Lang] ?? lang;
  const context = await browser.newContext({ baseURL: e2e().baseURL, locale, viewport });
  context.on('page', watch);
  return context;
}

export function expectNoPageProblems(page: Page) {
  expect(problems.get(page) ?? [], 'CSP violations or script errors in the page').toEqual([]);
}

/** Logs in through the API (same cookie jar as the pages); returns the CSRF token. */
export async function apiLogin(context: BrowserContext, email: string, password = e2e().demoPassword) {
  const res = await context.request.post('/api/auth/login', { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

export async function apiSetLocale(context: BrowserContext, csrf: string, locale: Lang) {
  const res = await context.request.patch('/api/me', { data: { locale }, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A path in the demo workspace's API. */
export const demoApi = (p: string) => `/api/w/${e2e().demoWorkspaceId}${p}`;

/** GET from the demo workspace's API; fails the test unless it answers 200. */
export async function apiGet<R>(context: BrowserContext, p: string): Promise<R> {
  const res = await context.request.get(demoApi(p));
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as R;
}

/** POST to the demo workspace's API; fails the test unless it answers 2xx. */
export async function apiPost<R>(context: BrowserContext, csrf: string, p: string, data: unknown): Promise<R> {
  const res = await context.request.post(demoApi(p), { data, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as R;
}

/** Waits until the page has its heading and no loading indicator is left. */
export async function settle(page: Page) {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await expect.poll(() => page.locator('.loading').count(), { timeout: 15_000 }).toBe(0);
  await page.waitForLoadState('networkidle');
}

export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')} – ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  );
  expect(found, `axe found WCAG 2.1 AA violations on ${label}:\n  ${found.join('\n  ')}`).toEqual([]);
}

export async function screenshot(page: Page, name: string, lang: Lang) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.${lang}.png`), fullPage: true });
}

/** Polls until the locator's text contains `text` (vitest has no auto-waiting matchers). */
export async function expectText(locator: Locator, text: string | RegExp) {
  await expect
    .poll(async () => ((await locator.count()) ? await locator.first().innerText() : ''), { timeout: 10_000 })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

export async function htmlLang(page: Page) {
  return page.evaluate(() => document.documentElement.lang);
}
