// Lint rules, including the import boundaries of docs/ARCHITECTURE.md:
// shared/ is pure (no electron, Node built-ins, DOM frameworks or clock reads), the renderer
// never imports electron or Node, only electron/main and electron/preload import 'electron'
// (importing it elsewhere tries to download the binary), the capabilities of electron/ never
// import a host, and the CLI never imports the Electron main process.
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
      'no-restricted-imports': ['error', { paths: [electronImport] }],
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
        { paths: [electronImport], patterns: HOSTS.map(hostImport) },
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
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing from the hosts.',
            },
            { group: ['react', 'react-dom', 'antd'], message: 'shared/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'Buffer', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass "now" in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass "now" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass randomness in.',
        },
      ],
    },
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
