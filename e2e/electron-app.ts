/**
 * The Electron variant of the app fixture, for machines where Electron's binary is installed
 * (node_modules/electron/dist). It launches the real desktop window with Playwright's
 * `_electron` and returns its first page, which the same page objects drive:
 *
 *   const app = await launchElectronApp();          // undefined without the binary
 *   const shell = new AppShellPage(await app.firstWindow());
 *
 * CI and `npm test` use the browser host (fixtures.ts) because the binary cannot be downloaded
 * there; no spec depends on this file, so nothing is skipped for lack of it.
 */
import { _electron, type ElectronApplication } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

/** Path of the installed Electron binary, without triggering its download (require would). */
export function electronBinary(): string | undefined {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Launches the built desktop app (npm run build first), or undefined without the binary. */
export async function launchElectronApp(
  userDataDir?: string,
): Promise<ElectronApplication | undefined> {
  const executablePath = electronBinary();
  if (!executablePath) return undefined;
  // Chromium refuses its OS sandbox as root (containers); the app's own sandbox settings stand.
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const args = [ROOT, ...root, ...(userDataDir ? [`--user-data-dir=${userDataDir}`] : [])];
  return _electron.launch({ executablePath, args, cwd: ROOT });
}
