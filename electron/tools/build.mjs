// Bundles the Node side (Electron main, preload, CLI, browser host) with esbuild.
// The preload is one file so that it runs in Electron's sandbox.
//
// The CLI is ES modules split into chunks (dist/cli/): each command is loaded with `await
// import()` when it runs, so start-up reads only the command table, and `issue` never loads the
// inspector's code (nor `inspect` the issuer's). dist/cli.cjs, the bin, is a few lines that
// switch on Node's compile cache where there is one (Node >= 22.1) and import the entry.
import { build } from 'esbuild';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  { in: 'electron/main/index.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/web-host/index.ts', out: 'dist/web-host.cjs' },
];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

const CLI_STUB = `#!/usr/bin/env node
'use strict';
// etcd-tls-wizard's command line (the code is in ./cli/, ES modules loaded per command).
try {
  require('node:module').enableCompileCache?.();
} catch {
  // No compile cache (Node < 22.1, or an unwritable cache folder): only start-up is slower.
}
import('./cli/bin.mjs');
`;

async function buildCli() {
  rmSync('dist/cli', { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { bin: 'electron/cli/bin.ts' },
    outdir: 'dist/cli',
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS dependencies (node-forge, tsyringe, …) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __etwRequire } from 'node:module'; const require = __etwRequire(import.meta.url);",
    },
  });
  writeFileSync('dist/cli.cjs', CLI_STUB);
  chmodSync('dist/cli.cjs', 0o755);
  rmSync('dist/cli.cjs.map', { force: true });
}

await Promise.all([
  ...entries
    .filter((e) => existsSync(e.in))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, format: 'cjs' })),
  buildCli(),
]);
