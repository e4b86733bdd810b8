import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdCss } from './vite-antd-css';

/**
 * Vite plugin: the first screen's code is evaluated in two tasks (src/main.tsx imports React,
 * then src/boot.tsx), which made its fetch a waterfall: boot's chunks were asked for only once
 * React had run. This adds a modulepreload link for each chunk boot.tsx needs, and its style
 * sheet, to index.html, so that everything is fetched (not run) at once with the entry.
 */
function preloadBoot(): Plugin {
  return {
    name: 'etw-preload-boot',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/boot.tsx')));
        if (!boot) throw new Error('preload-boot: no chunk for src/boot.tsx');
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name)) return;
          files.add(name);
          const chunk = chunks.find((c) => c.fileName === name);
          for (const f of chunk?.viteMetadata?.importedCss ?? []) css.add(f);
          for (const i of chunk?.imports ?? []) visit(i);
        };
        visit(boot.fileName);
        return [
          ...[...files].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((f) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/** Packages whose index only re-exports its parts: an import from one uses the parts it names. */
const BARRELS: Record<string, RegExp> = {
  antd: /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/,
  '@ant-design/icons': /[\\/]node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/]index\.js$/,
};
const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const slashes = (id: string) => id.replaceAll('\\', '/');

/**
 * A Vite plugin and chunk groups that put the first screen in two script files besides the
 * entry and the bundler's runtime: React (main.tsx evaluates it first) and everything boot.tsx
 * needs. Left to itself the bundler cut boot's graph into eight chunks, each shared differently with the lazy views, and
 * with Chromium's six connections per host a cold load fetched them in two waves. Boot's modules
 * are its static imports, followed through a barrel (`antd`, `@ant-design/icons`) only to the
 * parts an import names, as tree-shaking does (an internal index of Ant Design is followed whole,
 * about 1 KB more than the bundler's own split); what the entry imports stays with the entry.
 */
function firstScreenChunks() {
  const entry = new Set<string>();
  const boot = new Set<string>();
  const plugin: Plugin = {
    name: 'etw-first-screen-chunks',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const find = (test: (id: string) => boolean, what: string) => {
        const id = ids.find(test);
        if (!id) throw new Error(`first-screen-chunks: no module ${what}`);
        return id;
      };
      /** What a barrel exports, name → module id (`export *` followed into the barrel it names). */
      const exportsOf = (barrel: string): Map<string, string> => {
        const info = this.getModuleInfo(barrel);
        const code = info?.code ?? '';
        const resolve = (rel: string) => {
          const parts = slashes(barrel).split('/').slice(0, -1);
          for (const p of rel.split('/'))
            if (p === '..') parts.pop();
            else if (p !== '.') parts.push(p);
          const base = parts.join('/');
          const id = info?.importedIds.find((i) =>
            [base, `${base}.js`, `${base}/index.js`].includes(slashes(i)),
          );
          if (!id) throw new Error(`first-screen-chunks: ${rel} of ${barrel} not resolved`);
          return id;
        };
        const byName = new Map<string, string>();
        for (const m of code.matchAll(/export\s*\*\s*from\s*['"]([^'"]+)['"]/g))
          for (const [k, v] of exportsOf(resolve(m[1]!))) byName.set(k, v);
        for (const m of code.matchAll(/export\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g))
          for (const spec of m[1]!.split(',')) {
            const name = spec
              .trim()
              .split(/\s+as\s+/)
              .pop();
            if (name) byName.set(name, resolve(m[2]!));
          }
        return byName;
      };
      const barrels = Object.entries(BARRELS).map(([pkg, re]) => {
        const id = find((i) => re.test(i), pkg);
        const from = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${pkg}['"]`, 'g');
        return { pkg, id, from, parts: exportsOf(id) };
      });
      const visit = (id: string, into: Set<string>) => {
        if (into.has(id) || REACT.test(id)) return;
        into.add(id);
        const info = this.getModuleInfo(id);
        const skip = new Set(info?.dynamicallyImportedIds ?? []);
        for (const b of barrels)
          for (const m of (info?.code ?? '').matchAll(b.from)) {
            skip.add(b.id);
            for (const spec of m[1]!.split(',')) {
              const name = spec.trim().split(/\s+as\s+/)[0];
              if (!name) continue;
              const part = b.parts.get(name);
              if (!part) throw new Error(`first-screen-chunks: ${name} of ${b.pkg} not found`);
              visit(part, into);
            }
          }
        for (const i of info?.importedIds ?? []) if (!skip.has(i)) visit(i, into);
      };
      visit(
        find((i) => i.endsWith('/src/main.tsx'), 'src/main.tsx'),
        entry,
      );
      const all = new Set<string>();
      visit(
        find((i) => i.endsWith('/src/boot.tsx'), 'src/boot.tsx'),
        all,
      );
      for (const id of all) if (!entry.has(id)) boot.add(id);
    },
  };
  const groups = [
    { name: 'index', test: (id: string) => entry.has(id), priority: 3 },
    { name: 'react', test: REACT, priority: 2 },
    { name: 'boot', test: (id: string) => boot.has(id), priority: 1 },
  ];
  return { plugin, groups };
}
const firstScreen = firstScreenChunks();

/**
 * Class prefixes of the Ant Design components the first screen can show before the rest of the
 * sheet is loaded: its frame and start page, and the spinner a view shows while it loads. (The
 * confirmation before a draft is replaced loads with the rest, like any other view.)
 * e2e/first-screen-styles.spec.ts checks that the first screen looks the same without the rest.
 */
const FIRST_SCREEN_ANTD = [
  'anticon',
  'ant-btn',
  'ant-flex',
  'ant-layout',
  'ant-radio',
  'ant-space',
  'ant-spin',
  'ant-steps',
  'ant-wave',
];

// The renderer build is static files that both hosts serve (Electron's app:// protocol and the
// browser host), so asset URLs are relative and nothing is inlined into index.html (the CSP
// allows no inline script). Paths are relative to the repository root, where npm runs scripts
// (the renderer's lint rules forbid Node imports, this file included).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    antdCss({ prefixes: FIRST_SCREEN_ANTD, parts: 4, appSheet: '/src/global.css' }),
    react(),
    preloadBoot(),
    firstScreen.plugin,
  ],
  // `zod` and `zod/mini` are zod configured for the CSP (no eval) before any schema is built;
  // see the files.
  resolve: {
    alias: [
      { find: /^zod$/, replacement: '/src/zod-jitless.ts' },
      { find: /^zod\/mini$/, replacement: '/src/zod-mini-jitless.ts' },
    ],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: firstScreen.groups } } },
  },
});
