// Bundles the Node side (Electron main, preload, CLI, browser host) with esbuild.
// The preload is one file so that it runs in Electron's sandbox.
//
// The CLI is dist/cli.cjs (argument dispatch and usage only) plus one bundle per command in
// dist/cli/<command>.cjs. Every `import('./<command>')` of electron/cli/index.ts's command
// table becomes a load of that command's bundle through the code cache (electron/node/
// code-cache.ts): start-up reads only the table, `issue` never loads the inspector's code (nor
// `inspect` the issuer's), and no run compiles what an earlier run already compiled. Other
// dynamic imports of the CLI's code (PKCS#12, zip, the X.509 library for imported CAs) become
// bundles of their own the same way, read only by the runs that need them.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

// electron/node/app-version.ts reads this constant: manifest.json records the version.
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

const entries = [
  { in: 'electron/main/index.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/web-host/index.ts', out: 'dist/web-host.cjs' },
  // Plans are parsed in a worker thread (electron/plan/plan-reader.ts); every host starts
  // plan-worker.cjs, which loads the parser's bundle through the code cache.
  { in: 'electron/plan/plan-worker-boot.ts', out: 'dist/plan-worker.cjs' },
  { in: 'electron/plan/plan-worker.ts', out: 'dist/plan-worker-body.cjs' },
];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  define: { __ETW_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

const CODE_CACHE = resolve('electron/node/code-cache.ts');

/** The bundle name of a lazily loaded module: a command keeps its name, others their path. */
const bundleName = (file, fromTable) =>
  fromTable
    ? file.replace(/^.*[\\/]/, '').replace(/\.ts$/, '')
    : relative(resolve('.'), file).replace(/\.ts$/, '').replaceAll(/[\\/]/g, '-');

/**
 * Turns the CLI's dynamic imports of its own modules into loads of separate bundles (through
 * the code cache) and records which bundles to build: name -> source file. `inCliFolder`: the
 * importing bundle is itself in dist/cli/ (a command), not dist/cli.cjs.
 */
const lazyBundles = (found, inCliFolder) => ({
  name: 'cli-lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const fromTable = args.importer.replaceAll('\\', '/').endsWith('/electron/cli/index.ts');
      const r = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: 'import-statement',
      });
      if (r.errors.length > 0) return { errors: r.errors };
      const name = bundleName(r.path, fromTable);
      found.set(name, r.path);
      return { path: name, namespace: 'cli-lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'cli-lazy' }, (args) => ({
      contents: [
        `const { loadWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});`,
        `module.exports = loadWithCodeCache(require('node:path').join(__dirname, ${JSON.stringify(`${inCliFolder ? '' : 'cli/'}${args.path}.cjs`)}));`,
      ].join('\n'),
      loader: 'js',
      resolveDir: resolve('.'),
    }));
  },
});

async function buildCli() {
  rmSync('dist/cli', { recursive: true, force: true });
  const found = new Map();
  await build({
    ...common,
    entryPoints: ['electron/cli/bin.ts'],
    outfile: 'dist/cli.cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyBundles(found, false)],
  });
  if (found.size === 0) throw new Error('build: no command found in electron/cli/index.ts');
  // Bundles may import lazily in turn: build until no new one turns up.
  const built = new Set();
  while (built.size < found.size) {
    const batch = [...found].filter(([name]) => !built.has(name));
    await Promise.all(
      batch.map(([name, file]) => {
        built.add(name);
        return build({
          ...common,
          entryPoints: [file],
          outfile: `dist/cli/${name}.cjs`,
          plugins: [lazyBundles(found, true)],
        });
      }),
    );
  }
}

/**
 * Makes a bundle that the code cache loads plain ASCII. esbuild escapes every other character in
 * strings, templates, regular expressions and names (its default `charset`), but keeps some
 * comments as they are: one em dash in a library's comment made V8 hold the whole text as
 * UTF-16, twice the bytes, decoded from UTF-8 and copied again on each run (zod's classic API,
 * since dropped from these bundles, carried one). What is left outside ASCII is comment text, so
 * writing it as \u escapes changes nothing the code does; code-cache.test.ts checks the result.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // One \uXXXX per UTF-16 unit: the form every JavaScript context reads the same way.
  const ascii = text.replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== text) writeFileSync(file, ascii);
}

await Promise.all([
  ...entries
    .filter((e) => existsSync(e.in))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out })),
  buildCli(),
]);
for (const file of [
  'dist/plan-worker-body.cjs',
  ...readdirSync('dist/cli')
    .filter((f) => f.endsWith('.cjs'))
    .map((f) => `dist/cli/${f}`),
])
  asciiOnly(file);
