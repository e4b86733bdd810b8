/**
 * Which files an inspection reads: the paths named on the command line and the regular files
 * under named folders. Devices, FIFOs and sockets are never opened (/dev/zero never ends, a FIFO
 * blocks until someone writes); inside folders they and symbolic links are skipped with a note.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppError } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { fsErrorText } from '../node/fs-errors';
import { specialFileKind } from '../node/read-regular-file';
import { type AppText, msg } from '../../shared/text/text';

/**
 * A file to read, named on the command line (`explicit`) or found in a folder; `skipped` says
 * why a folder entry is not read at all.
 */
export interface CollectedFile {
  readonly path: string;
  readonly explicit: boolean;
  readonly skipped?: AppError;
  /** For a skipped entry: what it is, in a few words ("a FIFO (named pipe)"). */
  readonly kind?: AppText;
}

/** What collect() found, in order: arguments as given, folder entries by name. */
export interface Collected {
  readonly files: CollectedFile[];
  /** Named paths that cannot be inspected at all (missing, unreadable, a device…). */
  readonly errors: AppError[];
  /** The named paths that are folders, for "nothing found in …". */
  readonly folders: string[];
}

/** Lists the files under the given paths; unreadable paths become errors, symlinked folders are not followed. */
export async function collect(paths: readonly string[], maxFiles: number): Promise<Collected> {
  const out: Collected = { files: [], errors: [], folders: [] };
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.errors.push({
        code: 'input-unreadable',
        text: msg('inspect.folder-unreadable', {
          folder: escapeControls(dir),
          reason: fsErrorText(e),
        }),
        path: dir,
      });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.files.length >= maxFiles) return;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) out.files.push({ path: p, explicit: false });
      else {
        // Neither a folder nor a regular file here, so always a kind.
        const kind = specialFileKind(entry) ?? msg('kind.other', {});
        out.files.push({
          path: p,
          explicit: false,
          kind,
          skipped: {
            code: 'input-unsupported',
            text: msg('inspect.skipped-special', { file: escapeControls(p), kind }),
            path: p,
          },
        });
      }
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      out.errors.push({
        code: 'input-unreadable',
        text: msg('file.cannot-read', { file: escapeControls(raw), reason: fsErrorText(e) }),
        path: raw,
      });
      continue;
    }
    if (s.isDirectory()) {
      out.folders.push(raw);
      await walk(p);
      continue;
    }
    const kind = specialFileKind(s);
    if (kind)
      out.errors.push({
        code: 'input-unsupported',
        text: msg('inspect.not-a-file', { file: escapeControls(raw), kind }),
        path: raw,
      });
    else out.files.push({ path: raw, explicit: true });
  }
  if (out.files.length >= maxFiles)
    out.errors.push({
      code: 'input-too-large',
      text: msg('inspect.too-many-files', { max: maxFiles }),
      path: paths.join(', '),
    });
  return out;
}
