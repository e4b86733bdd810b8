/**
 * PEM and byte helpers that run the same in Node and in the browser (no Buffer): the issuer
 * writes PEM files, the CA import reads PEM or DER.
 */

/** One `-----BEGIN X-----` block: its label, RFC 1421 headers (legacy encrypted keys) and bytes. */
export interface PemBlock {
  readonly label: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly der: Uint8Array;
}

/** Encodes bytes as base64 (btoa works on "binary strings", so build one in chunks). */
export function base64Encode(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes base64 (whitespace ignored); undefined when the text is not base64. */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** Formats DER as PEM with 64-character lines and a final newline, as openssl writes it. */
export function toPem(label: string, der: Uint8Array | ArrayBuffer): string {
  const b64 = base64Encode(der instanceof Uint8Array ? der : new Uint8Array(der));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Splits text into its PEM blocks, in order. Blocks whose base64 is broken, or whose END label
 * does not match, are skipped. Line-by-line scanning keeps this linear on hostile input.
 */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let label: string | undefined;
  let body: string[] = [];
  let headers: Record<string, string> = {};
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    const begin = /^-----BEGIN ([A-Z0-9 #]+)-----$/.exec(line);
    if (begin) {
      label = begin[1];
      body = [];
      headers = {};
      continue;
    }
    if (label === undefined) continue;
    const end = /^-----END ([A-Z0-9 #]+)-----$/.exec(line);
    if (end) {
      const der = end[1] === label ? base64Decode(body.join('')) : undefined;
      if (der && der.length > 0) blocks.push({ label, headers, der });
      label = undefined;
      continue;
    }
    const header = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (header && body.length === 0) headers[header[1]!] = header[2]!;
    else body.push(line);
  }
  return blocks;
}

/** True when the bytes (or text) look like PEM rather than DER. */
export function looksLikePem(input: string | Uint8Array): boolean {
  const head = typeof input === 'string' ? input.slice(0, 4096) : latin1(input.subarray(0, 4096));
  return head.includes('-----BEGIN ');
}

/** Reads bytes as Latin-1 text (PEM is ASCII; this never fails on binary). */
export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return s;
}

/** Lower-case hex of bytes, optionally separated (fingerprints use ':'). */
export function toHex(bytes: Uint8Array | ArrayBuffer, separator = ''): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return Array.from(view, (b) => b.toString(16).padStart(2, '0')).join(separator);
}

/** Bytes of a hex string (any case, separators `:` or spaces ignored). */
export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/[\s:]/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) throw new Error(`not hex: ${hex}`);
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}
