/**
 * PKCS#12: one client .p12 at 600,000 iterations, our builder against `openssl pkcs12 -export
 * -iter 600000`, both whole processes, interleaved. Ours is the CLI's own PKCS#12 bundle
 * (dist/cli/electron-export-pkcs12.cjs) driven by a few lines; a build without that bundle (an
 * older one, for a before/after table) gets electron/export/pkcs12.ts of --src bundled instead.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { opensslCaAndLeaf } from '../lib/fixtures.mjs';
import { makeRow } from '../lib/stats.mjs';
import { interleave, timeProcess } from '../lib/timing.mjs';

const DRIVER = `
const { readFileSync, writeFileSync } = require('node:fs');
const { buildPkcs12 } = require(process.env.BENCH_P12_MODULE);
const [cert, key, ca, out] = process.argv.slice(2);
buildPkcs12({
  certPem: readFileSync(cert, 'utf8'),
  keyPem: readFileSync(key, 'utf8'),
  caPems: [readFileSync(ca, 'utf8')],
  password: process.env.BENCH_P12_PASSWORD,
  friendlyName: 'etcdctl',
  iterations: 600000,
}).then((r) => {
  if (!r.ok) { console.error(r.error.message); process.exit(2); }
  writeFileSync(out, r.value);
});
`;

/** The one PKCS#12 row. */
export async function pkcs12(ctx) {
  ctx.log('  PKCS#12…');
  const dir = join(ctx.work, 'p12');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const driver = join(dir, 'p12-driver.cjs');
  writeFileSync(driver, DRIVER);
  let module = join(ctx.dist, 'cli', 'electron-export-pkcs12.cjs');
  if (!existsSync(module)) {
    module = join(dir, 'pkcs12.cjs');
    await build({
      entryPoints: [join(ctx.src, 'electron/export/pkcs12.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: module,
      logLevel: 'error',
    });
  }
  const env = { BENCH_P12_PASSWORD: 'bench password 1', BENCH_P12_MODULE: module };
  opensslCaAndLeaf(dir, 'client', '/CN=etcdctl');
  const file = (f) => join(dir, f);
  const s = await interleave(
    {
      ours: () =>
        timeProcess(
          process.execPath,
          [driver, file('client.crt'), file('client.key'), file('ca.crt'), file('ours.p12')],
          { env },
        ),
      openssl: () =>
        timeProcess(
          'openssl',
          [
            'pkcs12',
            '-export',
            '-iter',
            '600000',
            '-in',
            file('client.crt'),
            '-inkey',
            file('client.key'),
            '-certfile',
            file('ca.crt'),
            '-name',
            'etcdctl',
            '-passout',
            'env:BENCH_P12_PASSWORD',
            '-out',
            file('openssl.p12'),
          ],
          { env },
        ),
    },
    ctx.runs,
  );
  // Both files must open with the password (a fast, broken file would be no result).
  for (const f of ['ours.p12', 'openssl.p12'])
    execFileSync('openssl', ['pkcs12', '-in', f, '-noout', '-passin', 'env:BENCH_P12_PASSWORD'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
  rmSync(dir, { recursive: true, force: true });
  return [
    makeRow({
      id: 'pkcs12-client',
      group: 'PKCS#12',
      label: 'one client .p12, 600,000 iterations (PBKDF2 key and certs, MAC)',
      unit: 'ms',
      ours: s.ours.wall,
      peer: s.openssl.wall,
      peerName: '`openssl pkcs12 -export -iter 600000`',
      goal: 1.2,
      cpu: { ours: s.ours.cpu, peer: s.openssl.cpu },
    }),
  ];
}
