/**
 * Writes a bundle to disk as a whole or not at all: files are assembled in a hidden folder beside
 * the target (same file system, so the final rename is atomic), private keys get 0600 and their
 * folders 0700 whatever the umask, everything is fsynced, and nothing is ever overwritten. The
 * hidden folder is marked as ours, so one left by a killed run is removed next time (partials.ts).
 */
import { constants } from 'node:fs';
import { chmod, link, lstat, mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
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
    st = await lstat(target);
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
  const entries = (await readdir(target)).sort();
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

async function fsyncPath(path: string): Promise<void> {
  const h = await open(path, constants.O_RDONLY);
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

/** Creates a file that must not exist yet, with explicit mode bits, and syncs it. */
async function createFile(path: string, content: string | Uint8Array, mode: number): Promise<void> {
  const h = await open(path, 'wx', mode);
  try {
    await h.writeFile(content);
    await h.chmod(mode); // the umask may have removed bits from the open() mode
    await h.sync();
  } finally {
    await h.close();
  }
}

/**
 * Runs `job` over `items` with at most `width` in flight and waits for every one to finish, so
 * that a failure never leaves writes running into a folder that is being removed. Each file is
 * a chain of small calls (open, write, chmod, fsync, close) that each wait for the thread pool:
 * one after another, a bundle of fifty files spent most of its time waiting.
 */
async function eachSettled<T>(
  items: readonly T[],
  width: number,
  job: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const item = items[next++]!;
      try {
        await job(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  if (failure) throw failure.error;
}

/** Files and folders written at once: the thread pool's width, twice over. */
const IO_WIDTH = 8;

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
    await mkdir(parent, { recursive: true });
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
      await mkdir(join(temp, d), { mode });
      await chmod(join(temp, d), mode);
    }
    await eachSettled(files, IO_WIDTH, (f) =>
      createFile(join(temp, f.path), f.content, MODE_BITS[f.mode]),
    );
    await eachSettled([...folders.keys()], IO_WIDTH, (d) => fsyncPath(join(temp, d)));
    await chmod(temp, secretAnywhere ? DIR_SECRET : DIR_PUBLIC);
    await fsyncPath(temp);
    placing = true;
    if (pre.value.exists) await rmdir(abs); // fails (ENOTEMPTY) if something appeared meanwhile
    await rename(temp, abs);
    await fsyncPath(parent);
    // Only now: until the rename, a run killed here must leave a folder marked as ours. The
    // bundle is in place whatever happens next; a marker left in it holds no secret.
    await dropMarker(abs)
      .then(() => fsyncPath(abs))
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
    await createFile(temp, content, MODE_BITS[mode]);
    await link(temp, abs);
    await fsyncPath(dirname(abs));
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
