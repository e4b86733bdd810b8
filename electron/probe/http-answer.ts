/**
 * HTTP/1.1 answers read by hand from raw bytes (electron/probe/probe-net.ts reads them that way
 * to tell an HTTP answer from a TLS alert or other bytes): when an answer is complete, and what
 * it says.
 */

/** An HTTP answer, parsed. */
export interface HttpAnswer {
  readonly status: number;
  /** `HTTP/1.1 200 OK`. */
  readonly statusLine: string;
  readonly body: string;
}

const CRLF = [0x0d, 0x0a];

/** Index of `seq` in `bytes` from `from`, or -1. */
function indexOf(bytes: Uint8Array, seq: readonly number[], from = 0): number {
  outer: for (let i = from; i + seq.length <= bytes.length; i++) {
    for (let j = 0; j < seq.length; j++) if (bytes[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Decodes a `Transfer-Encoding: chunked` body; returns it as is when it is not well-formed. */
export function dechunk(raw: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const eol = indexOf(raw, CRLF, at);
    if (eol < 0) return raw;
    const sizeText = new TextDecoder().decode(raw.subarray(at, eol)).split(';')[0]!.trim();
    const size = /^[0-9a-f]+$/i.test(sizeText) ? parseInt(sizeText, 16) : NaN;
    if (!Number.isFinite(size) || eol + 2 + size > raw.length) return raw;
    if (size === 0) break;
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Parses a whole HTTP/1.x answer, or undefined when the bytes are not one. */
export function parseHttpAnswer(bytes: Uint8Array): HttpAnswer | undefined {
  const split = indexOf(bytes, [...CRLF, ...CRLF]);
  const head = new TextDecoder().decode(split < 0 ? bytes : bytes.subarray(0, split));
  const m = /^(HTTP\/1\.[01] (\d{3})[^\r\n]*)/.exec(head);
  if (!m) return undefined;
  let body = split < 0 ? new Uint8Array(0) : bytes.subarray(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(head)) body = dechunk(body);
  return { status: Number(m[2]), statusLine: m[1]!, body: new TextDecoder().decode(body) };
}

/** True when the bytes hold a whole answer: its Content-Length reached, or the last chunk seen. */
export function answerComplete(bytes: Uint8Array): boolean {
  const split = indexOf(bytes, [...CRLF, ...CRLF]);
  if (split < 0) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, split));
  if (!/^HTTP\/1\.[01] \d{3}/.test(head)) return false;
  const length = /^content-length:\s*(\d+)\s*$/im.exec(head);
  if (length) return bytes.length - (split + 4) >= Number(length[1]);
  if (/^transfer-encoding:\s*chunked/im.test(head))
    return indexOf(bytes, [0x30, ...CRLF, ...CRLF], split + 4) >= 0;
  return false;
}
