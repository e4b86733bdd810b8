/**
 * Throwing convenience over the bounded reader of decode/der.ts, for code that walks one expected
 * structure (CA key import, PBES2 parameters), and a DER builder for the encoders (PKCS#8,
 * PKCS#12, SPKI). Malformed input throws DerError, which callers turn into an 'input-not-pki' result.
 */
import * as base from './decode/der';
import { TAG, concatBytes, encodeOid } from './decode/der';

export { TAG, encodeOid };

/** Thrown on bytes that are not well-formed DER. */
export class DerError extends Error {}

/** One tag-length-value element; `content` is a view into the input. */
export interface Tlv {
  readonly tag: number;
  readonly content: Uint8Array;
  /** The whole element, header included. */
  readonly raw: Uint8Array;
}

/** Reads the element at `offset`. */
export function readTlv(buf: Uint8Array, offset = 0): Tlv {
  const r = base.readTlv(buf, offset);
  if (!r.ok)
    throw new DerError(
      r.problem === 'truncated' ? 'truncated DER element' : 'malformed DER header',
    );
  const { contentStart, start, end } = r.tlv;
  return {
    tag: r.tlv.tag,
    content: buf.subarray(contentStart, end),
    raw: buf.subarray(start, end),
  };
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
  for (let pos = 0; pos < t.content.length; pos += out.at(-1)!.raw.length)
    out.push(readTlv(t.content, pos));
  return out;
}

/** Child `i`, checked for its tag. */
export function child(list: readonly Tlv[], i: number, tag: number): Tlv {
  const c = list[i];
  if (!c || c.tag !== tag) throw new DerError(`element ${i}: expected tag ${tag}`);
  return c;
}

/** Dotted text of an OBJECT IDENTIFIER element. */
export function oidText(t: Tlv): string {
  const text = t.tag === TAG.oid ? base.oidText(t.content) : undefined;
  if (text === undefined) throw new DerError('not an OID');
  return text;
}

/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
export function smallInt(t: Tlv): number {
  if (t.tag !== TAG.integer || t.content.length === 0 || t.content.length > 6)
    throw new DerError('not a small INTEGER');
  return t.content.reduce((acc, b) => acc * 256 + b, 0);
}

/** Encodes one element from its content parts. */
export function encodeTlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  return base.encodeTlv(tag, concatBytes(...parts));
}

/** Minimal two's-complement content of a non-negative integer (what DER INTEGER wants). */
function uintContent(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a non-negative integer: ${n}`);
  const bytes: number[] = [];
  for (let v = n; bytes.length === 0 || v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return new Uint8Array(bytes);
}

/** UTF-16 code units, big-endian: BMPString content and PKCS#12 passwords. */
export function utf16be(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) >> 8;
    out[2 * i + 1] = s.charCodeAt(i) & 0xff;
  }
  return out;
}

/** DER building blocks: each returns an element's encoding, so structures nest as plain calls. */
export const der = {
  seq: (items: readonly Uint8Array[]): Uint8Array => encodeTlv(TAG.sequence, ...items),
  /** SET in the order given (callers pass one item or an already ordered list). */
  set: (items: readonly Uint8Array[]): Uint8Array => encodeTlv(TAG.set, ...items),
  oid: encodeOid,
  int: (n: number): Uint8Array => encodeTlv(TAG.integer, uintContent(n)),
  octets: (b: Uint8Array): Uint8Array => encodeTlv(TAG.octetString, b),
  /** BIT STRING with no unused bits (keys, signatures). */
  bits: (b: Uint8Array): Uint8Array => encodeTlv(TAG.bitString, new Uint8Array([0]), b),
  null: (): Uint8Array => encodeTlv(TAG.null),
  bmp: (s: string): Uint8Array => encodeTlv(TAG.bmpString, utf16be(s)),
  /** `[n] EXPLICIT` wrapper. */
  explicit: (n: number, inner: Uint8Array): Uint8Array => encodeTlv(TAG.context0 | n, inner),
  /** `[n] IMPLICIT OCTET STRING`. */
  implicitOctets: (n: number, b: Uint8Array): Uint8Array => encodeTlv(0x80 | n, b),
};
