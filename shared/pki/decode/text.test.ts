/**
 * PEM cutting: `cat a.pem b.pem` where a.pem lacks its final newline glues the END and BEGIN
 * lines together; both certificates must still be read, with their real line numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '.';
import { pemBlocks, toPem } from './text';
import type { DecodedCertificate } from '../model';

const crypto = globalThis.crypto as Crypto;
const GOLDEN: readonly DecodedCertificate[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'testdata', 'cert-golden.json'), 'utf8'),
);

/** A PEM without its final newline, as some tools write it. */
const unterminated = (pem: string): string => pem.replace(/\n$/, '');

describe('concatenated PEM files without a final newline', () => {
  const [a, b, c] = [GOLDEN[0]!, GOLDEN[1]!, GOLDEN[2]!];

  it('decodes both certificates when END and BEGIN share a line', async () => {
    const text = unterminated(a.pem) + b.pem;
    expect(text).toContain('-----END CERTIFICATE----------BEGIN CERTIFICATE-----');
    const r = await decodeBytes(new TextEncoder().encode(text), 'bundle.pem', { crypto });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.errors).toEqual([]);
    expect(r.value.items.map((i) => (i as DecodedCertificate).fingerprintSha256)).toEqual([
      a.fingerprintSha256,
      b.fingerprintSha256,
    ]);
  });

  it('cuts three glued blocks (CRLF too) and keeps each BEGIN on its physical line', () => {
    const text = (unterminated(a.pem) + unterminated(b.pem) + c.pem).replace(/\n/g, '\r\n');
    const blocks = pemBlocks(text);
    expect(blocks.map((x) => x.problem)).toEqual([undefined, undefined, undefined]);
    expect(blocks.map((x) => toPem(x.label, x.der!))).toEqual([a.pem, b.pem, c.pem]);
    const lines = text.split('\r\n');
    const second = lines.findIndex(
      (l) => l.endsWith('-----BEGIN CERTIFICATE-----') && l !== lines[0],
    );
    expect(blocks[1]!.line).toBe(second + 1);
  });

  it('does not cut a BEGIN that follows prose or base64 on the same line', () => {
    const body = a.pem.split('\n').slice(1, -2).join('\n');
    const text = `note-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
    expect(pemBlocks(text)).toEqual([]);
  });
});
