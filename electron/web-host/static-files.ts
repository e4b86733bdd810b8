/**
 * Serving the renderer build (dist/renderer) with a per-load CSP nonce. Shared by the browser
 * host and Electron's app:// protocol so both deliver the same page under the same policy.
 * Node-only, no 'electron' import.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/** Placeholder in renderer/index.html that each load replaces with a fresh nonce. */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** A fresh nonce for one page load (Ant Design's CSS-in-JS tags its <style> elements with it). */
export const newNonce = (): string => randomBytes(18).toString('base64');

/**
 * The page's Content-Security-Policy: only own scripts, styles only from own files or tagged
 * with this load's nonce, no eval, no remote origins, no plugins, no framing
 * (Electron security checklist 7: "Define a Content Security Policy").
 */
export function buildCsp(nonce: string | undefined, opts: { forMeta?: boolean } = {}): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  // frame-ancestors is ignored (with a console error) when delivered in a <meta> tag.
  if (!opts.forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** A file of the renderer build, ready to send. */
export interface RendererFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Content-Encoding, Vary and Cache-Control where they apply (none for index.html). */
  readonly headers: Readonly<Record<string, string>>;
}

/** Encodings we send, best first. */
export type Encoding = 'br' | 'gzip';

/**
 * The best encoding an Accept-Encoding header allows: br, then gzip; undefined for identity.
 * `q=0` refuses an encoding (RFC 9110 12.5.3); `*` stands for any not named.
 */
export function chooseEncoding(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined;
  const q = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    if (name) q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const allowed = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.map', '.html']);
/** Vite names every asset with a content hash: such a URL never changes its bytes. */
const HASHED = /^\/assets\/.+-[\w-]{8,}\.\w+$/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Compressed bodies by file and encoding: each is made once per run (or read precompressed). */
const compressedCache = new Map<string, Promise<Buffer>>();

/**
 * The file compressed with `encoding`: the build's precompressed sibling (`.br`/`.gz`, written
 * by electron/tools/precompress.mjs) when there is one, else compressed now and kept.
 */
function compressed(full: string, body: Buffer, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${full}`;
  let p = compressedCache.get(key);
  if (!p) {
    p = readFile(`${full}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() =>
      encoding === 'br'
        ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipAsync(body, { level: 6 }),
    );
    compressedCache.set(key, p);
  }
  return p;
}

/**
 * Reads `urlPath` from the renderer build; undefined when it does not exist or would leave the
 * folder. index.html gets `nonce` filled in. With `acceptEncoding` (the browser host; Electron's
 * protocol reads local files and passes none), scripts and styles go out compressed.
 */
export async function readRendererFile(
  root: string,
  urlPath: string,
  nonce: string,
  acceptEncoding?: string,
): Promise<RendererFile | undefined> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  if (rel === '/' || rel === '') rel = '/index.html';
  const full = normalize(join(root, rel));
  if (!full.startsWith(normalize(root + sep))) return undefined;
  let body: Buffer;
  try {
    body = await readFile(full);
  } catch {
    return undefined;
  }
  const ext = extname(full).toLowerCase();
  const contentType = TYPES[ext] ?? 'application/octet-stream';
  if (ext === '.html') {
    // A fresh nonce per load: never cached, and a kilobyte is not worth compressing.
    body = Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
    return { body, contentType, headers: {} };
  }
  const headers: Record<string, string> = {};
  if (HASHED.test(rel)) headers['Cache-Control'] = 'private, max-age=31536000, immutable';
  if (!COMPRESSIBLE.has(ext)) return { body, contentType, headers };
  headers.Vary = 'Accept-Encoding';
  const encoding = chooseEncoding(acceptEncoding);
  if (encoding === undefined || body.length < 1024) return { body, contentType, headers };
  return {
    body: await compressed(full, body, encoding),
    contentType,
    headers: { ...headers, 'Content-Encoding': encoding },
  };
}
