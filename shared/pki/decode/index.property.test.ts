import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../../../electron/test-support/tools';
import type { ErrorCode } from '../../result';
import { decodeBytes, type DecodeResult } from '.';

const crypto = webcrypto as unknown as Crypto;
const SEED = 20240611;
const CODES: readonly ErrorCode[] = [
  'input-empty',
  'input-truncated',
  'input-not-pki',
  'input-too-large',
  'input-unsupported',
  'passphrase-needed',
];

/** Each case must settle within this budget; a hang fails the property instead of the run. */
const CASE_BUDGET_MS = 5_000;

async function decodeWithinBudget(bytes: Uint8Array): Promise<DecodeResult> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('decodeBytes did not settle within budget')),
      CASE_BUDGET_MS,
    );
  });
  try {
    return await Promise.race([decodeBytes(bytes, 'fuzz', { crypto }), budget]);
  } finally {
    clearTimeout(timer);
  }
}

/** A result is well-formed: items or typed errors, never anything else. */
function checkShape(r: DecodeResult): void {
  if (r.ok) {
    expect(Array.isArray(r.value.items)).toBe(true);
    for (const e of r.value.errors) expect(CODES).toContain(e.code);
    for (const i of r.value.items)
      expect(['certificate', 'private-key', 'csr', 'crl']).toContain(i.kind);
  } else {
    expect(CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
  }
}

/** Fixed seed: a failure reproduces on every machine. */
const PARAMS = { seed: SEED, numRuns: 200 };

describe('decodeBytes never throws and always settles (fast-check, fixed seed)', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        checkShape(await decodeWithinBudget(bytes));
      }),
      PARAMS,
    );
  });

  it('random DER-ish headers with huge lengths and deep nesting', async () => {
    const tag = fc.constantFrom(0x30, 0x31, 0xa0, 0xa3, 0x02, 0x03, 0x04, 0x06, 0x80);
    const len = fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x85, 0xff);
    const chunk = fc
      .tuple(tag, len, fc.uint8Array({ maxLength: 6 }))
      .map(([t, l, rest]) => [t, l, ...rest]);
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 400 }), async (chunks) => {
        checkShape(await decodeWithinBudget(new Uint8Array(chunks.flat())));
      }),
      PARAMS,
    );
  });

  it('random text inside PEM armour', async () => {
    const label = fc.constantFrom(
      'CERTIFICATE',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'PKCS7',
      'X509 CRL',
      'CERTIFICATE REQUEST',
    );
    await fc.assert(
      fc.asyncProperty(
        label,
        fc.string({ maxLength: 500 }),
        fc.boolean(),
        async (l, body, crlf) => {
          const text = `-----BEGIN ${l}-----\n${body}\n-----END ${l}-----\n`;
          checkShape(
            await decodeWithinBudget(
              new TextEncoder().encode(crlf ? text.replace(/\n/g, '\r\n') : text),
            ),
          );
        },
      ) as never,
    );
  });

  describe.skipIf(!needTool('openssl'))('truncated and mutated real files', () => {
    const dir = tempDir('etw-fuzz-');
    let pem = '';
    let der = new Uint8Array();
    let keyDer = new Uint8Array();
    beforeAll(() => {
      const ssl = (...a: string[]) => runOk('openssl', a, { cwd: dir.path });
      ssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'k.pem');
      ssl(
        'req',
        '-x509',
        '-new',
        '-key',
        'k.pem',
        '-subj',
        '/CN=fuzz',
        '-days',
        '2',
        '-addext',
        'subjectAltName=DNS:a,IP:10.0.0.1',
        '-out',
        'c.pem',
      );
      ssl('x509', '-in', 'c.pem', '-outform', 'DER', '-out', 'c.der');
      ssl('pkcs8', '-topk8', '-nocrypt', '-in', 'k.pem', '-outform', 'DER', '-out', 'k.der');
      pem =
        readFileSync(join(dir.path, 'c.pem'), 'utf8') +
        readFileSync(join(dir.path, 'k.pem'), 'utf8');
      der = new Uint8Array(readFileSync(join(dir.path, 'c.der')));
      keyDer = new Uint8Array(readFileSync(join(dir.path, 'k.der')));
    });
    afterAll(() => dir.remove());

    it('the untouched inputs decode (so the properties below test something)', async () => {
      const r = await decodeWithinBudget(new TextEncoder().encode(pem));
      expect(r.ok && r.value.items.map((i) => i.kind)).toEqual(['certificate', 'private-key']);
    });

    it('truncated PEM', async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: 2000 }), async (n) => {
          checkShape(
            await decodeWithinBudget(new TextEncoder().encode(pem.slice(0, n % pem.length))),
          );
        }),
        PARAMS,
      );
    });

    it('truncated DER is reported as truncated', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 4000 }), async (n) => {
          const cut = der.slice(0, n % der.length || 1);
          const r = await decodeWithinBudget(cut);
          checkShape(r);
          expect(r.ok).toBe(false);
        }),
        PARAMS,
      );
    });

    it('mutated DER (certificate and key)', async () => {
      const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      });
      await fc.assert(
        fc.asyncProperty(fc.boolean(), mutation, async (useKey, muts) => {
          const bytes = (useKey ? keyDer : der).slice();
          for (const [at, value] of muts) bytes[at % bytes.length] = value;
          checkShape(await decodeWithinBudget(bytes));
        }),
        PARAMS,
      );
    });
  });
});
