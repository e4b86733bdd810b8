// Writes a brotli (.br) and a gzip (.gz) copy beside each script, style sheet and SVG of the
// renderer build, at the highest settings, so that the browser host sends them compressed
// without compressing anything at run time (electron/web-host/static-files.ts reads them).
// index.html is left alone: it carries a fresh CSP nonce on every load.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/renderer';
const EXTENSIONS = new Set(['.js', '.mjs', '.css', '.svg', '.json']);

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (EXTENSIONS.has(extname(name))) {
      const body = readFileSync(full);
      if (body.length < 1024) continue;
      writeFileSync(
        `${full}.br`,
        brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      );
      writeFileSync(`${full}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}

walk(root);
