/**
 * PKCS#12: one client .p12 at 600,000 iterations, our builder (electron/export/pkcs12.ts,
 * bundled for the run into a small program) against `openssl pkcs12 -export -iter 600000`,
 * both whole processes, interleaved.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeRow } from '../lib/stats.mjs';
import { interleave, timeProcess } from '../lib/timing.mjs';

const DRIVER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { buildPkcs12 } from './electron/export/pkcs12';
const [cert, key, ca, out] = process.argv.slice(2);
const r = await buildPkcs12({
  certPem: readFileSync(cert, 'utf8'),
  keyPem: readFileSync(key, 'utf8'),
  caPems: [readFileSync(ca, 'utf8')],
  password: process.env.BENCH_P12_PASSWORD,
  friendlyName: 'etcdctl',
  iterations: 600000,
});
if (!r.ok) { console.error(r.error.message); process.exit(2); }
writeFileSync(out, r.value);
`;

/** The one PKCS#12 row. */
export async function pkcs12(ctx) {
  ctx.log('  PKCS#12…');
  const dir = join(ctx.work, 'p12');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const driver = join(dir, 'p12-driver.mjs');
  await build({
    stdin: { contents: DRIVER, resolveDir: ctx.src, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: driver,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  const env = { BENCH_P12_PASSWORD: 'bench password 1' };
  const ossl = (...args) =>
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, ...env } });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-noenc'];
  ossl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=bench-ca');
  ossl(
    'req',
    '-x509',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    ...ec,
    '-keyout',
    'client.key',
    '-out',
    'client.crt',
    '-subj',
    '/CN=etcdctl',
  );
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
    ossl('pkcs12', '-in', f, '-noout', '-passin', 'env:BENCH_P12_PASSWORD');
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
