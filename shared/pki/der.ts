/**
 * A minimal DER reader and writer: enough to tell private-key formats apart, wrap PKCS#1 and
 * SEC1 keys into PKCS#8 and read PBES2 parameters, none of which @peculiar's schemas cover.
 * Malformed input throws DerError, which callers turn into an 'input-not-pki' result.
 */

/** Thrown on bytes that are not well-formed DER. */
export class DerError extends Error {}

/** One tag-length-value element; `content` is a view into the input. */
export interface Tlv {
  readonly tag: number;
  readonly content: Uint8Array;
  /** The whole element, header included. */
  readonly raw: Uint8Array;
}

/** DER tags used by the key formats. */
export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
  context0: 0xa0,
  context1: 0xa1,
} as const;

/** Reads the element at `offset`. */
export function readTlv(buf: Uint8Array, offset = 0): Tlv {
  if (offset + 2 > buf.length) throw new DerError('truncated DER header');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte DER tags are not used here');
  let len = buf[offset + 1]!;
  let pos = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('unsupported DER length');
    len = 0;
    for (let i = 0; i < n; i++) {
      if (pos >= buf.length) throw new DerError('truncated DER length');
      len = len * 256 + buf[pos++]!;
    }
  }
  if (pos + len > buf.length) throw new DerError('DER element runs past the end');
  return { tag, content: buf.subarray(pos, pos + len), raw: buf.subarray(offset, pos + len) };
}

/** Reads a whole buffer as exactly one element (trailing bytes are an error). */
export function readOne(buf: Uint8Array, tag?: number): Tlv {
  const t = readTlv(buf, 0);
  if (t.raw.length !== buf.length) throw new DerError('trailing bytes after DER element');
  if (tag !== undefined && t.tag !== tag) throw new DerError(`expected tag ${tag}, got ${t.tag}`);
  return t;
}

/** The children of a constructed element (SEQUENCE, [0], …). */
export function children(t: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = 0;
  while (pos < t.content.length) {
    const c = readTlv(t.content, pos);
    out.push(c);
    pos += c.raw.length;
  }
  return out;
}

/** Child `i`, checked for its tag. */
export function child(list: readonly Tlv[], i: number, tag: number): Tlv {
  const c = list[i];
  if (!c || c.tag !== tag) throw new DerError(`element ${i}: expected tag ${tag}`);
  return c;
}

/** Dotted text of an OBJECT IDENTIFIER's content. */
export function oidText(t: Tlv): string {
  if (t.tag !== TAG.oid || t.content.length === 0) throw new DerError('not an OID');
  const bytes = t.content;
  const first = bytes[0]!;
  const parts = [
    Math.min(2, Math.floor(first / 40)),
    first - Math.min(2, Math.floor(first / 40)) * 40,
  ];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    value = value * 128 + (bytes[i]! & 0x7f);
    if (!(bytes[i]! & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
export function smallInt(t: Tlv): number {
  if (t.tag !== TAG.integer || t.content.length === 0 || t.content.length > 6)
    throw new DerError('not a small INTEGER');
  return t.content.reduce((acc, b) => acc * 256 + b, 0);
}

/** Encodes one element. */
export function encodeTlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const lenBytes: number[] = [];
  if (len < 0x80) lenBytes.push(len);
  else {
    for (let v = len; v > 0; v = Math.floor(v / 256)) lenBytes.unshift(v & 0xff);
    lenBytes.unshift(0x80 | lenBytes.length);
  }
  const out = new Uint8Array(1 + lenBytes.length + len);
  out[0] = tag;
  out.set(lenBytes, 1);
  let pos = 1 + lenBytes.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** Encodes a dotted OID. */
export function encodeOid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [a! * 40 + b!];
  for (const v of rest) {
    const chunk: number[] = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128))
      chunk.unshift(0x80 | (x & 0x7f));
    bytes.push(...chunk);
  }
  return encodeTlv(TAG.oid, new Uint8Array(bytes));
}
