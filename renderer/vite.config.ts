import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer build is static files that both hosts serve (Electron's app:// protocol and the
// browser host), so asset URLs are relative and nothing is inlined into index.html (the CSP
// allows no inline script). Paths are relative to the repository root, where npm runs scripts
// (the renderer's lint rules forbid Node imports, this file included).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
