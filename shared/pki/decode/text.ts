/**
 * Turns a file's bytes into text when they are text (UTF-8 with or without BOM, UTF-16 from
 * Windows tools) and cuts PEM armour into blocks. Written as a line scanner, not one big regular
 * expression, so that hostile input cannot make it backtrack.
 */
import { scratch } from './der';

/** The bytes read as text, or a sign that they are binary (DER or PKCS#12). */
export type TextView =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
    }
  | { readonly kind: 'binary' };

/** One `-----BEGIN X-----` … `-----END X-----` block. */
export interface PemBlock {
  readonly label: string;
  /** 1-based line of the BEGIN line, for messages. */
  readonly line: number;
  /** RFC 1421 headers (`Proc-Type`, `DEK-Info`) of legacy encrypted keys. */
  readonly headers: Readonly<Record<string, string>>;
  readonly der?: Uint8Array;
  readonly problem?: 'truncated' | 'bad-base64' | 'empty';
}

/** One decoder per encoding, made once (decode() without `stream` keeps no state between calls). */
const decoders = new Map<string, TextDecoder>();
const decoderOf = (label: string): TextDecoder => {
  let d = decoders.get(label);
  if (d === undefined) {
    d = new TextDecoder(label, { fatal: false });
    decoders.set(label, d);
  }
  return d;
};

/** Share of sampled bytes at even/odd positions that are NUL (UTF-16 text has one of them ≈ 1). */
function nulShare(b: Uint8Array, parity: 0 | 1): number {
  const n = Math.min(b.length, 1024);
  let zeros = 0;
  let total = 0;
  for (let i = parity; i < n; i += 2) {
    total++;
    if (b[i] === 0) zeros++;
  }
  return total === 0 ? 0 : zeros / total;
}

/** Reads bytes as text when they look like text; DER and PKCS#12 come back as binary. */
export function bytesToText(b: Uint8Array): TextView {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { kind: 'text', text: decoderOf('utf-8').decode(b.subarray(3)), encoding: 'utf-8' };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return {
      kind: 'text',
      text: decoderOf('utf-16le').decode(b.subarray(2)),
      encoding: 'utf-16le',
    };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return {
      kind: 'text',
      text: decoderOf('utf-16be').decode(b.subarray(2)),
      encoding: 'utf-16be',
    };
  // UTF-16 without BOM: every other byte is NUL. DER never looks like that (its 2nd byte is a length).
  if (b.length >= 4 && b.length % 2 === 0) {
    const even = nulShare(b, 0);
    const odd = nulShare(b, 1);
    if (odd > 0.9 && even < 0.1)
      return { kind: 'text', text: decoderOf('utf-16le').decode(b), encoding: 'utf-16le' };
    if (even > 0.9 && odd < 0.1)
      return { kind: 'text', text: decoderOf('utf-16be').decode(b), encoding: 'utf-16be' };
  }
  const text = decoderOf('utf-8').decode(b);
  if (text.includes('-----BEGIN ')) return { kind: 'text', text, encoding: 'utf-8' };
  if (b.length > 0 && b[0] === 0x30) return { kind: 'binary' };
  return looksLikeText(b) ? { kind: 'text', text, encoding: 'utf-8' } : { kind: 'binary' };
}

/** True when the first KiB has no control bytes other than tab, CR, LF (UTF-8 bytes pass). */
function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 1024);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    if (c === 0x7f) return false;
  }
  return true;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Strict base64 (whitespace ignored, padding optional); undefined when any other character occurs. */
export function decodeBase64(text: string): Uint8Array | undefined {
  // One pass into a scratch buffer sized for the worst case (no whitespace), copied out at the end.
  const out = scratch(Math.ceil((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let n = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x3d) {
      padding++;
      continue;
    }
    // Data after padding, or a non-alphabet character, is not base64.
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (padding > 0 || v === -1) return undefined;
    acc = (acc << 6) | v;
    if (++n % 4 === 0) {
      out[o++] = (acc >> 16) & 0xff;
      out[o++] = (acc >> 8) & 0xff;
      out[o++] = acc & 0xff;
      acc = 0;
    }
  }
  if (padding > 2 || n % 4 === 1) return undefined;
  if (n % 4 === 2) out[o++] = (acc >> 4) & 0xff;
  else if (n % 4 === 3) {
    out[o++] = (acc >> 10) & 0xff;
    out[o++] = (acc >> 2) & 0xff;
  }
  return out.slice(0, o);
}

/** Encodes bytes as base64 (for the PEM text of decoded certificates). */
export function encodeBase64(b: Uint8Array): string {
  return ASCII.decode(base64Bytes(b, false));
}

const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const ASCII = new TextDecoder();

/**
 * Base64 as ASCII bytes, a line feed after every 64 characters and at the end when `lines`.
 * Written into one buffer and turned into text once: building the string a character at a time
 * made PEM text a tenth of the time of decoding a bundle.
 */
function base64Bytes(b: Uint8Array, lines: boolean): Uint8Array {
  const chars = Math.ceil(b.length / 3) * 4;
  const out = scratch(chars + (lines ? Math.ceil(chars / 64) : 0));
  const whole = b.length - (b.length % 3);
  let o = 0;
  let col = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = B64_CODES[(n >> 6) & 63]!;
    out[o++] = B64_CODES[n & 63]!;
    // 64 characters a line: a line feed after every sixteenth group of four.
    if (lines && (col += 4) === 64) {
      out[o++] = 0x0a;
      col = 0;
    }
  }
  if (whole < b.length) {
    const two = whole + 1 < b.length;
    const n = (b[whole]! << 16) | ((two ? b[whole + 1]! : 0) << 8);
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = two ? B64_CODES[(n >> 6) & 63]! : 0x3d;
    out[o++] = 0x3d;
    col += 4;
  }
  if (lines && col !== 0) out[o++] = 0x0a;
  return out.subarray(0, o);
}

