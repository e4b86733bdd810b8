/**
 * Serving the renderer build (dist/renderer) with a per-load CSP nonce. Shared by the browser
 * host and Electron's app:// protocol so both deliver the same page under the same policy.
 * Node-only, no 'electron' import.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

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
}

/**
 * Reads `urlPath` from the renderer build; undefined when it does not exist or would leave the
 * folder. index.html gets `nonce` filled in.
 */
export async function readRendererFile(
  root: string,
  urlPath: string,
  nonce: string,
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
  if (ext === '.html')
    body = Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
  return { body, contentType: TYPES[ext] ?? 'application/octet-stream' };
}
