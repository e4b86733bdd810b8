/**
 * The first screen is styled by the part of Ant Design's sheet its own components need; the
 * whole sheet follows once it is shown (renderer/vite-antd-css.ts, renderer/src/late-styles.ts).
 * These tests hold the late sheets back in the browser and check that nothing on the first
 * screen looks different without them, and that another view waits for them.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expect, test } from '../fixtures';
import { AppShellPage } from '../pages/app-shell-page';
import { StartStepPage } from '../pages/start-step';

// Each test reads every element's computed style several times; on a loaded CI machine (two
// workers, etcd running beside) that alone took most of the default 30 s once.
test.describe.configure({ timeout: 60_000 });

/** The style sheets index.html links itself: the first screen's. */
const FIRST_SCREEN_SHEETS = [
  ...readFileSync(join(ROOT, 'dist', 'renderer', 'index.html'), 'utf8').matchAll(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/g,
  ),
].map((m) => m[1]!);
/** The others: the late sheets (Ant Design's whole sheet in parts, the app's sheet again). */
const LATE_SHEETS = readdirSync(join(ROOT, 'dist', 'renderer', 'assets'))
  .filter((f) => f.endsWith('.css'))
  .map((f) => `assets/${f}`)
  .filter((f) => !FIRST_SCREEN_SHEETS.includes(f));

/**
 * Holds back every other style sheet until `release` is called; `held` lists those asked for
 * (one at a time: each late sheet is asked for once the one before it has loaded).
 */
async function holdLateSheets(context: BrowserContext) {
  const waiting: Route[] = [];
  const held: string[] = [];
  let released = false;
  await context.route(/\.css(\?|$)/, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    if (released || FIRST_SCREEN_SHEETS.includes(path)) return route.continue();
    held.push(path);
    waiting.push(route);
  });
  return {
    held,
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((r) => r.continue()));
    },
  };
}

/**
 * Every element's computed style (pseudo-elements included), keyed by its path and classes. A
 * ::before or ::after whose `content` is none is not drawn, so only its `content` is kept: a
 * late rule that draws it still shows as a change. Reading every property of every
 * pseudo-element took seconds a look, too slow for a loaded CI machine.
 */
function computedStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const pathOf = (el: Element): string =>
      el.parentElement
        ? `${pathOf(el.parentElement)}>${el.tagName}${[...el.parentElement.children].indexOf(el)}`
        : el.tagName;
    for (const el of document.querySelectorAll('body *')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const key = `${pathOf(el)}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}`;
        const content = cs.getPropertyValue('content');
        if (pseudo && (content === 'none' || content === 'normal')) {
          out[key] = `content:${content}`;
          continue;
        }
        const props: string[] = [];
        for (let i = 0; i < cs.length; i++) {
          const name = cs.item(i);
          props.push(`${name}:${cs.getPropertyValue(name)}`);
        }
        out[key] = props.join(';');
      }
    }
    return out;
  });
}

/**
 * The computed styles once they stop changing (a button's wave or a transition may still be
 * running). Taken when two looks 300 ms apart agree.
 */
async function settledStyles(page: Page): Promise<Record<string, string>> {
  let before = await computedStyles(page);
  for (;;) {
    await page.waitForTimeout(300);
    const again = await computedStyles(page);
    if (JSON.stringify(again) === JSON.stringify(before)) return again;
    before = again;
  }
}

/**
 * Lets the held late sheets through, waits until every one applies (a <link> whose sheet has
 * rules), and expects no element's computed style to differ from `before`.
 */
async function expectUnchangedByLateSheets(
  page: Page,
  late: { release: () => Promise<void> },
  before: Record<string, string>,
): Promise<void> {
  await late.release();
  await expect
    .poll(() =>
      page.evaluate(
        (first) =>
          [...document.styleSheets].filter(
            (s) => s.href && !first.some((f) => s.href!.endsWith(f)) && s.cssRules.length > 0,
          ).length,
        FIRST_SCREEN_SHEETS,
      ),
    )
    .toBe(LATE_SHEETS.length);
  const after = await computedStyles(page);
  expect(
    Object.keys(after).filter((k) => after[k] !== before[k]),
    'elements whose computed style changed with the late sheets',
  ).toEqual([]);
}

