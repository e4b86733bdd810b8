#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--runs N] [--only a,b] [--dist DIR] [--keep-extra-ca-certs]`:
 * the app against the tools it replaces, in one run, interleaved, with medians, min/max and the ratio. Needs `npm run build`,
 * cfssl, openssl and /usr/bin/chromium (sudo bash .ci/setup). Writes test-results/bench.md and
 * test-results/bench.json. Speed goals live here, not in timed tests: the run fails only when a
 * row is missing or has no numeric ratio (a broken contender), never because something is slow.
 *
 * --quick: small sizes and two runs, for CI, so that the benchmark cannot rot.
 * --keep-extra-ca-certs: run every contender with NODE_EXTRA_CA_CERTS as it is set (see below).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkTable, renderMarkdown } from './lib/stats.mjs';
import { inspect, issue, startup } from './suites/cli.mjs';
import { pkcs12 } from './suites/pkcs12.mjs';
import { window_ } from './suites/window.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
    src: { type: 'string' },
    out: { type: 'string' },
    'keep-extra-ca-certs': { type: 'boolean' },
  },
});
const quick = values.quick ?? false;
const dist = resolve(values.dist ?? join(ROOT, 'dist'));
const ctx = {
  quick,
  runs: Number(values.runs ?? (quick ? 2 : 5)),
  dist,
  cli: join(dist, 'cli.cjs'),
  src: resolve(values.src ?? ROOT),
  work: join(tmpdir(), 'etw-bench'),
  log: (s) => process.stderr.write(`${s}\n`),
  /** Clean-ups that must wait until every row is measured (see suites/cli.mjs). */
  atEnd: [],
};
mkdirSync(ctx.work, { recursive: true });

// NODE_EXTRA_CA_CERTS makes Node 20 read that file and build its whole root store before any
// script runs (nodejs/node#40524; Node 22.23 and 24.21 measured here do not): tens of
// milliseconds per process, where cfssl and openssl read nothing. Sandboxes and corporate machines set it; most do not. Every row runs without it
// (the commands measured never use Node's trust store), and one row shows what it costs.
if (process.env.NODE_EXTRA_CA_CERTS && !values['keep-extra-ca-certs']) {
  ctx.extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
  delete process.env.NODE_EXTRA_CA_CERTS;
}

const SUITES = { startup, issue, inspect, pkcs12, window: window_ };
/** Every row a complete run has (quick runs too, at smaller sizes). */
const ROWS = [
  'cli-help',
  'issue-3-p256-cfssl',
  'issue-3-p256-openssl',
  'issue-mid-p256-cfssl',
  'issue-big-p256-cfssl',
  'issue-3-rsa-cfssl',
  'issue-per-cert-small',
  'issue-per-cert-big',
  'inspect-file',
  'inspect-folder',
  'inspect-file-big',
  'inspect-per-cert-small',
  'inspect-per-cert-big',
  'pkcs12-client',
  'window-interactive',
  'window-load-longtask',
  'window-initial-js-gzip',
  'window-initial-js',
  'window-issue-click',
  'window-issue-longtask',
];

const only = values.only?.split(',');
const rows = [];
for (const [name, suite] of Object.entries(SUITES)) {
  if (only && !only.includes(name)) continue;
  ctx.log(`${name}:`);
  try {
    rows.push(...(await suite(ctx)));
  } catch (e) {
    // One broken scenario must not cost the others: its rows go missing and the run fails below.
    ctx.log(`  ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

for (const clean of ctx.atEnd) clean();

const meta = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  mode: quick ? 'quick' : 'full',
  runs: ctx.runs,
  node: process.versions.node,
  cpus: cpus().length,
  load: loadavg()
    .map((x) => x.toFixed(1))
    .join(' '),
  extraCaCerts:
    ctx.extraCaCerts !== undefined
      ? 'set here, unset for every row'
      : process.env.NODE_EXTRA_CA_CERTS
        ? 'set here and kept'
        : 'not set',
};
const out = resolve(values.out ?? join(ROOT, 'test-results'));
mkdirSync(out, { recursive: true });
const md = renderMarkdown(rows, meta);
writeFileSync(join(out, 'bench.md'), `${md}\n`);
writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ meta, rows }, null, 2)}\n`);
process.stdout.write(`${md}\n`);

const expected = only ? rows.map((r) => r.id) : ROWS;
const problems = checkTable(rows, expected);
if (problems.length) {
  process.stderr.write(`bench: the table is incomplete:\n${problems.join('\n')}\n`);
  process.exitCode = 1;
}
