/**
 * Hidden work folders of an export in progress (`.<name>.partial-<hex>`, 0700, beside the target).
 * A write assembles the bundle in one and renames it into place; a process killed half-way
 * (kill -9, power loss) leaves it behind, holding private keys. Each work folder therefore gets a
 * marker file first, naming the process that owns it, and the next export into the same parent
 * folder removes the leftovers whose owner is gone. Nothing without our marker is ever touched.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { closeSync, mkdirSync, openSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { lstat, readdir, rmdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
import { syncAndClose } from '../node/durable';
import { fsErrorText } from '../node/fs-errors';
import { readRegularFile } from '../node/read-regular-file';
import { type AppText, msg } from '../../shared/text/text';

/** Name of the marker file written first into each work folder. */
export const PARTIAL_MARKER = '.etcd-tls-wizard-partial';
const NAME = /^\..+\.partial-[0-9a-f]{12}$/;

/** What the marker records: enough to tell whether its owner still runs. */
interface Marker {
  readonly app: 'etcd-tls-wizard';
  readonly pid: number;
  readonly host: string;
}

/** Removes a tree depth first, so a failure names the entry that resisted (rm -r hides it). */
async function removeTree(p: string): Promise<void> {
  if ((await lstat(p)).isDirectory()) {
    for (const n of await readdir(p)) await removeTree(join(p, n));
    await rmdir(p);
  } else await unlink(p);
}

/**
 * Creates an empty work folder (mode `mode`) for `target` beside it, marker inside and durable
 * before anything else is written there. Synchronous but for the fsync (../node/durable.ts).
 */
export async function createPartial(target: string, mode: number): Promise<string> {
  const dir = join(
    join(target, '..'),
    `.${basename(target)}.partial-${randomBytes(6).toString('hex')}`,
  );
  mkdirSync(dir, { mode });
  const marker: Marker = { app: 'etcd-tls-wizard', pid: process.pid, host: hostname() };
  const fd = openSync(join(dir, PARTIAL_MARKER), 'wx', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(marker));
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  await syncAndClose([fd]);
  return dir;
}

/** Removes the marker from a finished folder, after it was renamed into place. */
export async function dropMarker(dir: string): Promise<void> {
  unlinkSync(join(dir, PARTIAL_MARKER));
}

/** True while `pid` runs (EPERM: it runs as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a work folder's marker; undefined when it is not ours or cannot be told apart. */
async function readMarker(dir: string): Promise<Marker | undefined> {
  const r = await readRegularFile(join(dir, PARTIAL_MARKER), { maxBytes: 1024, noFollow: true });
  if (!r.ok) return undefined;
  try {
    const m = JSON.parse(new TextDecoder().decode(r.value)) as Partial<Marker>;
    if (m.app !== 'etcd-tls-wizard' || !Number.isInteger(m.pid) || typeof m.host !== 'string')
      return undefined;
    return m as Marker;
  } catch {
    return undefined;
  }
}

/**
 * Removes our stale work folders in `parent`: right name, a folder owned by this user (not a
 * link), our marker inside, written on this machine by a process that is gone. A missing parent
 * has none. Fails, naming them, when some cannot be removed: they hold private keys.
 */
export async function cleanStalePartials(parent: string): Promise<Result<{ removed: string[] }>> {
  let names: string[];
  try {
    // Synchronous: every export lists its parent folder, and almost always finds nothing.
    names = readdirSync(parent).filter((n) => NAME.test(n));
  } catch {
    return ok({ removed: [] });
  }
  const removed: string[] = [];
  const stuck: AppText[] = [];
  const uid = process.getuid?.();
  for (const n of names) {
    const dir = join(parent, n);
    try {
      const s = await lstat(dir);
      if (!s.isDirectory() || (uid !== undefined && s.uid !== uid)) continue;
    } catch {
      continue;
    }
    const m = await readMarker(dir);
    if (!m || m.host !== hostname() || alive(m.pid)) continue;
    try {
      // The marker goes last: a folder only half removed must still be recognised next time.
      for (const entry of await readdir(dir))
        if (entry !== PARTIAL_MARKER) await removeTree(join(dir, entry));
      await removeTree(dir);
      removed.push(dir);
    } catch (e) {
      const at = (e as NodeJS.ErrnoException).path ?? dir;
      stuck.push(msg('export.leftover-item', { dir, at, reason: fsErrorText(e) }));
    }
  }
  if (stuck.length > 0)
    return fail(
      'destination-unwritable',
      msg(stuck.length > 1 ? 'export.leftovers-many' : 'export.leftovers', {
        parent,
        list: stuck,
      }),
      parent,
    );
  return ok({ removed });
}
