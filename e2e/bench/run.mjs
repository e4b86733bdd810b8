#!/usr/bin/env node
/* global document, DataTransfer, DragEvent, requestAnimationFrame -- used inside page.evaluate */
/**
 * Inspector speed benchmark (`npm run bench`; needs `npm run build` first). Speed goals live
 * here, not in timed tests: it prints numbers, it asserts nothing.
 *
 * Through the real browser host and Debian's Chromium: 1,000 certificates dropped at once,
 * (a) as a folder of 1,000 files and (b) as one bundle file, timed from the drop until the list
 * shows them (read in the page, decoded and analysed in the host, rendered); then the virtual
 * certificate list is scrolled for a second while frames are counted. Goal: under 1 s to list,
 * about 60 frames per second while scrolling, a few dozen rows in the DOM whatever the set size.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const N = Number(process.env.BENCH_CERTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function makeCerts(n) {
  x509.cryptoProvider.set(webcrypto);
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const caKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const leafKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const notBefore = new Date(Date.UTC(2024, 0, 1));
  const notAfter = new Date(Date.UTC(2034, 0, 1));
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=bench-ca',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
    ],
  });
  const leaves = [];
  for (let i = 0; i < n - 1; i++) {
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (0x1000 + i).toString(16),
      subject: `CN=member-${i}`,
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: leafKeys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: alg,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
        new x509.SubjectAlternativeNameExtension([
          { type: 'dns', value: `member-${i}.etcd` },
          { type: 'ip', value: '127.0.0.1' },
        ]),
      ],
    });
    leaves.push(cert.toString('pem'));
  }
  return [ca.toString('pem'), ...leaves];
}

function startHost(workDir) {
  const entry = join(ROOT, 'dist', 'web-host.cjs');
  if (!existsSync(entry))
    throw new Error('dist/web-host.cjs is missing: run "npm run build" first');
  const child = spawn(process.execPath, [entry, '--port', '0', '--workdir', workDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) res({ child, url: m[0] });
    });
    child.once('exit', (code) => rej(new Error(`web host exited with ${code}: ${out}`)));
  });
}

/** Drops the files in the page and returns ms until the summary shows `certs` certificates. */
async function timeDrop(page, files, certs) {
  return page.evaluate(
    async ({ files, certs }) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name));
      const zone = document.querySelector('[data-testid="inspect-drop"]');
      const t0 = performance.now();
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      const want = new RegExp(`· ${certs} (certificates|张证书)`);
      return new Promise((resolveTime) => {
        const giveUp = t0 + 60_000;
        const check = () => {
          if (performance.now() > giveUp) return resolveTime(Number.NaN);
          const s = document.querySelector('[data-testid="inspect-summary"]');
          const rows = document.querySelectorAll('.ant-table-row').length;
          if (s && want.test(s.textContent ?? '') && rows > 0) resolveTime(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    { files, certs },
  );
}

/** Scrolls the visible virtual list for one second; returns frames drawn and rows in the DOM. */
async function scrollFrames(page) {
  return page.evaluate(async () => {
    const holder = [...document.querySelectorAll('.ant-table-tbody-virtual-holder')].find(
      (h) => h.offsetParent !== null,
    );
    if (!holder) return { frames: 0, worstMs: 0, rows: 0 };
    let frames = 0;
    let worst = 0;
    let last = performance.now();
    const end = last + 1000;
    let rows = 0;
    await new Promise((done) => {
      const step = (now) => {
        frames++;
        worst = Math.max(worst, now - last);
        last = now;
        holder.scrollTop += 120;
        rows = Math.max(rows, document.querySelectorAll('.ant-table-row').length);
        if (now < end) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    return { frames, worstMs: Math.round(worst), rows };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const workDir = mkdtempSync(join(tmpdir(), 'etw-bench-'));
const { child, url } = await startHost(workDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
try {
  console.log(`generating ${N} certificates…`);
  const pems = await makeCerts(N);
  const folder = pems.map((text, i) => ({
    name: `bench/cert-${String(i).padStart(4, '0')}.pem`,
    text,
  }));
  const bundle = [{ name: 'bundle.pem', text: pems.join('\n') }];
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(url);
  await page.getByRole('menuitem', { name: 'Inspector' }).click();
  const scenarios = [
    [`folder of ${N} files`, folder],
    [`one bundle of ${N} certificates`, bundle],
  ];
  for (const [label, files] of process.env.BENCH_ONLY === 'bundle'
    ? scenarios.slice(1)
    : scenarios) {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      if (await page.getByRole('button', { name: 'Clear' }).isVisible())
        await page.getByRole('button', { name: 'Clear' }).click();
      times.push(await timeDrop(page, files, N));
    }
    console.log(
      `${label}: dropped -> listed in ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(0)} ms; goal < 1000 ms)`,
    );
  }
  await page.getByRole('tab', { name: 'Certificates' }).click();
  const s = await scrollFrames(page);
  console.log(
    `certificate list, 1 s of scrolling: ${s.frames} frames, worst frame ${s.worstMs} ms, at most ${s.rows} rows in the DOM for ${N} certificates`,
  );
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(workDir, { recursive: true, force: true });
}
