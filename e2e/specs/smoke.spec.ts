import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { expectVisibleFocus, tabTo } from '../support/a11y';

/** Runs axe and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test('the app loads through the browser host with its host facts', async ({
  page,
  context,
  webHost,
  shot,
  pageErrors,
}) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await expect(page).toHaveTitle('etcd TLS Wizard');
  await expect(shell.header).toContainText('etcd TLS Wizard');
  await expect(shell.pageTitle()).toHaveText('Set up TLS for an etcd cluster');
  await expect(shell.footer).toContainText('browser host');
  // The token was taken out of the address bar once read, and is kept nowhere in the browser:
  // the cookie (sent to every port of 127.0.0.1) is an opaque session id named for this port.
  const printed = new URL(webHost.url);
  const token = printed.searchParams.get('token')!;
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  const cookies = await context.cookies();
  expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([
    [`etw_session_${printed.port}`, true, 'Strict'],
  ]);
  expect(cookies[0]!.value).not.toContain(token);
  const stored = await page.evaluate(() =>
    JSON.stringify({ ...sessionStorage, ...localStorage, url: location.href }),
  );
  expect(stored).not.toContain(token);
  await expect(shell.navItem('Wizard')).toHaveAttribute('aria-current', 'page');
  await shell.open('Inspector');
  await expect(shell.pageTitle()).toHaveText('Inspect certificates');
  // The current page is the one navigation entry marked as such.
  await expect(shell.navItem('Inspector')).toHaveAttribute('aria-current', 'page');
  await expect(shell.navItem('Wizard')).not.toHaveAttribute('aria-current');
  await shot('shell-en-light-inspector');
  expect(pageErrors, 'no console errors (CSP violations show up here)').toEqual([]);
});

test('the header navigation works from the keyboard, its focus ring visible in both themes', async ({
  page,
}) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  for (const theme of ['Light', 'Dark']) {
    await shell.setTheme(theme);
    await shell.open('Wizard');
    await tabTo(page, shell.navItem('Existing bundle'));
    await expectVisibleFocus(page, `the navigation's Existing bundle (${theme})`);
    await page.keyboard.press('Enter');
    await expect(shell.pageTitle()).toHaveText('Work with an existing bundle');
    await expect(shell.navItem('Existing bundle')).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(shell.navItem('Inspector')).toBeFocused();
    await expectVisibleFocus(page, `the navigation's Inspector (${theme})`);
    await page.keyboard.press('Space');
    await expect(shell.pageTitle()).toHaveText('Inspect certificates');
  }
});

test('language switches to 中文 and back, and survives a reload', async ({
  page,
  shot,
  pageErrors,
}) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await shot('shell-en-light');
  await shell.setLanguage('中文');
  await expect(shell.pageTitle()).toHaveText('为 etcd 集群配置 TLS');
  await expect(shell.navItem('证书诊断')).toBeVisible();
  await expect(page).toHaveTitle('etcd TLS 向导');
  await shot('shell-zh-light');
  await page.reload();
  await expect(shell.pageTitle()).toHaveText('为 etcd 集群配置 TLS');
  await shell.setLanguage('English');
  await expect(shell.pageTitle()).toHaveText('Set up TLS for an etcd cluster');
  expect(pageErrors).toEqual([]);
});

test('dark theme applies to the whole window in both languages', async ({ page, shot }) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  const background = () =>
    page
      .locator('.ant-layout')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await background();
  await shell.setTheme('Dark');
  await expect.poll(background).not.toBe(light);
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await shot('shell-en-dark');
  await shell.setLanguage('中文');
  await shot('shell-zh-dark');
  await shell.setTheme('浅色');
  await expect.poll(background).toBe(light);
});

test('the system theme follows prefers-color-scheme', async ({ page }) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
});

for (const [language, theme] of [
  ['English', 'light'],
  ['中文', 'dark'],
] as const) {
  test(`axe finds no serious or critical violations (${language}, ${theme})`, async ({ page }) => {
    const shell = new AppShellPage(page);
    await shell.waitReady();
    await shell.setLanguage(language);
    await shell.setTheme(theme === 'dark' ? /^(Dark|深色)$/ : /^(Light|浅色)$/);
    for (const nav of language === 'English' ? ['Wizard', 'Inspector'] : ['向导', '证书诊断']) {
      await shell.open(nav);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
}

test('a bug shows the app-level error dialog and leaves the app usable', async ({ page, shot }) => {
  const shell = new AppShellPage(page);
  await shell.waitReady();
  await page.evaluate(() => {
    void Promise.reject(new Error('deliberate test failure'));
  });
  const dialog = page.getByRole('dialog', { name: 'Something went wrong' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('deliberate test failure');
  await shot('error-dialog-en-light');
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog).toBeHidden();
  await shell.open('Inspector');
  await expect(shell.pageTitle()).toHaveText('Inspect certificates');
});
