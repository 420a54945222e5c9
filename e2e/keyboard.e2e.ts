// Keyboard and zoom: the skip link is the first stop and moves focus to <main>; menus work
// with the keyboard; at 200 % zoom (640 CSS pixels wide) nothing scrolls sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, apiSetLocale, expectNoAxeViolations, expectNoPageProblems, launchBrowser, newContext, screenshot, settle } from './support/browser.ts';
import { DEMO_ADMIN } from './support/global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      id: el?.id ?? '',
      text: el?.innerText ?? '',
      className: el?.className ?? '',
      visible: !!box && box.width > 0 && box.top >= 0,
      html: el?.outerHTML.slice(0, 120) ?? '',
    };
  });

async function loggedInPage(lang: 'sv' | 'da' | 'en', viewport?: { width: number; height: number }) {
  const context = await newContext(browser, lang, viewport);
  const csrf = await apiLogin(context, DEMO_ADMIN);
  await apiSetLocale(context, csrf, lang);
  return context.newPage();
}

describe('keyboard', () => {
  it('first Tab focuses the visible skip link; Enter moves focus to main', async () => {
    const page = await loggedInPage('sv');
    await page.goto('/w/demo-ostanvik');
    await settle(page);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text).toBe('Hoppa till innehållet');
    expect(first.className).toContain('skip-link');
    expect(first.visible, 'the skip link is shown when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    // The next Tab continues inside the content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    expectNoPageProblems(page);
    await page.context().close();
  });

  it('the skip link is first on the login page too', async () => {
    const context = await newContext(browser, 'da');
    const page = await context.newPage();
    await page.goto('/login');
    await settle(page);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text, first.html).toBe('Spring til indholdet');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await context.close();
  });

  it('the user menu opens, moves and closes with the keyboard', async () => {
    const page = await loggedInPage('en');
    await page.goto('/w/demo-ostanvik');
    await settle(page);
    const trigger = page.getByRole('button', { name: /Anna Lindqvist/ });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'User menu' });
    await menu.waitFor();
    await expectNoAxeViolations(page, 'open user menu');
    expect((await focused(page)).text).toBe('My profile');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Log out');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);

    // Open again and follow "My profile" with Enter.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/profile');
    await settle(page);
    // The new page moves focus to its heading once it has rendered.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expectNoPageProblems(page);
    await page.context().close();
  });
});

describe('200 % zoom', () => {
  it.each(['/w/demo-ostanvik', '/w/demo-ostanvik/admin/users', '/w/demo-ostanvik/admin/audit'])('%s fits 640 CSS pixels without sideways scrolling', async (path) => {
    const page = await loggedInPage('sv', { width: 640, height: 900 });
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${path} at 200 % zoom`);
    await screenshot(page, `zoom200-${path.split('/').pop()}`, 'sv');
    await page.context().close();
  });
});
