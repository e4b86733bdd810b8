/**
 * The PKCS#12 key derivation (RFC 7292 appendix B.2) and the legacy PKCS#12 PBE ciphers
 * (3DES-CBC, RC2-CBC), for reading .p12 files: the MAC key of every profile and the keys of
 * `openssl pkcs12 -legacy` files come from it. WebCrypto has neither DES nor RC2, so those two
 * come from node-forge's pure-JavaScript ciphers.
 */
import {
  pbeWithSHAAnd128BitRC2_CBC,
  pbeWithSHAAnd2_KeyTripleDES_CBC,
  pbeWithSHAAnd3_KeyTripleDES_CBC,
  pbeWithSHAAnd40BitRC2_CBC,
} from './oids';
import type { BufferSource, Crypto } from './webcrypto';

/** A digest the KDF can use: WebCrypto names. */
export type KdfHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/**
 * A fast synchronous digest (Node's createHash) for the KDF's long hash chains; without it the
 * chain runs on WebCrypto, one await per round.
 */
export type SyncDigest = (hash: KdfHash, data: Uint8Array) => Uint8Array;

/**
 * Many rounds of one hash at once (A ← H(A), `rounds` times), for hosts with a faster way than
 * one digest call per round; undefined for a hash it does not do.
 */
export type HashChain = (
  hash: KdfHash,
  start: Uint8Array,
  rounds: number,
) => Uint8Array | undefined;

const BLOCK: Record<KdfHash, number> = {
  'SHA-1': 64,
  'SHA-256': 64,
  'SHA-384': 128,
  'SHA-512': 128,
};

/** PKCS#12 password bytes: UTF-16BE with a two-byte terminator (empty password: no bytes at all). */
export function bmpPassword(password: string): Uint8Array {
  if (password === '') return new Uint8Array(0);
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    out[2 * i] = password.charCodeAt(i) >> 8;
    out[2 * i + 1] = password.charCodeAt(i) & 0xff;
  }
  return out;
}

const repeatTo = (b: Uint8Array, v: number): Uint8Array => {
  const len = b.length === 0 ? 0 : v * Math.ceil(b.length / v);
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = b[i % b.length]!;
  return out;
};

/** RFC 7292 B.2: `id` 1 = key, 2 = IV, 3 = MAC key. */
export async function pkcs12Kdf(
  crypto: Crypto,
  hash: KdfHash,
  password: Uint8Array,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
  digest?: SyncDigest,
  /** Called every 20,000 rounds, so a host can let other work run during a long chain. */
  pause?: () => Promise<void>,
  chain?: HashChain,
): Promise<Uint8Array> {
  const v = BLOCK[hash];
  const H = async (data: Uint8Array): Promise<Uint8Array> =>
    digest
      ? digest(hash, data)
      : new Uint8Array(await crypto.subtle.digest(hash, data as BufferSource));
  const D = new Uint8Array(v).fill(id);
  const I = new Uint8Array([...repeatTo(salt, v), ...repeatTo(password, v)]);
  const out: number[] = [];
  while (out.length < length) {
    let A = await H(new Uint8Array([...D, ...I]));
    for (let done = 1; done < iterations;) {
      const step = Math.min(iterations - done, 20_000 - (done % 20_000));
      const fast = chain?.(hash, A, step);
      if (fast) A = fast;
      else for (let r = 0; r < step; r++) A = await H(A);
      done += step;
      if (pause && done % 20_000 === 0 && done < iterations) await pause();
    }
    out.push(...A);
    const B = repeatTo(A, v);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const x = I[j + k]! + B[k]! + carry;
        I[j + k] = x & 0xff;
        carry = x >> 8;
      }
    }
  }
  return new Uint8Array(out.slice(0, length));
}

const toBinary = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return s;
};
const fromBinary = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The legacy PKCS#12 PBE schemes (RFC 7292 appendix C), by OID. */
export const LEGACY_PBE: Readonly<
  Record<
    string,
    { readonly name: string; readonly cipher: '3des' | 'rc2'; readonly keyLength: number }
  >
> = {
  [pbeWithSHAAnd3_KeyTripleDES_CBC]: {
    name: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
    cipher: '3des',
    keyLength: 24,
  },
  [pbeWithSHAAnd2_KeyTripleDES_CBC]: {
    name: 'pbeWithSHAAnd2-KeyTripleDES-CBC',
    cipher: '3des',
    keyLength: 16,
  },
  [pbeWithSHAAnd128BitRC2_CBC]: {
    name: 'pbeWithSHAAnd128BitRC2-CBC',
    cipher: 'rc2',
    keyLength: 16,
  },
  [pbeWithSHAAnd40BitRC2_CBC]: { name: 'pbeWithSHAAnd40BitRC2-CBC', cipher: 'rc2', keyLength: 5 },
};

/**
 * Decrypts with a legacy PBE scheme; undefined when the padding is wrong (a wrong password, in
 * practice, since the MAC was not there to say so).
 */
export async function legacyPbeDecrypt(
  crypto: Crypto,
  oid: string,
  password: string,
  salt: Uint8Array,
  iterations: number,
  data: Uint8Array,
  digest?: SyncDigest,
): Promise<Uint8Array | undefined> {
  const scheme = LEGACY_PBE[oid];
  if (!scheme) throw new Error(`not a legacy PKCS#12 PBE OID: ${oid}`);
  const pw = bmpPassword(password);
  let key = await pkcs12Kdf(crypto, 'SHA-1', pw, salt, 1, iterations, scheme.keyLength, digest);
  const iv = await pkcs12Kdf(crypto, 'SHA-1', pw, salt, 2, iterations, 8, digest);
  // Loaded here only: reading an old .p12 is rare, and the KDF above is also on the export path.
  const { default: forge } = await import('node-forge/lib/index.js');
  const input = forge.util.createBuffer(toBinary(data));
  let cipher;
  if (scheme.cipher === '3des') {
    if (key.length === 16) key = new Uint8Array([...key, ...key.subarray(0, 8)]); // 2-key 3DES: K1 K2 K1
    cipher = forge.cipher.createDecipher('3DES-CBC', forge.util.createBuffer(toBinary(key)));
    cipher.start({ iv: forge.util.createBuffer(toBinary(iv)) });
  } else {
    cipher = forge.rc2.createDecryptionCipher(
      forge.util.createBuffer(toBinary(key)),
      key.length * 8,
    );
    cipher.start(forge.util.createBuffer(toBinary(iv)));
  }
  cipher.update(input);
  if (!cipher.finish()) return undefined;
  return fromBinary(cipher.output.getBytes());
}
