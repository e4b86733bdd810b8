/**
 * Loads a bundle (a command's dist/cli/<command>.cjs, the plan worker's code) through V8's code
 * cache, so that each run does not compile the same code again. The cache is vm.Script
 * cachedData produced after the command ran, so it holds every function the run compiled. A
 * third of a short command's time was compiling. Node's own compile cache (Node 22 and later)
 * is not used: it is written right after compiling and holds little more than the top level,
 * so `issue` for 10 certificates took 150 ms with it on Node 22.23 and 24.21 and 120 ms with
 * this cache.
 *
 * The cache is executable code: it lives only in the user's own cache folder (0700, owned by the
 * user, not writable by others), never in a shared temporary folder; anything unexpected there
 * and the command simply compiles as usual. ETW_NO_CODE_CACHE=1 turns it off.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { pendingWrites } from './code-cache-writes';

/** The private folder for cached code, created if needed; undefined when it cannot be trusted. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ETW_NO_CODE_CACHE) return undefined;
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(base, 'etcd-tls-wizard', 'code-cache');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (process.platform === 'win32') return dir;
    // Someone else's folder, or one others may write to, could hand us code to run.
    for (const d of [dir, dirname(dir)]) {
      const st = statSync(d);
      if (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * What a bundle's cache files start with on this Node: its name and Node's version, so that a
 * second Node on the same machine keeps its own cache instead of replacing the other's each run.
 */
const cachePrefix = (file: string): string => `${basename(file)}.${process.version}.`;

/**
 * The cache file of a bundle: the prefix and a hash of its text, Node's version and the machine
 * (V8 itself only checks the source length, so an edited bundle must not find the old cache).
 * `source`: the text or its UTF-8 bytes (the same name either way).
 */
export function cacheFileName(file: string, source: string | Uint8Array): string {
  const key = createHash('sha256')
    .update(source)
    .update(process.version)
    .update(process.arch)
    .digest('hex')
    .slice(0, 24);
  return `${cachePrefix(file)}${key}.v8`;
}

/** Loads the CommonJS bundle `file` and returns its exports, using the code cache in `dir`. */
export function loadWithCodeCache(file: string, dir = codeCacheDir()): unknown {
  const req = createRequire(file);
  if (dir === undefined) return req(file);
  // Hashed as read: hashing the decoded text made the hash encode it back to UTF-8 first (a
  // millisecond or two for a command's bundle, on every run).
  const bytes = readFileSync(file);
  // The build makes these bundles ASCII (electron/tools/build.mjs): read as Latin-1, the text is
  // one byte per character in V8 and needs no UTF-8 decoding.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cachePath = join(dir, cacheFileName(file, bytes));
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the first line, so line numbers in stack traces stay right.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  const mod = { exports: {} as unknown };
  (script.runInThisContext() as (...a: unknown[]) => void)(
    mod.exports,
    req,
    mod,
    file,
    dirname(file),
  );
  if (!cachedData || script.cachedDataRejected)
    pendingWrites.push(() => {
      const temp = `${cachePath}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
      renameSync(temp, cachePath);
      // Caches of earlier versions of this bundle (on this Node) are of no more use, nor are
      // those named before the prefix held Node's version (name.<hash>.v8).
      const legacy = `${basename(file)}.`;
      for (const old of readdirSync(dir))
        if (
          old !== basename(cachePath) &&
          (old.startsWith(cachePrefix(file)) ||
            (old.startsWith(legacy) && /^[0-9a-f]{24}\.v8$/.test(old.slice(legacy.length))))
        )
          unlinkSync(join(dir, old));
    });
  return mod.exports;
}