for (const [scheme, locale] of [
  ['light', 'en-US'],
  ['dark', 'zh-CN'],
] as const)
  test(`the first screen looks the same without the late style sheets (${scheme}, ${locale})`, async ({
    browser,
    webHost,
  }) => {
    expect(FIRST_SCREEN_SHEETS).toHaveLength(1);
    expect(LATE_SHEETS.length).toBeGreaterThanOrEqual(2);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
      locale,
    });
    try {
      const late = await holdLateSheets(context);
      const page = await context.newPage();
      await page.goto(webHost.url);
      await new AppShellPage(page).waitReady();
      // The first late sheet was asked for, and is held.
      await expect.poll(() => late.held.length).toBe(1);
      const before = await settledStyles(page);
      expect(Object.keys(before).length).toBeGreaterThan(300);
      // Kept to be looked at, like the other specs' screenshots.
      const shots = join(ROOT, 'test-results', 'screenshots');
      mkdirSync(shots, { recursive: true });
      await page.screenshot({
        path: join(shots, `first-screen-before-late-sheets-${scheme}-${locale}.png`),
        animations: 'disabled',
      });
      await expectUnchangedByLateSheets(page, late, before);
    } finally {
      await context.close();
    }
  });

test('a view opened before the late style sheets arrive waits for them', async ({
  browser,
  webHost,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const late = await holdLateSheets(context);
    const page = await context.newPage();
    await page.goto(webHost.url);
    const shell = new AppShellPage(page);
    await shell.waitReady();
    await expect.poll(() => late.held.length).toBe(1);
    await shell.navItem('Inspector').click();
    // The page's spinner (a first-screen component) shows while the sheets are held.
    await expect(shell.main.getByLabel('Loading…')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(shell.main.getByLabel('Loading…')).toBeVisible();
    await expect(shell.pageTitle()).toHaveCount(0);
    await late.release();
    await expect(shell.pageTitle()).toHaveText('Inspect certificates');
    await expect(shell.main.getByLabel('Loading…')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the confirmation before a draft is replaced waits for the late style sheets', async ({
  browser,
  webHost,
  tempDir,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // A draft first (opening a plan loads every sheet), then the same page again with the late
    // sheets held: "Create a new PKI" now asks before it replaces the draft. The question is
    // not part of the first screen: like any other view it comes with the whole sheet.
    const page = await context.newPage();
    await page.goto(webHost.url);
    const shell = new AppShellPage(page);
    await shell.waitReady();
    const plan = join(tempDir, 'plan.yaml');
    writeFileSync(
      plan,
      'version: 1\nca: { commonName: e2e-styles-ca }\ncluster:\n  members:\n    - { name: etcd0, addresses: [10.0.0.10] }\nclients: [etcdctl]\n',
    );
    const start = new StartStepPage(page);
    await start.openPlanFile(plan);
    // Opening a plan moves on to the CA step; back to the start, which the reload keeps.
    await start.stepsNav().getByText('Start', { exact: true }).click();
    await expect(start.heading).toBeVisible();
    const late = await holdLateSheets(context);
    await page.reload();
    await shell.waitReady();
    await expect.poll(() => late.held.length).toBe(1);
    const create = page.getByRole('button', { name: 'Create a new PKI' });
    const replace = page.getByRole('button', { name: 'Replace' });
    // Before the sheets arrive the button is there and asks nothing; the draft stays.
    await create.click();
    await page.waitForTimeout(500);
    await expect(replace).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
    await late.release();
    // Clicked until the question opens (its code may still be on the way), never once it is
    // open: a second click on the button would close it.
    await expect
      .poll(async () => {
        if (!(await replace.isVisible())) await create.click();
        return replace.isVisible();
      })
      .toBe(true);
    // Drawn with the whole sheet: the popup floats in a shadowed box, not a bare text run.
    const popup = page.locator('.ant-popover').filter({ has: replace });
    expect(
      await popup.evaluate((el) => ({
        position: getComputedStyle(el).position,
        shadow: [el, ...el.querySelectorAll('*')].some(
          (e) => getComputedStyle(e).boxShadow !== 'none',
        ),
      })),
    ).toEqual({ position: 'absolute', shadow: true });
  } finally {
    await context.close();
  }
});
