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

/**
 * The children of a certificate's outer SEQUENCE and of its tbsCertificate, read once by the
 * decoder and handed to each of its readers instead of being read again by each.
 */
export interface CertificateWalk {
  readonly outer: Tlv[] | undefined;
  readonly tbs: Tlv[] | undefined;
}

/** Reads the outer and tbsCertificate children of a certificate element. */
export function walkCertificate(b: Uint8Array, root: Tlv): CertificateWalk {
  if (lastWalk?.root === root && lastWalk.b === b) return lastWalk.walk;
  const outer = childrenOf(b, root);
  const first = outer?.[0];
  return { outer, tbs: first === undefined ? undefined : childrenOf(b, first) };
}

/** The walk the sniffer made of the element it just called a certificate. */
let lastWalk:
  { readonly b: Uint8Array; readonly root: Tlv; readonly walk: CertificateWalk } | undefined;

/**
 * Keeps the walk the sniffer made of `root` (the same element object the decoder reads next), so
 * that the certificate reader does not walk it again.
 */
export function rememberWalk(b: Uint8Array, root: Tlv, walk: CertificateWalk): void {
  lastWalk = { b, root, walk };
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

/**
 * Where the element whose header {@link readHeader} last read has its content and its end. The
 * walks below read millions of headers for a bundle of certificates: returning them through two
 * numbers instead of a result object per header halves what the decoder allocates.
 */
let headerContent = 0;
let headerEnd = 0;

/** Reads the header at `offset` into headerContent/headerEnd; a problem, or undefined when read. */
function readHeader(b: Uint8Array, offset: number, limit: number): TlvProblem | undefined {
  if (offset >= limit) return 'truncated';
  // High tag numbers (0x1f) never occur in the PKI structures we read.
  if ((b[offset]! & 0x1f) === 0x1f) return 'malformed';
  if (offset + 1 >= limit) return 'truncated';
  const first = b[offset + 1]!;
  let len: number;
  let header = 2;
  if (first < 0x80) {
    len = first;
  } else {
    const n = first & 0x7f;
    // 0x80 is BER's indefinite length, not DER; more than 4 length bytes is a lie here.
    if (n === 0 || n > 4) return 'malformed';
    if (offset + 2 + n > limit) return 'truncated';
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[offset + 2 + i]!;
    header += n;
  }
  const contentStart = offset + header;
  if (contentStart + len > limit) return 'truncated';
  headerContent = contentStart;
  headerEnd = contentStart + len;
  return undefined;
}

/** The element whose header was just read at `offset`. */
const lastTlv = (b: Uint8Array, offset: number): Tlv => ({
  tag: b[offset]!,
  constructed: (b[offset]! & 0x20) !== 0,
  start: offset,
  contentStart: headerContent,
  end: headerEnd,
});

/** Reads one element at `offset`; never reads past `limit` (defaults to the buffer end). */
export function readTlv(b: Uint8Array, offset: number, limit = b.length): TlvRead {
  const problem = readHeader(b, offset, limit);
  return problem === undefined ? { ok: true, tlv: lastTlv(b, offset) } : { ok: false, problem };
}

/** The children of a constructed element, or undefined when they do not fill it exactly. */
export function childrenOf(b: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    if (readHeader(b, at, parent.end) !== undefined) return undefined;
    out.push(lastTlv(b, at));
    at = headerEnd;
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
  // Iterative walk: recursion depth must not depend on the input. The stack holds each pending
  // element as four numbers (start, content start, end, depth), not as objects: nothing is
  // allocated per node.
  const stack: number[] = [0, first.tlv.contentStart, first.tlv.end, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const contentStart = stack.pop()!;
    const start = stack.pop()!;
    if (++nodes > limits.maxNodes) return { ok: false, problem: 'too-deep' };
    if ((b[start]! & 0x20) === 0) continue;
    if (depth >= limits.maxDepth) return { ok: false, problem: 'too-deep' };
    let at = contentStart;
    while (at < end) {
      // The parent's length fits the buffer, so a child that overruns it is malformed.
      if (readHeader(b, at, end) !== undefined) return { ok: false, problem: 'malformed' };
      const childEnd = headerEnd;
      stack.push(at, headerContent, childEnd, depth + 1);
      at = childEnd;
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
  let text = '';
  let value = 0;
  for (let i = 0; i < content.length; i++) {
    const byte = content[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) return undefined;
    if ((byte & 0x80) === 0) {
      if (text === '') {
        const firstArc = value < 40 ? 0 : value < 80 ? 1 : 2;
        text = `${firstArc}.${value - firstArc * 40}`;
      } else {
        text += `.${value}`;
      }
      value = 0;
    } else if (i === content.length - 1) {
      return undefined;
    }
  }
  return text;
}

/** The OID text of an element if it is an OBJECT IDENTIFIER. */
export const oidOf = (b: Uint8Array, t: Tlv | undefined): string | undefined =>
  t !== undefined && t.tag === TAG.oid ? knownOid(b, t.contentStart, t.end) : undefined;

/**
 * OID texts already made, by a hash of their bytes. A certificate holds some twenty OIDs, nearly
 * all the same in every certificate: looked up, not spelled out again (and the same string each
 * time, which the tables they are looked up in compare at once).
 */
const oidTexts = new Map<number, { readonly bytes: Uint8Array; readonly text: string }>();

function knownOid(b: Uint8Array, start: number, end: number): string | undefined {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  const hit = oidTexts.get(h);
  if (hit !== undefined && hit.bytes.length === end - start) {
    let same = true;
    for (let i = start; i < end && same; i++) same = hit.bytes[i - start] === b[i];
    if (same) return hit.text;
  }
  const bytes = b.slice(start, end);
  const text = oidText(bytes);
  // Bounded: a hostile file full of made-up OIDs must not grow it without end.
  if (text !== undefined && hit === undefined && oidTexts.size < 1024)
    oidTexts.set(h, { bytes, text });
  return text;
}

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

/** The two ASCII hex digits of each byte value, at 2·byte and 2·byte + 1. */
const HEX_CODES = new Uint8Array(512);
for (let i = 0; i < 256; i++) {
  const h = i.toString(16).padStart(2, '0');
  HEX_CODES[2 * i] = h.charCodeAt(0);
  HEX_CODES[2 * i + 1] = h.charCodeAt(1);
}
const ASCII = new TextDecoder();

let scratchBytes = new Uint8Array(4096);
/**
 * A view of `size` bytes of one buffer reused for text being built (hex, base64), read as text
 * before anyone asks again: a new buffer per hex string was a buffer the collector had to free
 * for every certificate field.
 */
export function scratch(size: number): Uint8Array {
  if (scratchBytes.length < size)
    scratchBytes = new Uint8Array(Math.max(size, 2 * scratchBytes.length));
  return scratchBytes.subarray(0, size);
}

/**
 * Lower-case hex of bytes. It runs several times per certificate: the digits go into one buffer
 * read as text once, instead of a string grown two characters at a time.
 */
export const toHex = (b: Uint8Array): string => {
  const out = scratch(b.length * 2);
  for (let i = 0; i < b.length; i++) {
    out[2 * i] = HEX_CODES[2 * b[i]!]!;
    out[2 * i + 1] = HEX_CODES[2 * b[i]! + 1]!;
  }
  return ASCII.decode(out);
};
