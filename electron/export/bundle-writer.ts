/**
 * Writes a bundle to disk as a whole or not at all: files are assembled in a hidden folder beside
 * the target (same file system, so the final rename is atomic), private keys get 0600 and their
 * folders 0700 whatever the umask, everything is fsynced, and nothing is ever overwritten. The
 * hidden folder is marked as ours, so one left by a killed run is removed next time (partials.ts).
 */
import {
  chmodSync,
  closeSync,
  fchmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
import { openAndSync, openForSync, syncAndClose, syncPath } from '../node/durable';
import { cleanStalePartials, createPartial, dropMarker } from './partials';
import { msg } from '../../shared/text/text';

/** How a file is protected on disk: keys are secret, scripts executable, the rest public. */
export type FileMode = 'secret' | 'public' | 'executable';

/** One file of a bundle, with a relative POSIX path. */
export interface OutFile {
  readonly path: string;
  readonly content: string | Uint8Array;
  readonly mode: FileMode;
}

/** Unix permission bits per mode (also used for the entries of the zip). */
export const MODE_BITS: Record<FileMode, number> = {
  secret: 0o600,
  public: 0o644,
  executable: 0o755,
};
/** Folders that hold a secret (at any depth) are closed to others; the rest are 0755. */
const DIR_SECRET = 0o700;
const DIR_PUBLIC = 0o755;

/** Rejects paths that could escape the bundle folder; a bad path is a bug in the caller. */
function checkRelative(p: string): void {
  const n = posix.normalize(p);
  if (p === '' || isAbsolute(p) || n !== p || n.startsWith('../') || n === '..' || p.includes('\\'))
    throw new Error(`bundle path "${p}" is not a clean relative path`);
}

/** Every folder of the bundle with the mode it gets, parents first. */
function planFolders(files: readonly OutFile[]): Map<string, number> {
  const dirs = new Map<string, number>();
  for (const f of files) {
    let d = posix.dirname(f.path);
    const chain: string[] = [];
    while (d !== '.') {
      chain.unshift(d);
      d = posix.dirname(d);
    }
    for (const c of chain) {
      const prev = dirs.get(c) ?? DIR_PUBLIC;
      dirs.set(c, f.mode === 'secret' ? DIR_SECRET : prev);
    }
  }
  return dirs;
}

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Checks that `target` may receive a bundle: it must not exist, or be an empty folder. Names the
 * first conflicting path (a bundle file that already exists there, else the first entry).
 */
export async function checkTarget(
  target: string,
  files: readonly OutFile[] = [],
): Promise<Result<{ exists: boolean }>> {
  let st;
  try {
    // Synchronous, as are the other calls here that only touch metadata (see ../node/durable.ts).
    st = lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok({ exists: false });
    return fail(
      'destination-unwritable',
      msg('export.cannot-check', { target, detail: errText(e) }),
      target,
    );
  }
  if (!st.isDirectory())
    return fail('destination-not-empty', msg('export.not-a-folder', { target }), target);
  const entries = readdirSync(target).sort();
  if (entries.length === 0) return ok({ exists: true });
  const top = new Set(entries);
  const clash = files.map((f) => f.path.split('/')[0]!).find((t) => top.has(t)) ?? entries[0]!;
  const path = join(target, clash);
  return fail('destination-not-empty', msg('export.not-empty', { target, entry: path }), path);
}

/**
 * Checks a bundle's folder and, when one is asked for, its zip before anything is written, so
 * both export paths refuse a busy destination the same way. `files` names the clashing entry.
 */
export async function checkTargets(
  target: string,
  zipPath: string | undefined,
  files: readonly OutFile[] = [],
): Promise<Result<void>> {
  const free = await checkTarget(target, files);
  if (!free.ok) return free;
  if (zipPath) {
    const z = await checkTarget(zipPath);
    if (!z.ok || z.value.exists)
      return fail('destination-not-empty', msg('export.exists', { file: zipPath }), zipPath);
  }
  return ok(undefined);
}

/**
 * Creates a file that must not exist yet, with explicit mode bits (the umask may have removed
 * some from the open() mode), and returns it open, for syncAndClose. Synchronous on purpose:
 * into the page cache these calls take microseconds, while each asynchronous one waited for a
 * turn of the thread pool and of the event loop (five per file); the waiting is in the fsync.
 */
function createFile(path: string, content: string | Uint8Array, mode: number): number {
  const fd = openSync(path, 'wx', mode);
  try {
    writeFileSync(fd, content);
    fchmodSync(fd, mode);
    return fd;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Files and folders open at once while their fsyncs run (a small bundle is one batch). */
const FSYNC_BATCH = 256;

/**
 * Writes `files` into `target` (which must not exist, or be empty). On any failure the temporary
 * folder is removed and the target is left as it was.
 */
export async function writeBundle(
  target: string,
  files: readonly OutFile[],
): Promise<Result<{ target: string; written: string[] }>> {
  files.forEach((f) => checkRelative(f.path));
  const abs = resolve(target);
  const pre = await checkTarget(abs, files);
  if (!pre.ok) return pre;
  const parent = dirname(abs);
  // A killed earlier run may have left keys in a work folder here: remove those first.
  const clean = await cleanStalePartials(parent);
  if (!clean.ok) return clean;
  let temp: string;
  try {
    mkdirSync(parent, { recursive: true });
    temp = await createPartial(abs, DIR_SECRET);
  } catch (e) {
    return fail(
      'destination-unwritable',
      msg('export.cannot-create', { parent, detail: errText(e) }),
      parent,
    );
  }
  let placing = false;
  try {
    const secretAnywhere = files.some((f) => f.mode === 'secret');
    const folders = planFolders(files);
    for (const [d, mode] of folders) {
      mkdirSync(join(temp, d), { mode });
      chmodSync(join(temp, d), mode);
    }
    chmodSync(temp, secretAnywhere ? DIR_SECRET : DIR_PUBLIC);
    // Every file, then every folder (once its entries exist), durable before the rename below
    // makes the bundle visible; each one's fsync starts as soon as it is written, and at most
    // FSYNC_BATCH are open at once, so a big bundle never holds hundreds of descriptors.
    const opens = [
      ...files.map((f) => () => createFile(join(temp, f.path), f.content, MODE_BITS[f.mode])),
      ...[...folders.keys(), '.'].map((d) => () => openForSync(join(temp, d))),
    ];
    for (let i = 0; i < opens.length; i += FSYNC_BATCH)
      await openAndSync(opens.slice(i, i + FSYNC_BATCH));
    placing = true;
    if (pre.value.exists) rmdirSync(abs); // fails (ENOTEMPTY) if something appeared meanwhile
    renameSync(temp, abs);
    await syncPath(parent);
    // Only now: until the rename, a run killed here must leave a folder marked as ours. The
    // bundle is in place whatever happens next; a marker left in it holds no secret.
    await dropMarker(abs)
      .then(() => syncPath(abs))
      .catch(() => undefined);
    return ok({ target: abs, written: files.map((f) => f.path) });
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    // Only the final step can meet someone else's files; earlier errors are inside our folder.
    if (placing && (code === 'ENOTEMPTY' || code === 'EEXIST'))
      return fail(
        'destination-not-empty',
        msg('export.cannot-place', { target: abs, detail: errText(e) }),
        abs,
      );
    return fail(
      'destination-unwritable',
      msg('export.write-failed', { target: abs, detail: errText(e) }),
      abs,
    );
  }
}

/**
 * Writes one file beside its final name, then hard-links it into place: link() fails if the name
 * exists, so an existing file is never overwritten and a reader never sees half a file.
 */
export async function writeFileSafely(
  path: string,
  content: string | Uint8Array,
  mode: FileMode,
): Promise<Result<{ path: string }>> {
  const abs = resolve(path);
  const clean = await cleanStalePartials(dirname(abs));
  if (!clean.ok) return clean;
  let dir: string | undefined;
  try {
    // The file is written in a marked work folder, so a killed run leaves nothing unmarked.
    dir = await createPartial(abs, DIR_SECRET);
    const temp = join(dir, basename(abs));
    await syncAndClose([createFile(temp, content, MODE_BITS[mode])]);
    linkSync(temp, abs);
    await syncPath(dirname(abs));
    return ok({ path: abs });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      return fail('destination-not-empty', msg('export.exists', { file: abs }), abs);
    return fail(
      'destination-unwritable',
      msg('export.cannot-write', { file: abs, detail: errText(e) }),
      abs,
    );
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
