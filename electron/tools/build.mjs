// Bundles the Node side (Electron main, preload, CLI, browser host) with esbuild.
// The preload is one file so that it runs in Electron's sandbox.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

// electron/node/app-version.ts reads this constant: manifest.json records the version.
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

const entries = [
  { in: 'electron/main/index.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/cli/index.ts', out: 'dist/cli.cjs', banner: '#!/usr/bin/env node' },
  { in: 'electron/web-host/index.ts', out: 'dist/web-host.cjs' },
  // Plans are parsed in a worker thread (electron/plan/plan-reader.ts); every host starts this file.
  { in: 'electron/plan/plan-worker.ts', out: 'dist/plan-worker.cjs' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        entryPoints: [e.in],
        outfile: e.out,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: true,
        external: ['electron'],
        define: { __ETW_VERSION__: JSON.stringify(version) },
        banner: e.banner ? { js: e.banner } : undefined,
        logLevel: 'warning',
      }),
    ),
);
