// Regenerates the PNG icon sizes from assets/icon.svg with Debian's Chromium:
//   node assets/render-icons.mjs
// electron-builder takes assets/icons/ (Linux: one PNG per size) and assets/icon.png (512 px,
// converted to .ico / .icns for Windows and macOS).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const out = join(here, 'icons', `${size}x${size}.png`);
  await page.screenshot({ path: out, omitBackground: true });
  if (size === 512) await page.screenshot({ path: join(here, 'icon.png'), omitBackground: true });
}
await browser.close();
console.log(`wrote ${sizes.length} sizes to assets/icons and assets/icon.png`);
