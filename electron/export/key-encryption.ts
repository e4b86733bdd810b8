/**
 * Encrypts private keys for export: PKCS#8 "ENCRYPTED PRIVATE KEY" with PBES2 (PBKDF2-HMAC-SHA256,
 * AES-256-CBC). Node's own `KeyObject.export({ cipher })` fixes the PBKDF2 count at OpenSSL's 2048,
 * far below today's guidance (OWASP: 600,000 for PBKDF2-HMAC-SHA256), so the structure is built
 * here and only the primitives come from node:crypto (native, off the main thread).
 */
import {
  createCipheriv,
  createPrivateKey,
  pbkdf2 as pbkdf2Cb,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';
import { der, utf16be } from '../../shared/pki/der';
import { fail, ok, type Result } from '../../shared/result';
import { type AppText, type TextParam, msg } from '../../shared/text/text';

const pbkdf2 = promisify(pbkdf2Cb);

/** The PBKDF2 count used unless a caller asks for more (OWASP 2023 for HMAC-SHA256). */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Shortest passphrase accepted for a CA key or a PKCS#12 file. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** OIDs used by the PKCS#8 and PKCS#12 encoders. */
export const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha1: '1.3.14.3.2.26',
  pbeWithSHAAnd3KeyTripleDESCBC: '1.2.840.113549.1.12.1.3',
} as const;

/** UCS-2 big-endian, as PKCS#12 wants passwords and friendly names (optionally NUL-terminated). */
export function bmpBytes(s: string, terminate: boolean): Buffer {
  return Buffer.from(utf16be(terminate ? `${s}\0` : s));
}

/** Checks a passphrase against the policy; the message names what it protects. */
export function checkPassphrase(value: string | undefined, what: TextParam): Result<string> {
  if (value === undefined || value === '')
    return fail('passphrase-needed', msg('secret.required', { what }));
  if ([...value].length < MIN_PASSPHRASE_LENGTH)
    return fail(
      'passphrase-needed',
      msg('secret.too-short', {
        what,
        length: [...value].length,
        min: MIN_PASSPHRASE_LENGTH,
      }),
    );
  return ok(value);
}

/**
 * PBES2 (PBKDF2-HMAC-SHA256 + AES-256-CBC) over `plain`: returns the AlgorithmIdentifier and the
 * ciphertext. Used for the PKCS#8 key and for PKCS#12 bags (RFC 8018 §6.2, RFC 9579).
 */
export async function pbes2Encrypt(
  plain: Uint8Array,
  password: Uint8Array,
  iterations: number,
): Promise<{ algorithm: Uint8Array; ciphertext: Buffer }> {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = await pbkdf2(password, salt, iterations, 32, 'sha256');
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  const algorithm = der.seq([
    der.oid(OID.pbes2),
    der.seq([
      der.seq([
        der.oid(OID.pbkdf2),
        der.seq([
          der.octets(salt),
          der.int(iterations),
          der.seq([der.oid(OID.hmacWithSHA256), der.null()]),
        ]),
      ]),
      der.seq([der.oid(OID.aes256Cbc), der.octets(iv)]),
    ]),
  ]);
  return { algorithm, ciphertext };
}

/** Reads any private key PEM/DER (optionally encrypted) into a KeyObject, or a typed error. */
export function readPrivateKey(
  input: string | Uint8Array,
  passphrase: string | undefined,
  source: string,
): Result<KeyObject> {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('latin1');
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(text);
  if (encrypted && !passphrase)
    return fail(
      'passphrase-needed',
      msg('key.encrypted-give-passphrase', { file: source }),
      source,
    );
  try {
    const key =
      typeof input === 'string' || /-----BEGIN/.test(text)
        ? createPrivateKey({ key: text, format: 'pem', passphrase })
        : createPrivateKey({ key: Buffer.from(input), format: 'der', type: 'pkcs8' });
    return ok(key);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (encrypted)
      return fail(
        'passphrase-wrong',
        msg('key.passphrase-does-not-open', { file: source }),
        source,
      );
    return fail('input-not-pki', msg('key.unreadable', { file: source, detail }), source);
  }
}

/** The PKCS#8 DER of a private key given as PEM (any of PKCS#1, SEC1, PKCS#8). */
export function pkcs8Der(keyPem: string): Buffer {
  return createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' });
}

/**
 * Encrypts a private key as an "ENCRYPTED PRIVATE KEY" PEM that OpenSSL, Go and Node read with
 * the passphrase. The passphrase policy is checked here so no caller can skip it.
 */
export async function encryptPrivateKeyPem(
  keyPem: string,
  passphrase: string | undefined,
  opts: { iterations?: number; what?: AppText } = {},
): Promise<Result<string>> {
  const what = opts.what ?? msg('what.ca-key-name', {});
  const p = checkPassphrase(passphrase, what);
  if (!p.ok) return p;
  const iterations = opts.iterations ?? MIN_PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS)
    throw new Error(`PBKDF2 iterations must be an integer >= ${MIN_PBKDF2_ITERATIONS}`);
  let plain: Buffer;
  try {
    plain = pkcs8Der(keyPem);
  } catch (e) {
    return fail('crypto-failed', msg('key.cannot-encrypt', { what, detail: String(e) }));
  }
  const { algorithm, ciphertext } = await pbes2Encrypt(
    plain,
    Buffer.from(p.value, 'utf8'),
    iterations,
  );
  plain.fill(0);
  const body = der.seq([algorithm, der.octets(ciphertext)]);
  return ok(toPem('ENCRYPTED PRIVATE KEY', body));
}

/** PEM armour with 64-character lines. */
export function toPem(label: string, body: Uint8Array): string {
  const b64 = Buffer.from(body).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}
