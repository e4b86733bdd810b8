/**
 * Reads the zip of a bundle that the window hands over (the browser host cannot be given a
 * folder path). Only what bundles need: stored and deflated entries, read through the central
 * directory (so zips written with data descriptors work too), every CRC checked, and sizes
 * capped before anything is inflated, so a zip bomb costs nothing. Node's zlib does the inflating.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { fail, ok, type Result } from '../../shared/result';
import { type AppText, msg } from '../../shared/text/text';

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
  const bad = (why: AppText) => fail('input-unreadable', msg('zip.bad', { file: name, why }), name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength >= 22 ? findEnd(view) : undefined;
  if (end === undefined) return bad(msg('zip.not-zip', {}));
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return bad(msg('zip.zip64', {}));
  if (count > limits.maxEntries) return bad(msg('zip.too-many', { count, max: limits.maxEntries }));
  if (cdOffset + cdSize > end) return bad(msg('zip.cd-cut', {}));

  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      return bad(msg('zip.cd-damaged', {}));
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
      return bad(msg('zip.outside', { entry: path }));
    if (flags & 1) return bad(msg('zip.encrypted', { entry: path }));
    if (method !== 0 && method !== 8) return bad(msg('zip.method', { entry: path, method }));
    total += size;
    if (total > limits.maxTotalBytes)
      return bad(msg('zip.too-big', { mib: limits.maxTotalBytes / 1024 / 1024 }));
    if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL)
      return bad(msg('zip.no-local-header', { entry: path }));
    const dataAt =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (dataAt + packed > bytes.byteLength) return bad(msg('zip.entry-cut', { entry: path }));
    const raw = bytes.subarray(dataAt, dataAt + packed);
    let data: Uint8Array;
    try {
      data = method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    } catch {
      return bad(msg('zip.inflate', { entry: path }));
    }
    if (data.byteLength !== size || crc32(data) !== crc)
      return bad(msg('zip.checksum', { entry: path }));
    out.set(path, new Uint8Array(data));
  }
  return ok(out);
}
