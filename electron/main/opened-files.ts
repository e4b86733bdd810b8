/**
 * "Open with etcd TLS Wizard" from the file manager: paths arrive on the command line (first
 * launch, or a second launch forwarded through `second-instance`) or as macOS `open-file`
 * events. They queue here; the window is told (the menu's Inspect Files command) and its next
 * inspect:read-files without files takes the queue instead of showing the open dialog.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { INSPECT_MAX_FILE_BYTES, INSPECT_MAX_FILES } from '../../shared/ipc/channels-inspect';
import type { FilePayload } from '../../shared/ipc/define';
import { ok } from '../../shared/result';
import type { HostDialogs } from '../rpc/types';

/** Paths in an argv that name files or folders (not flags, not the app itself). */
export const pathArgs = (argv: readonly string[], skip: number): string[] =>
  argv.slice(skip).filter((a) => a !== '' && !a.startsWith('-') && a !== '.');

/** Reads the queued paths (folders walked) into payloads; too-large files keep only their size. */
async function readPaths(paths: readonly string[]): Promise<(FilePayload & { size?: number })[]> {
  const out: (FilePayload & { size?: number })[] = [];
  const add = async (path: string, name: string) => {
    if (out.length >= INSPECT_MAX_FILES) return;
    const s = await stat(path).catch(() => undefined);
    if (!s) return;
    if (s.isDirectory()) {
      for (const e of (await readdir(path)).sort()) await add(join(path, e), `${name}/${e}`);
    } else if (s.isFile())
      out.push(
        s.size > INSPECT_MAX_FILE_BYTES
          ? { name, bytes: new Uint8Array(0), size: s.size }
          : { name, bytes: new Uint8Array(await readFile(path)) },
      );
  };
  for (const p of paths) await add(p, relative(join(p, '..'), p) || p);
  return out;
}

/** The queue of opened paths and a dialogs wrapper that serves it first. */
export function openedFiles() {
  let pending: string[] = [];
  return {
    add: (paths: readonly string[]) => {
      pending.push(...paths);
      return pending.length > 0;
    },
    wrap: (dialogs: HostDialogs): HostDialogs => ({
      ...dialogs,
      openFiles: async (kind, multiple) => {
        if (kind !== 'pki' || pending.length === 0) return dialogs.openFiles(kind, multiple);
        const paths = pending;
        pending = [];
        return ok({ status: 'picked', files: await readPaths(paths) });
      },
    }),
  };
}
