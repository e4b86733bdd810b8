/**
 * Packs a bundle as one .zip for hand-over (mail to an admin, upload to a bastion). Unix modes are
 * kept in the entries so that `unzip` restores 0600 keys and 0755 scripts; the file is written
 * beside its final name and linked into place, never over an existing file.
 */
import { posix } from 'node:path';
import yazl from 'yazl';
import type { Result } from '../../shared/result';
import { MODE_BITS, writeFileSafely, type OutFile } from './bundle-writer';

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** Options for the archive: the top folder name inside it and the entry time (no clock reads). */
export interface ZipOptions {
  /** Entries are placed under this folder, e.g. "etcd-bundle/"; empty for none. */
  readonly root: string;
  /** Modification time written into every entry. */
  readonly now: Date;
}

/** The zip bytes of a bundle, with folder entries and unix modes. */
export async function zipBundle(files: readonly OutFile[], opts: ZipOptions): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  const prefix = opts.root ? `${opts.root.replace(/\/+$/, '')}/` : '';
  // Folder modes follow the bundle writer: 0700 when a secret lies anywhere below, else 0755.
  const dirs = new Map<string, number>();
  if (prefix) dirs.set('', files.some((f) => f.mode === 'secret') ? 0o700 : 0o755);
  for (const f of files) {
    for (let d = posix.dirname(f.path); d !== '.'; d = posix.dirname(d)) {
      const secret = f.mode === 'secret' || dirs.get(d) === 0o700;
      dirs.set(d, secret ? 0o700 : 0o755);
    }
  }
  for (const [d, mode] of [...dirs].sort(([a], [b]) => a.localeCompare(b))) {
    const name = d ? `${prefix}${d}/` : prefix;
    zip.addEmptyDirectory(name, { mode: S_IFDIR | mode, mtime: opts.now });
  }
  for (const f of files) {
    zip.addBuffer(Buffer.from(f.content), `${prefix}${f.path}`, {
      mode: S_IFREG | MODE_BITS[f.mode],
      mtime: opts.now,
    });
  }
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve());
    zip.outputStream.on('error', reject);
  });
  zip.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes the bundle as a zip at `path`; refuses to overwrite an existing file. */
export async function writeZip(
  path: string,
  files: readonly OutFile[],
  opts: ZipOptions,
): Promise<Result<{ path: string }>> {
  // The archive holds private keys: it is a secret file itself.
  return writeFileSafely(path, await zipBundle(files, opts), 'secret');
}
