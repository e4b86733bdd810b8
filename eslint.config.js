// Lint rules, including the import boundaries of docs/ARCHITECTURE.md:
// shared/ is pure (no electron, Node built-ins, host globals, timers, I/O or clock reads), the
// renderer never imports electron or Node, only electron/main and electron/preload import
// 'electron' (importing it elsewhere tries to download the binary), the capabilities of
// electron/ never import a host, and the CLI never imports the Electron main process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
/** The hosts of electron/: thin doors into the capabilities, never imported by them. */
const HOSTS = ['main', 'preload', 'web-host', 'cli'];
const hostImport = (host) => ({
  group: [`**/electron/${host}`, `**/electron/${host}/**`, `../${host}`, `../${host}/**`],
  message: `electron/${host} is a host. A capability (electron/<capability>/) is called by the hosts, never the reverse: move the shared code into the capability, or pass it in from the host (docs/ARCHITECTURE.md).`,
});
const electronImport = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (the import downloads).",
};
// The decoder has one entry point; its files are free to change shape behind it. Siblings in
// shared/pki import its DER layer as './decode/der', which this pattern does not match.
const decodeEntry = {
  group: ['**/pki/decode/*'],
  message: "Import the decoder from 'shared/pki/decode' (its index.ts), not from a file inside it.",
};
// No clock reads or randomness in shared/: both are passed in, so results are reproducible.
const pureSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Pass "now" in.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Pass randomness in.',
  },
];
// Globals shared/ must not read, each with where such code belongs instead. shared/ runs in Node
// and in the browser alike, so it does I/O, waits and reads hosts through its callers only.
const restricted = (message, names) => names.map((name) => ({ name, message }));
const sharedGlobals = [
  ...restricted(
    'shared/ is pure: timers live in the Node side (electron/<capability>) or the renderer; pass results in.',
    [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
    ],
  ),
  ...restricted(
    'shared/ is pure: network I/O lives in the Node side (electron/<capability>) or the renderer (through window.api); pass the data in.',
    ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Request', 'Response'],
  ),
  ...restricted(
    'shared/ is pure: storage lives in the renderer (its store) or the Node side (electron/<capability>); pass values in.',
    ['localStorage', 'sessionStorage', 'indexedDB', 'caches'],
  ),
  ...restricted(
    'shared/ is pure: it reads no browser object; the renderer passes what it needs in.',
    ['window', 'document', 'navigator', 'location', 'history', 'self'],
  ),
  ...restricted(
    'shared/ is pure: Node APIs live in the Node side (electron/<capability>); pass data in (bytes as Uint8Array).',
    ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
  ),
  ...restricted('shared/ reads no host global: the host passes what it needs in.', ['globalThis']),
  ...restricted(
    'shared/ never reads a global WebCrypto: take a Crypto parameter (shared/pki/webcrypto.ts).',
    ['crypto'],
  ),
  ...restricted('Pass "now" in.', ['performance', 'Temporal']),
  ...restricted('shared/ does not log: return a Result (shared/result.ts) or throw.', ['console']),
];
// A dotted OID written out twice can drift; shared/pki/oids.ts names each one once.
const oidLiteral = {
  selector: 'Literal[value=/^[0-2]\\.[0-9]+(\\.[0-9]+){2,}$/]',
  message: 'Name this OID in shared/pki/oids.ts and import the name.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
      'release/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [decodeEntry] }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Capabilities (plan, pki, export, inspect, rpc, node, …) are shared by every host.
    files: ['electron/**/*.ts'],
    // Tests may drive a host (the CLI's integration tests do).
    ignores: [
      ...HOSTS.map((h) => `electron/${h}/**`),
      'electron/tools/**',
      'electron/it/**',
      'electron/test-support/**',
      'electron/**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [decodeEntry, ...HOSTS.map(hostImport)] },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/web-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            decodeEntry,
            {
              group: ['../main', '../main/**', '**/electron/main/**'],
              message:
                "electron/main is the Electron host and imports 'electron', which downloads a binary: the CLI and the browser host reach the same code through the capabilities (electron/<capability>/) and the handler table (electron/rpc/table).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/test-support/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronImport,
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: pass data in.' })),
          ],
          patterns: [
            decodeEntry,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing from the hosts.',
            },
            { group: ['react', 'react-dom', 'antd'], message: 'shared/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...sharedGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass "now" in.' },
      ],
      'no-restricted-syntax': ['error', ...pureSyntax, oidLiteral],
    },
  },
  {
    files: ['shared/pki/oids.ts'],
    rules: { 'no-restricted-syntax': ['error', ...pureSyntax] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronImport,
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' })),
          ],
          patterns: [
            decodeEntry,
            {
              group: ['**/electron/**'],
              allowTypeImports: true,
              message:
                'The renderer talks to electron/ only through window.api (renderer/src/api).',
            },
          ],
        },
      ],
    },
  },
);
