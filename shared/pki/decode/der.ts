/**
 * A small, bounded DER reader and writer. The decoder walks untrusted bytes with it before any
 * library sees them, so that deep nesting, lying lengths and indefinite forms are refused in
 * linear time instead of exhausting the stack or the heap.
 */

/** One tag-length-value element; offsets index the buffer it was read from. */
export interface Tlv {
  /** First identifier byte (class, constructed bit and tag number), e.g. 0x30 for SEQUENCE. */
  readonly tag: number;
  readonly constructed: boolean;
  /** Offset of the identifier byte. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just after the last content byte. */
  readonly end: number;
}

/** Why a TLV could not be read: the bytes stop early, or they are not DER. */
export type TlvProblem = 'truncated' | 'malformed';

export type TlvRead =
  { readonly ok: true; readonly tlv: Tlv } | { readonly ok: false; readonly problem: TlvProblem };

/** Limits for {@link validateDer}; real certificates nest about 10 deep and hold < 2,000 nodes. */
export const DER_LIMITS = { maxDepth: 40, maxNodes: 100_000 } as const;

/** DER tags (first identifier byte) of the PKI structures read and written here. */
export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context1: 0xa1,
} as const;

/** Reads one element at `offset`; never reads past `limit` (defaults to the buffer end). */
export function readTlv(b: Uint8Array, offset: number, limit = b.length): TlvRead {
  if (offset >= limit) return { ok: false, problem: 'truncated' };
  const tag = b[offset]!;
  // High tag numbers (0x1f) never occur in the PKI structures we read.
  if ((tag & 0x1f) === 0x1f) return { ok: false, problem: 'malformed' };
  if (offset + 1 >= limit) return { ok: false, problem: 'truncated' };
  const first = b[offset + 1]!;
  let len: number;
  let header = 2;
  if (first < 0x80) {
    len = first;
  } else {
    const n = first & 0x7f;
    // 0x80 is BER's indefinite length, not DER; more than 4 length bytes is a lie here.
    if (n === 0 || n > 4) return { ok: false, problem: 'malformed' };
    if (offset + 2 + n > limit) return { ok: false, problem: 'truncated' };
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[offset + 2 + i]!;
    header += n;
  }
  const contentStart = offset + header;
  if (contentStart + len > limit) return { ok: false, problem: 'truncated' };
  return {
    ok: true,
    tlv: {
      tag,
      constructed: (tag & 0x20) !== 0,
      start: offset,
      contentStart,
      end: contentStart + len,
    },
  };
}

/** The children of a constructed element, or undefined when they do not fill it exactly. */
export function childrenOf(b: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    const r = readTlv(b, at, parent.end);
    if (!r.ok) return undefined;
    out.push(r.tlv);
    at = r.tlv.end;
  }
  return out;
}

/**
 * Checks that `b` starts with one well-formed DER element whose constructed parts nest within
 * the limits. Returns the element and how many bytes follow it (OpenSSL's TRUSTED CERTIFICATE
 * appends trust data after the certificate).
 */
export function validateDer(
  b: Uint8Array,
  limits: { maxDepth: number; maxNodes: number } = DER_LIMITS,
): { ok: true; root: Tlv; trailing: number } | { ok: false; problem: TlvProblem | 'too-deep' } {
  const first = readTlv(b, 0);
  if (!first.ok) return first;
  let nodes = 0;
  // Iterative walk: recursion depth must not depend on the input.
  const stack: { tlv: Tlv; depth: number }[] = [{ tlv: first.tlv, depth: 0 }];
  while (stack.length > 0) {
    const { tlv, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return { ok: false, problem: 'too-deep' };
    if (!tlv.constructed) continue;
    if (depth >= limits.maxDepth) return { ok: false, problem: 'too-deep' };
    let at = tlv.contentStart;
    while (at < tlv.end) {
      const r = readTlv(b, at, tlv.end);
      // The parent's length fits the buffer, so a child that overruns it is malformed.
      if (!r.ok) return { ok: false, problem: 'malformed' };
      stack.push({ tlv: r.tlv, depth: depth + 1 });
      at = r.tlv.end;
    }
  }
  return { ok: true, root: first.tlv, trailing: b.length - first.tlv.end };
}

/** The content bytes of an element (a view, not a copy). */
export const contentOf = (b: Uint8Array, t: Tlv): Uint8Array => b.subarray(t.contentStart, t.end);

/** The whole encoding of an element, header included (a view). */
export const encodingOf = (b: Uint8Array, t: Tlv): Uint8Array => b.subarray(t.start, t.end);

/** Dotted text of an OBJECT IDENTIFIER's content bytes (undefined when malformed). */
export function oidText(content: Uint8Array): string | undefined {
  if (content.length === 0 || content.length > 64) return undefined;
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < content.length; i++) {
    const byte = content[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) return undefined;
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const firstArc = value < 40 ? 0 : value < 80 ? 1 : 2;
        arcs.push(firstArc, value - firstArc * 40);
      } else {
        arcs.push(value);
      }
      value = 0;
    } else if (i === content.length - 1) {
      return undefined;
    }
  }
  return arcs.join('.');
}

/** The OID text of an element if it is an OBJECT IDENTIFIER. */
export const oidOf = (b: Uint8Array, t: Tlv | undefined): string | undefined =>
  t !== undefined && t.tag === TAG.oid ? oidText(contentOf(b, t)) : undefined;

/** Encodes one DER element (definite length). */
export function encodeTlv(tag: number, content: Uint8Array): Uint8Array {
  const len = content.length;
  const lenBytes: number[] = [];
  if (len < 0x80) {
    lenBytes.push(len);
  } else {
    const digits: number[] = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) digits.unshift(n % 256);
    lenBytes.push(0x80 | digits.length, ...digits);
  }
  const out = new Uint8Array(1 + lenBytes.length + len);
  out[0] = tag;
  out.set(lenBytes, 1);
  out.set(content, 1 + lenBytes.length);
  return out;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Encodes a dotted OID (only for the few constants the decoder needs). */
export function encodeOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const bytes: number[] = [arcs[0]! * 40 + arcs[1]!];
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128))
      chunk.unshift(0x80 | (n & 0x7f));
    bytes.push(...chunk);
  }
  return encodeTlv(TAG.oid, new Uint8Array(bytes));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes (a table lookup per byte: it runs several times per certificate). */
export const toHex = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i]!]!;
  return s;
};
