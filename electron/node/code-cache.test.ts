/**
 * The CLI's code cache: kept only in a private folder of the user's, used when present, and
 * harmless when stale or damaged (the module loads and compiles as usual).
 */
import { isAscii } from 'node:buffer';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { cacheFileName, codeCacheDir, loadWithCodeCache } from './code-cache';
import { saveCodeCaches } from './code-cache-writes';

const dir = tempDir('etw-code-cache-');
afterAll(() => dir.remove());

describe('codeCacheDir', () => {
  it('is a 0700 folder under XDG_CACHE_HOME, and off with ETW_NO_CODE_CACHE', () => {
    const base = join(dir.path, 'xdg');
    const d = codeCacheDir({ XDG_CACHE_HOME: base });
    expect(d).toBe(join(base, 'etcd-tls-wizard', 'code-cache'));
    expect(statSync(d!).mode & 0o777).toBe(0o700);
    expect(codeCacheDir({ XDG_CACHE_HOME: base, ETW_NO_CODE_CACHE: '1' })).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('refuses a folder others may write to', () => {
    const base = join(dir.path, 'open');
    const d = codeCacheDir({ XDG_CACHE_HOME: base })!;
    chmodSync(d, 0o777);
    expect(codeCacheDir({ XDG_CACHE_HOME: base })).toBeUndefined();
    chmodSync(d, 0o700);
    chmodSync(join(base, 'etcd-tls-wizard'), 0o777);
    expect(codeCacheDir({ XDG_CACHE_HOME: base })).toBeUndefined();
  });
});

describe('loadWithCodeCache', () => {
  const cache = join(dir.path, 'cache');
  mkdirSync(cache, { mode: 0o700 });
  const file = join(dir.path, 'mod.cjs');
  writeFileSync(file, 'exports.twice = (x) => 2 * x; exports.where = __filename;\n');

  it('loads a CommonJS bundle and writes its cache once the run is done', () => {
    const m = loadWithCodeCache(file, cache) as { twice(x: number): number; where: string };
    expect(m.twice(21)).toBe(42);
    expect(m.where).toBe(file);
    saveCodeCaches();
    expect(readdirSync(cache).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
  });

  it('reads a bundle that is not plain ASCII as UTF-8', () => {
    const utf8 = join(dir.path, 'utf8.cjs');
    writeFileSync(utf8, 'exports.word = "证书 — ok"; // 中文\n');
    const own = join(dir.path, 'utf8-cache');
    mkdirSync(own, { mode: 0o700 });
    expect((loadWithCodeCache(utf8, own) as { word: string }).word).toBe('证书 — ok');
    saveCodeCaches();
  });

  it('loads through a damaged cache and replaces it', () => {
    // New text, so that V8's in-process compilation cache cannot answer instead of the file.
    const source = 'exports.twice = (x) => x * 2;\n';
    writeFileSync(file, source);
    const name = cacheFileName(file, source);
    writeFileSync(join(cache, name), 'not a code cache');
    const m = loadWithCodeCache(file, cache) as { twice(x: number): number };
    expect(m.twice(2)).toBe(4);
    saveCodeCaches();
    expect(statSync(join(cache, name)).size).toBeGreaterThan(100);
  });

  it('drops the cache of an earlier version of the bundle', () => {
    const before = readdirSync(cache).filter((f) => f.endsWith('.v8'));
    writeFileSync(file, 'exports.twice = (x) => x + x + 0;\n');
    loadWithCodeCache(file, cache);
    saveCodeCaches();
    const after = readdirSync(cache).filter((f) => f.endsWith('.v8'));
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect(existsSync(join(cache, before[0]!))).toBe(false);
  });

  it("keeps another Node's cache of the bundle and drops caches named the old way", () => {
    const source = 'exports.twice = (x) => x + x + 1 - 1;\n';
    writeFileSync(file, source);
    const other = 'mod.cjs.v0.0.1.0123456789abcdef01234567.v8';
    const legacy = 'mod.cjs.0123456789abcdef01234567.v8';
    writeFileSync(join(cache, other), 'x');
    writeFileSync(join(cache, legacy), 'x');
    loadWithCodeCache(file, cache);
    saveCodeCaches();
    const names = readdirSync(cache);
    expect(names).toContain(other);
    expect(names).not.toContain(legacy);
    expect(names).toContain(cacheFileName(file, source));
  });
});

describe('cacheFileName', () => {
  it("names Node's version, so two Nodes on one machine keep a cache each", () => {
    const name = cacheFileName('/x/issue.cjs', 'exports.a = 1;\n');
    expect(name.startsWith(`issue.cjs.${process.version}.`)).toBe(true);
    expect(name).toMatch(/\.[0-9a-f]{24}\.v8$/);
  });
});

describe('the built bundles the code cache loads', () => {
  // The build escapes what esbuild leaves outside ASCII (comments), so V8 holds their text one
  // byte per character and the loader reads it without UTF-8 decoding (electron/tools/build.mjs).
  it('are plain ASCII', () => {
    const dist = join(__dirname, '../../dist');
    const files = [
      join(dist, 'plan-worker-body.cjs'),
      ...readdirSync(join(dist, 'cli'))
        .filter((f) => f.endsWith('.cjs'))
        .map((f) => join(dist, 'cli', f)),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files)
      expect({ f, ascii: isAscii(readFileSync(f)) }).toEqual({ f, ascii: true });
  });
});
