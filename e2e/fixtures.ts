/**
 * Playwright fixtures: each worker starts the browser host (dist/web-host.cjs, built by
 * `npm test`) on a free port with a fresh temporary work folder, and launches Debian's
 * Chromium; each test gets a fresh browser context with `page` already at the app, a fresh
 * `tempDir` of its own, and `shot(name)` to keep a screenshot of what it sees.
 *
 * Electron variant: where Electron's binary exists (node_modules/electron/dist), a fixture built
 * on `_electron.launch({ args: ['dist/electron/main.cjs'] })` can drive the desktop window with the
 * same page objects (see electron-app.ts). CI uses the browser host, since the Electron binary
 * cannot be downloaded there.
 */
import { test as base, chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** Flags for Chromium in a sealed, repeatable environment (no network, no background work). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every name fails to resolve, so nothing can leave the machine; the rule also catches IP
  // literals, hence the exclusion for the browser host's loopback address.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** A running browser host. */
export interface WebHostProcess {
  /** URL with the access token; open it to load the app. */
  readonly url: string;
  /** Where exports land (export:choose-folder hands out folders under it). */
  readonly workDir: string;
}

interface WorkerFixtures {
  webHost: WebHostProcess;
  browser: Browser;
}

interface TestFixtures {
  /** A fresh folder for this test only, removed afterwards. */
  tempDir: string;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
  shot: (name: string) => Promise<string>;
  /** Uncaught page errors and console errors seen during the test (CSP violations included). */
  pageErrors: string[];
}

function startHost(workDir: string): Promise<{ child: ChildProcess; url: string }> {
  const entry = join(ROOT, 'dist', 'web-host.cjs');
  if (!existsSync(entry) || !existsSync(join(ROOT, 'dist', 'renderer', 'index.html')))
    throw new Error(`${entry} or dist/renderer is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [entry, '--port', '0', '--workdir', workDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`web host did not start:\n${out}${err}`)),
      20_000,
    );
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[0] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}${err}`));
    });
  });
}

/** The test object every spec imports. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  webHost: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const workDir = mkdtempSync(join(tmpdir(), 'etw-e2e-host-'));
      const { child, url } = await startHost(workDir);
      await use({ url, workDir });
      child.kill('SIGTERM');
      rmSync(workDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(CHROMIUM))
        throw new Error(
          `${CHROMIUM} is missing: the end-to-end tests need Debian's Chromium (sudo bash .ci/setup, or apt-get install chromium)`,
        );
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ browser }, use) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      colorScheme: 'light',
      acceptDownloads: true,
    });
    await use(context);
    await context.close();
  },

  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, use) => {
    await use([]);
  },

  page: async ({ context, webHost, pageErrors }, use) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    await page.goto(webHost.url);
    await use(page);
  },

  // eslint-disable-next-line no-empty-pattern
  tempDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'etw-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name: string) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      // A full-page shot of a scrolled page stamps the sticky header mid-page: scroll home first.
      await page.evaluate(() => window.scrollTo(0, 0));
      // animations: 'disabled' finishes CSS transitions (theme switch, menu ink bar) first.
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    });
  },
});

export { expect } from '@playwright/test';
export type { Page };
