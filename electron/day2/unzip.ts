/**
 * Reads the zip of a bundle that the window hands over (the browser host cannot be given a
 * folder path). Only what bundles need: stored and deflated entries, read through the central
 * directory (so zips written with data descriptors work too), every CRC checked, and sizes
 * capped before anything is inflated, so a zip bomb costs nothing. Node's zlib does the inflating.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { fail, ok, type Result } from '../../shared/result';

/** Limits of {@link readZip}. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest uncompressed size of all entries together. */
  readonly maxTotalBytes: number;
}

/** Bundles hold a few hundred files of a few KB each. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 64 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The end-of-central-directory record: the last one in the final 64 KiB + 22 bytes. */
function findEnd(view: DataView): number | undefined {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return undefined;
}

/**
 * The files of a zip by path (folders are implied by the paths, not listed). Refused, with the
 * zip's name in the message: encrypted entries, methods other than stored and deflate, ZIP64,
 * paths that climb out (`..`) or are absolute, a CRC that does not match, too many or too large.
 */
export function readZip(
  bytes: Uint8Array,
  name: string,
  limits: ZipLimits = ZIP_LIMITS,
): Result<Map<string, Uint8Array>> {
  const bad = (why: string) => fail('input-unreadable', `${name}: ${why}`, name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? findEnd(view) : undefined;
  if (end === undefined)
    return bad('not a zip file (no end of central directory); give the bundle folder or its .zip');
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff)
    return bad('ZIP64 archives are not read; a bundle is far smaller, zip the folder again');
  if (count > limits.maxEntries)
    return bad(`${count} entries; a bundle has far fewer (at most ${limits.maxEntries} are read)`);
  if (cdOffset + cdSize > end) return bad('the central directory is cut off; the zip is damaged');

  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      return bad('the central directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    const path = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)).replace(/\\/g, '/');
    at += 46 + nameLen + extraLen + commentLen;
    if (path.endsWith('/')) continue;
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..'))
      return bad(`entry "${path}" points outside the zip's folder; it was not read`);
    if (flags & 1) return bad(`${path} is encrypted; zip the bundle without a password`);
    if (method !== 0 && method !== 8)
      return bad(`${path} uses compression method ${method}; only stored and deflate are read`);
    total += size;
    if (total > limits.maxTotalBytes)
      return bad(
        `unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB; a bundle is far smaller`,
      );
    if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL)
      return bad(`${path}: its local header is missing; the zip is damaged`);
    const dataAt =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (dataAt + packed > bytes.byteLength) return bad(`${path} is cut off; the zip is damaged`);
    const raw = bytes.subarray(dataAt, dataAt + packed);
    let data: Uint8Array;
    try {
      data = method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    } catch {
      return bad(`${path} cannot be inflated; the zip is damaged`);
    }
    if (data.byteLength !== size || crc32(data) !== crc)
      return bad(`${path} does not match its checksum; the zip is damaged`);
    out.set(path, new Uint8Array(data));
  }
  return ok(out);
}
