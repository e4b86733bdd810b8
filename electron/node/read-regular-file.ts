/**
 * Reads a file the user named without letting the name hurt: only regular files are read
 * (a device such as /dev/zero never ends, opening a FIFO blocks until a writer comes, a socket
 * cannot be read at all), and never more than a byte cap, even if the file grows while we read.
 * Every file read on a user's say-so (inspect, plan files, CA files) goes through here.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { escapeControls } from '../../shared/text/one-line';
import { fail, ok, type Result } from '../../shared/result';
import { msg, type AppText } from '../../shared/text/text';
import { fsErrorText } from './fs-errors';

// O_NONBLOCK: open() of a FIFO without a writer returns at once instead of waiting forever.
// O_NOCTTY: opening a terminal device must not make it our controlling terminal.
// Neither exists on Windows, where there are no FIFOs to trip over.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** The type tests Stats and a folder listing's Dirent have alike. */
type FileType = Pick<
  Stats,
  | 'isFile'
  | 'isDirectory'
  | 'isCharacterDevice'
  | 'isBlockDevice'
  | 'isFIFO'
  | 'isSocket'
  | 'isSymbolicLink'
>;

/** What a non-regular file is ("a character device"); undefined for a regular file. */
export function specialFileKind(s: FileType): AppText | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return msg('kind.folder', {});
  if (s.isCharacterDevice()) return msg('kind.char-device', {});
  if (s.isBlockDevice()) return msg('kind.block-device', {});
  if (s.isFIFO()) return msg('kind.fifo', {});
  if (s.isSocket()) return msg('kind.socket', {});
  if (s.isSymbolicLink()) return msg('kind.symlink', {});
  return msg('kind.other', {});
}

/** Options of readRegularFile. */
export interface ReadRegularOptions {
  /** Largest size read; a bigger file is refused (before reading when its size says so). */
  readonly maxBytes: number;
  /** Refuse a symbolic link instead of following it (files found while walking a folder). */
  readonly noFollow?: boolean;
  /** What the file is for, in the message: "the plan file", "the CA key". */
  readonly what?: AppText;
}

/**
 * The file system calls a read makes. The promise API waits on the thread pool per call, which
 * is right for the window's main process; the command line, which waits for nothing else, reads
 * a folder of 1,000 certificates many times faster with the synchronous calls (SYNC_CALLS).
 */
interface FsCalls<H> {
  readonly stat: (path: string, follow: boolean) => Stats | Promise<Stats>;
  readonly open: (path: string, flags: number) => H | Promise<H>;
  readonly fstat: (h: H) => Stats | Promise<Stats>;
  /** Reads into `buf` from the current position; how many bytes were read (0 at the end). */
  readonly read: (h: H, buf: Uint8Array) => number | Promise<number>;
  readonly close: (h: H) => void | Promise<void>;
}

const ASYNC_CALLS: FsCalls<FileHandle> = {
  stat: (path, follow) => (follow ? stat(path) : lstat(path)),
  open: (path, flags) => open(path, flags),
  fstat: (h) => h.stat(),
  read: async (h, buf) => (await h.read(buf, 0, buf.length, null)).bytesRead,
  close: (h) => h.close(),
};

const SYNC_CALLS: FsCalls<number> = {
  stat: (path, follow) => (follow ? statSync(path) : lstatSync(path)),
  open: (path, flags) => openSync(path, flags),
  fstat: (fd) => fstatSync(fd),
  read: (fd, buf) => readSync(fd, buf, 0, buf.length, null),
  close: (fd) => closeSync(fd),
};

async function readCapped<H>(
  calls: FsCalls<H>,
  h: H,
  maxBytes: number,
  size: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // One byte past the cap tells "exactly at the cap" from "over it". Reads are sized by fstat
    // (one byte more, to see the end), not 64 KiB zeroed per 1 KiB certificate; only a file that
    // grows past its size is read on in 64 KiB steps.
    const want = Math.min(total <= size ? size + 1 - total : 64 * 1024, maxBytes + 1 - total);
    const buf = new Uint8Array(want);
    const bytesRead = await calls.read(h, buf);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads `path` if it is a regular file of at most `maxBytes`. The type is checked on the open
 * handle (fstat), so a file swapped for a FIFO between a check and the read is still caught.
 */
export function readRegularFile(
  path: string,
  opts: ReadRegularOptions,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return readWith(ASYNC_CALLS, path, opts);
}

/**
 * {@link readRegularFile} with synchronous system calls: for the command line only, which has
 * nothing else to do meanwhile (in the window's main process it would stall every window).
 */
export function readRegularFileNow(
  path: string,
  opts: ReadRegularOptions,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return readWith(SYNC_CALLS, path, opts);
}

async function readWith<H>(
  calls: FsCalls<H>,
  path: string,
  opts: ReadRegularOptions,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  // The name for messages, made only when there is one to write (most reads succeed).
  const fileText = (): AppText | string => {
    const name = escapeControls(path);
    return opts.what ? msg('file.named', { what: opts.what, name }) : name;
  };
  const refuse = (kind: AppText): Result<never> =>
    fail('input-unsupported', msg('file.special', { file: fileText(), kind }), path);
  let h: H;
  try {
    // Type first: merely opening some devices has effects (a watchdog starts, a tape rewinds).
    const first = await calls.stat(path, !opts.noFollow);
    const kind = specialFileKind(first);
    if (kind) return refuse(kind);
    h = await calls.open(path, OPEN_FLAGS | (opts.noFollow ? NO_FOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse(msg('kind.symlink', {}));
    if (code === 'ENXIO') return refuse(msg('kind.socket', {}));
    return fail(
      'input-unreadable',
      msg('file.cannot-read', { file: fileText(), reason: fsErrorText(e) }),
      path,
    );
  }
  try {
    // Again on the open handle: the name may now point at something else than what stat saw.
    const s = await calls.fstat(h);
    const kind = specialFileKind(s);
    if (kind) return refuse(kind);
    if (s.size > opts.maxBytes)
      return fail(
        'input-too-large',
        msg('file.too-large', { file: fileText(), size: s.size, max: opts.maxBytes }),
        path,
      );
    const bytes = await readCapped(calls, h, opts.maxBytes, s.size);
    if (!bytes)
      return fail(
        'input-too-large',
        msg('file.grew', { file: fileText(), max: opts.maxBytes }),
        path,
      );
    return ok(bytes);
  } catch (e) {
    return fail(
      'input-unreadable',
      msg('file.cannot-read', { file: fileText(), reason: fsErrorText(e) }),
      path,
    );
  } finally {
    await calls.close(h);
  }
}
