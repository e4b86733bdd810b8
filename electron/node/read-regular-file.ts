/**
 * Reads a file the user named without letting the name hurt: only regular files are read
 * (a device such as /dev/zero never ends, opening a FIFO blocks until a writer comes, a socket
 * cannot be read at all), and never more than a byte cap, even if the file grows while we read.
 * Every file read on a user's say-so (inspect, plan files, CA files) goes through here.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { escapeControls } from '../../shared/text/one-line';
import { fail, ok, type Result } from '../../shared/result';
import { fsErrorText } from './fs-errors';

// O_NONBLOCK: open() of a FIFO without a writer returns at once instead of waiting forever.
// O_NOCTTY: opening a terminal device must not make it our controlling terminal.
// Neither exists on Windows, where there are no FIFOs to trip over.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** What a non-regular file is, in words ("a character device"); undefined for a regular file. */
export function specialFileKind(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'a folder';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Options of readRegularFile. */
export interface ReadRegularOptions {
  /** Largest size read; a bigger file is refused (before reading when its size says so). */
  readonly maxBytes: number;
  /** Refuse a symbolic link instead of following it (files found while walking a folder). */
  readonly noFollow?: boolean;
  /** What the file is for, in the message: "the plan file", "the CA key". */
  readonly what?: string;
}

async function readCapped(
  h: FileHandle,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // One byte past the cap tells "exactly at the cap" from "over it".
    const want = Math.min(64 * 1024, maxBytes + 1 - total);
    const buf = new Uint8Array(want);
    const { bytesRead } = await h.read(buf, 0, want, null);
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
export async function readRegularFile(
  path: string,
  opts: ReadRegularOptions,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const name = escapeControls(path);
  const what = opts.what ? `${opts.what} ` : '';
  const refuse = (kind: string): Result<never> =>
    fail(
      'input-unsupported',
      `${what}${name} is ${kind}, not a regular file; only regular files are read`,
      path,
    );
  let h: FileHandle;
  try {
    // Type first: merely opening some devices has effects (a watchdog starts, a tape rewinds).
    const first = await (opts.noFollow ? lstat(path) : stat(path));
    const kind = specialFileKind(first);
    if (kind) return refuse(kind);
    h = await open(path, OPEN_FLAGS | (opts.noFollow ? NO_FOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse('a symbolic link');
    if (code === 'ENXIO') return refuse('a socket');
    return fail('input-unreadable', `cannot read ${what}${name}: ${fsErrorText(e)}`, path);
  }
  try {
    // Again on the open handle: the name may now point at something else than what stat saw.
    const s = await h.stat();
    const kind = specialFileKind(s);
    if (kind) return refuse(kind);
    if (s.size > opts.maxBytes)
      return fail(
        'input-too-large',
        `${what}${name} is ${s.size} bytes; files over ${opts.maxBytes} bytes are not read`,
        path,
      );
    const bytes = await readCapped(h, opts.maxBytes);
    if (!bytes)
      return fail(
        'input-too-large',
        `${what}${name} holds more than ${opts.maxBytes} bytes (more than its size said: it grew while being read, or is generated); files over ${opts.maxBytes} bytes are not read`,
        path,
      );
    return ok(bytes);
  } catch (e) {
    return fail('input-unreadable', `cannot read ${what}${name}: ${fsErrorText(e)}`, path);
  } finally {
    await h.close();
  }
}
