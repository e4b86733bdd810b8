/**
 * Decryption of encrypted PKCS#8 (PBES2: PBKDF2 + AES-CBC, what `openssl pkcs8 -topk8 -v2`
 * and OpenSSL 3's default write) with WebCrypto, so imported CA keys never need openssl.
 */
import { fail, ok, type Result } from '../result';
import { TAG, child, children, oidText, smallInt, type Tlv } from './der';
import {
  desCBC,
  des_EDE3_CBC,
  id_aes128_CBC,
  id_aes192_CBC,
  id_aes256_CBC,
  id_hmacWithSHA1,
  id_hmacWithSHA256,
  id_hmacWithSHA384,
  id_hmacWithSHA512,
  id_PBES2,
  id_PBKDF2,
  id_scrypt,
  rc2CBC,
} from './oids';
import type { BufferSource, Crypto } from './webcrypto';

/** What to tell users whose key we cannot read. */
export const REENCRYPT =
  'convert it with `openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in key.pem -out key-pkcs8.pem`';

const PRFS: Record<string, string> = {
  [id_hmacWithSHA1]: 'SHA-1',
  [id_hmacWithSHA256]: 'SHA-256',
  [id_hmacWithSHA384]: 'SHA-384',
  [id_hmacWithSHA512]: 'SHA-512',
};
const CIPHERS: Record<string, number> = {
  [id_aes128_CBC]: 16,
  [id_aes192_CBC]: 24,
  [id_aes256_CBC]: 32,
};
const DES_CIPHERS: ReadonlySet<string> = new Set([des_EDE3_CBC, desCBC, rc2CBC]);
/** Refuse absurd iteration counts: a hostile file must not freeze the app. */
const MAX_ITERATIONS = 10_000_000;

/** Decrypts the children of an EncryptedPrivateKeyInfo with PBES2 (PBKDF2 + AES-CBC) using WebCrypto. */
export async function decryptPkcs8(
  c: Tlv[],
  crypto: Crypto,
  passphrase: string | undefined,
  where: string,
): Promise<Result<Uint8Array>> {
  const alg = children(child(c, 0, TAG.sequence));
  const scheme = oidText(child(alg, 0, TAG.oid));
  if (scheme !== id_PBES2)
    return fail(
      'input-unsupported',
      `${where}: encrypted with an old PKCS#5 v1 / PKCS#12 scheme (${scheme}); ${REENCRYPT}`,
      where,
    );
  const params = children(child(alg, 1, TAG.sequence));
  const kdf = children(child(params, 0, TAG.sequence));
  const enc = children(child(params, 1, TAG.sequence));
  const kdfOid = oidText(child(kdf, 0, TAG.oid));
  if (kdfOid !== id_PBKDF2)
    return fail(
      'input-unsupported',
      `${where}: key derivation ${kdfOid === id_scrypt ? 'scrypt' : kdfOid} is not supported; ${REENCRYPT}`,
      where,
    );
  const kp = children(child(kdf, 1, TAG.sequence));
  const salt = child(kp, 0, TAG.octetString).content;
  const iterations = smallInt(child(kp, 1, TAG.integer));
  const prfTlv = kp.slice(2).find((t) => t.tag === TAG.sequence);
  const prfOid = prfTlv ? oidText(child(children(prfTlv), 0, TAG.oid)) : id_hmacWithSHA1;
  const hash = PRFS[prfOid];
  const cipherOid = oidText(child(enc, 0, TAG.oid));
  const keyLength = CIPHERS[cipherOid];
  if (DES_CIPHERS.has(cipherOid))
    return fail(
      'input-unsupported',
      `${where}: encrypted with DES/3DES/RC2, which is not supported; ${REENCRYPT}`,
      where,
    );
  if (!hash || !keyLength)
    return fail(
      'input-unsupported',
      `${where}: encryption ${cipherOid} with PRF ${prfOid} is not supported; ${REENCRYPT}`,
      where,
    );
  if (iterations < 1 || iterations > MAX_ITERATIONS)
    return fail(
      'input-unsupported',
      `${where}: ${iterations} PBKDF2 iterations is out of range`,
      where,
    );
  const iv = child(enc, 1, TAG.octetString).content;
  if (passphrase === undefined)
    return fail('passphrase-needed', `${where}: the key is encrypted; enter its passphrase`, where);
  const subtle = crypto.subtle;
  const base = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations, hash },
    base,
    keyLength * 8,
  );
  try {
    const aes = await subtle.importKey('raw', bits, 'AES-CBC', false, ['decrypt']);
    const plain = await subtle.decrypt(
      { name: 'AES-CBC', iv: iv as BufferSource },
      aes,
      child(c, 1, TAG.octetString).content as BufferSource,
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail(
      'passphrase-wrong',
      `${where}: the passphrase is wrong; check it and try again`,
      where,
    );
  }
}
