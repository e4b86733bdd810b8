/**
 * fsync for code that writes synchronously into the page cache and only waits for the disk:
 * the writes of a bundle are metadata and page-cache copies (microseconds each), so they run on
 * the calling thread, and only the fsyncs go to the thread pool, all at once. Every asynchronous
 * call was a round trip through the pool and the event loop; on a machine busy with other work
 * each of those waited to be scheduled twice, which made a small export slow for no disk reason.
 */
import { closeSync, constants, fsync, openSync } from 'node:fs';

const fsyncFd = (fd: number): Promise<void> =>
  new Promise((done, failed) => fsync(fd, (e) => (e ? failed(e) : done())));

/**
 * Syncs every descriptor at once, then closes them all whatever failed: the thread pool runs
 * the fsyncs side by side and the file system commits them together, where one after another
 * each waited for its own commit. Nothing is left running when it returns, so a failure never
 * races the removal of what was written.
 */
export const syncAndClose = (fds: readonly number[]): Promise<void> =>
  openAndSync(fds.map((fd) => () => fd));

/**
 * Opens each of `opens` in turn (each returns a descriptor, or throws) and starts its fsync at
 * once, so the thread pool syncs the first files while this thread still creates the next; then
 * waits for every fsync and closes everything. If an open throws, the fsyncs already started are
 * waited for and their descriptors closed before the error goes on.
 */
export async function openAndSync(opens: readonly (() => number)[]): Promise<void> {
  const fds: number[] = [];
  const syncs: Promise<void>[] = [];
  let opening: unknown;
  try {
    for (const open of opens) {
      const fd = open();
      fds.push(fd);
      syncs.push(fsyncFd(fd));
    }
  } catch (e) {
    opening = e;
  }
  const synced = await Promise.allSettled(syncs);
  for (const fd of fds) closeSync(fd);
  if (opening !== undefined) throw opening;
  const failed = synced.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Opens a file or folder read-only, for syncAndClose (a folder's entries need its own fsync). */
export const openForSync = (path: string): number => openSync(path, constants.O_RDONLY);

/** Makes a file or folder durable. */
export const syncPath = (path: string): Promise<void> => syncAndClose([openForSync(path)]);
