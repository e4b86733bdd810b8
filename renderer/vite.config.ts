import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/boot.tsx'));
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

// The renderer build is static files that both hosts serve (Electron's app:// protocol and the
// browser host), so asset URLs are relative and nothing is inlined into index.html (the CSP
// allows no inline script). Paths are relative to the repository root, where npm runs scripts
// (the renderer's lint rules forbid Node imports, this file included).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadBoot()],
  // `zod` is zod configured for the CSP (no eval) before any schema is built; see the file.
  resolve: { alias: [{ find: /^zod$/, replacement: '/src/zod-jitless.ts' }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
});
