/**
 * The renderer's files as the browser host sends them: scripts compressed as the browser
 * allows (brotli first, precompressed copies preferred), index.html never (its nonce changes),
 * hashed assets cacheable, every compressible response varying on Accept-Encoding.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { chooseEncoding, readRendererFile } from './static-files';

describe('chooseEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['GZIP;q=0.5', 'gzip'],
  ])('%j -> %j', (header, want) => {
    expect(chooseEncoding(header)).toBe(want);
  });
});

describe('readRendererFile', () => {
  const dir = tempDir('etw-static-');
  afterAll(() => dir.remove());
  const root = join(dir.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
  writeFileSync(join(root, 'index.html'), '<meta content="__CSP_NONCE__">');
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), script);
  writeFileSync(join(root, 'assets', 'tiny.js'), 'x');
  const packed = join(root, 'assets', 'pre-Zz99Yy88.js');
  writeFileSync(packed, script);
  writeFileSync(`${packed}.br`, brotliCompressSync(Buffer.from('/* from the build */')));

  it('compresses a script with brotli or gzip as the browser allows', async () => {
    const br = await readRendererFile(root, '/assets/index-AbCd1234.js', 'n', 'gzip, br');
    expect(br?.headers).toMatchObject({ 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(br!.body).toString()).toBe(script);
    expect(br!.body.length).toBeLessThan(script.length / 10);
    const gz = await readRendererFile(root, '/assets/index-AbCd1234.js', 'n', 'gzip');
    expect(gz?.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(gz!.body).toString()).toBe(script);
    const plain = await readRendererFile(root, '/assets/index-AbCd1234.js', 'n', undefined);
    expect(plain?.headers['Content-Encoding']).toBeUndefined();
    expect(plain?.headers.Vary).toBe('Accept-Encoding');
    expect(plain?.body.toString()).toBe(script);
  });

  it('prefers the precompressed copy the build wrote', async () => {
    const f = await readRendererFile(root, '/assets/pre-Zz99Yy88.js', 'n', 'br');
    expect(brotliDecompressSync(f!.body).toString()).toBe('/* from the build */');
  });

  it('marks hashed assets immutable and leaves index.html and tiny files alone', async () => {
    const hashed = await readRendererFile(root, '/assets/index-AbCd1234.js', 'n', 'br');
    expect(hashed?.headers['Cache-Control']).toMatch(/immutable/);
    const page = await readRendererFile(root, '/', 'nonce-1', 'br');
    expect(page?.headers).toEqual({});
    expect(page?.body.toString()).toBe('<meta content="nonce-1">');
    const tiny = await readRendererFile(root, '/assets/tiny.js', 'n', 'br');
    expect(tiny?.headers['Content-Encoding']).toBeUndefined();
    expect(tiny?.headers['Cache-Control']).toBeUndefined();
  });
});