/** PEM text for DER bytes, 64 characters per line. */
export function toPem(label: string, der: Uint8Array): string {
  // No bytes still give the one (empty) body line they always gave.
  const body = der.length === 0 ? '\n' : ASCII.decode(base64Bytes(der, true));
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 #._-]{0,60})-----$/;
const END = /^-----END ([A-Z0-9][A-Z0-9 #._-]{0,60})-----$/;

/**
 * Calls `each` for every line of the text, with a BEGIN glued to the END before it (`cat` of
 * files that lack a final newline: `-----END CERTIFICATE----------BEGIN CERTIFICATE-----`) cut
 * into two lines that keep the physical line number. Lines end at CRLF, CR or LF. Scanned by
 * index rather than split, so a bundle of 1,000 certificates makes no array of its lines.
 */
function eachPemLine(text: string, each: (line: string, lineNo: number) => void): void {
  let at = 0;
  // The next LF and CR at or after `at` (text.length when there is none), found natively.
  let lf = -1;
  let cr = -1;
  const next = (c: string, from: number): number => {
    const i = text.indexOf(c, from);
    return i === -1 ? text.length : i;
  };
  for (let lineNo = 1; ; lineNo++) {
    if (lf < at) lf = next('\n', at);
    if (cr < at) cr = next('\r', at);
    const end = Math.min(lf, cr);
    let rest = text.slice(at, end);
    for (let cut = rest.indexOf('-----BEGIN ', 1); cut > 0; cut = rest.indexOf('-----BEGIN ', 1)) {
      // Only after an armour line's closing dashes, so base64 or prose is never cut.
      if (!rest.slice(0, cut).trimEnd().endsWith('-----')) break;
      each(rest.slice(0, cut), lineNo);
      rest = rest.slice(cut);
    }
    each(rest, lineNo);
    if (end >= text.length) return;
    at = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
}

/** Cuts PEM blocks out of text; text around and between blocks is ignored, as OpenSSL does. */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let open:
    { label: string; line: number; headers: Record<string, string>; body: string[] } | undefined;
  const close = (problem?: PemBlock['problem']): void => {
    if (open === undefined) return;
    const base = { label: open.label, line: open.line, headers: open.headers };
    if (problem !== undefined) {
      blocks.push({ ...base, problem });
    } else {
      const der = decodeBase64(open.body.join(''));
      if (der === undefined) blocks.push({ ...base, problem: 'bad-base64' });
      else if (der.length === 0) blocks.push({ ...base, problem: 'empty' });
      else blocks.push({ ...base, der });
    }
    open = undefined;
  };
  eachPemLine(text, (raw, lineNo) => {
    const line = raw.trim();
    // The expressions only where the line starts like armour: most lines are base64.
    const armour = line.length < 100 && line.startsWith('-----');
    const begin = armour && line.startsWith('-----BEGIN ') ? BEGIN.exec(line) : null;
    if (begin) {
      close('truncated'); // a BEGIN inside an open block: the previous block was cut short
      open = { label: begin[1]!, line: lineNo, headers: {}, body: [] };
      return;
    }
    if (open === undefined) return;
    const end = armour && line.startsWith('-----END ') ? END.exec(line) : null;
    if (end) {
      close(end[1] === open.label ? undefined : 'truncated');
      return;
    }
    if (open.body.length === 0) {
      const colon = line.indexOf(':');
      if (colon > 0 && colon < 40) {
        open.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
        return;
      }
    }
    open.body.push(line);
  });
  close('truncated');
  return blocks;
}

/** Base64 text with no armour (a DER file pasted as base64), decoded; else undefined. */
export function bareBase64(text: string): Uint8Array | undefined {
  const t = text.trim();
  if (t.length < 64 || !/^[A-Za-z0-9+/=\s]+$/.test(t)) return undefined;
  const der = decodeBase64(t);
  return der !== undefined && der[0] === 0x30 ? der : undefined;
}
