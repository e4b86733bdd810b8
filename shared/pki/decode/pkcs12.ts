/**
 * Reads PKCS#12 (.p12/.pfx) files for the inspector (the decoder's `decodePkcs12` hook): the
 * MAC proves the password, then every certificate and key bag is decoded like any other DER.
 * Both profiles OpenSSL 3 writes are read: the default (PBES2 PBKDF2/AES, HMAC-SHA256 MAC) and
 * `-legacy` (RC2-40 certificates, 3DES key, HMAC-SHA1 MAC). Pure: WebCrypto is passed in.
 */
import { fail, ok, type AppError, type Result } from '../../result';
import { decodeDer } from './blocks';
import type { DecodeResult, Pkcs12Decoder } from './types';
import { DerError, TAG, child, children, oidText, readOne, smallInt, type Tlv } from '../der';
import type { DecodedItem } from '../model';
import {
  certBag,
  id_data,
  id_encryptedData,
  id_PBES2,
  id_sha1,
  id_sha256,
  id_sha384,
  id_sha512,
  keyBag,
  pkcs8ShroudedKeyBag,
  safeContentsBag,
  x509Certificate,
} from '../oids';
import { decryptPkcs8 } from '../pbes2';
import {
  bmpPassword,
  legacyPbeDecrypt,
  LEGACY_PBE,
  pkcs12Kdf,
  type KdfHash,
  type SyncDigest,
} from '../pkcs12-kdf';
import type { BufferSource, Crypto } from '../webcrypto';

const MAC_HASHES: Record<string, KdfHash> = {
  [id_sha1]: 'SHA-1',
  [id_sha256]: 'SHA-256',
  [id_sha384]: 'SHA-384',
  [id_sha512]: 'SHA-512',
};
const HASH_BYTES: Record<KdfHash, number> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};
/** A hostile file must not make us hash forever (OpenSSL writes 2,048; strict profiles 600,000). */
const MAX_ITERATIONS = 10_000_000;

/** Inputs of {@link decodePkcs12}. */
export interface Pkcs12DecodeOptions {
  readonly crypto: Crypto;
  /** Undefined: the user has not been asked yet (answer `passphrase-needed`). */
  readonly password: string | undefined;
  /** Node's createHash, to run long KDF chains quickly; optional. */
  readonly digest?: SyncDigest;
}

class P12Error extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** OCTET STRING content, also when BER-encoded as constructed pieces. */
function octets(t: Tlv): Uint8Array {
  if ((t.tag & 0x20) === 0) return t.content;
  const parts = children(t).map(octets);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const equal = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Decodes a PKCS#12 file's certificates and keys. Never throws. */
export async function decodePkcs12(
  bytes: Uint8Array,
  name: string,
  opts: Pkcs12DecodeOptions,
): Promise<DecodeResult> {
  const { crypto, password, digest } = opts;
  const wrong = (): AppError => ({
    code: 'passphrase-wrong',
    message: `${name}: the PKCS#12 password is wrong. Enter the password it was exported with.`,
    path: name,
  });
  try {
    const pfx = children(readOne(bytes, TAG.sequence));
    if (smallInt(child(pfx, 0, TAG.integer)) !== 3)
      return fail('input-unsupported', `${name}: not a version 3 PKCS#12 file.`, name);
    const authSafe = children(child(pfx, 1, TAG.sequence));
    if (oidText(child(authSafe, 0, TAG.oid)) !== id_data)
      return fail(
        'input-unsupported',
        `${name}: a public-key-protected PKCS#12 file; only password-protected files can be read. Re-export it with openssl pkcs12 -export.`,
        name,
      );
    const content = octets(first(child(authSafe, 1, TAG.context0)));
    if (password === undefined)
      return fail(
        'passphrase-needed',
        `${name} is a PKCS#12 (.p12/.pfx) file; enter its password to read the certificates and key inside.`,
        name,
      );
    const macData = pfx[2];
    if (macData) await checkMac(crypto, children(macData), content, password, digest, wrong);
    const items: DecodedItem[] = [];
    const errors: AppError[] = [];
    for (const info of children(readOne(content, TAG.sequence))) {
      const ci = children(info);
      const type = oidText(child(ci, 0, TAG.oid));
      const body = first(child(ci, 1, TAG.context0));
      let safeContents: Uint8Array;
      if (type === id_data) safeContents = octets(body);
      else if (type === id_encryptedData) {
        const eci = children(child(children(body), 1, TAG.sequence));
        const encrypted = eci[2];
        if (!encrypted) continue; // no content: nothing to read
        safeContents = await decrypt(
          crypto,
          eci[1]!,
          octets(encrypted),
          password,
          digest,
          name,
          wrong,
        );
      } else {
        errors.push({
          code: 'input-unsupported',
          message: `${name}: a part of type ${type} (public-key encrypted) cannot be read and was skipped.`,
          path: name,
        });
        continue;
      }
      await readBags(crypto, safeContents, password, digest, name, wrong, items, errors, 0);
    }
    if (items.length === 0 && errors.length === 0)
      return fail('input-not-pki', `${name}: the PKCS#12 file holds no certificate or key.`, name);
    return ok({ name, items, errors });
  } catch (e) {
    if (e instanceof P12Error) return { ok: false, error: e.error };
    if (e instanceof DerError)
      return fail(
        'input-not-pki',
        `${name} looks like PKCS#12 but its structure is broken (${e.message}); export it again.`,
        name,
      );
    throw e;
  }
}

/** The single element inside an EXPLICIT [0] wrapper. */
function first(wrapper: Tlv): Tlv {
  const inner = children(wrapper)[0];
  if (!inner) throw new DerError('empty [0] wrapper');
  return inner;
}

async function checkMac(
  crypto: Crypto,
  mac: Tlv[],
  content: Uint8Array,
  password: string,
  digest: SyncDigest | undefined,
  wrong: () => AppError,
): Promise<void> {
  const digestInfo = children(child(mac, 0, TAG.sequence));
  const algOid = oidText(child(children(child(digestInfo, 0, TAG.sequence)), 0, TAG.oid));
  const hash = MAC_HASHES[algOid];
  if (!hash)
    throw new P12Error({
      code: 'input-unsupported',
      message: `the PKCS#12 MAC uses ${algOid}, which is not supported; re-export with openssl pkcs12 -export.`,
    });
  const expected = child(digestInfo, 1, TAG.octetString).content;
  const salt = child(mac, 1, TAG.octetString).content;
  const iterations = mac[2] ? smallInt(child(mac, 2, TAG.integer)) : 1;
  if (iterations < 1 || iterations > MAX_ITERATIONS)
    throw new P12Error({
      code: 'input-unsupported',
      message: `${iterations} MAC iterations is out of range.`,
    });
  // OpenSSL accepts an empty password both as no bytes and as a lone terminator.
  const candidates =
    password === '' ? [new Uint8Array(0), new Uint8Array(2)] : [bmpPassword(password)];
  for (const pw of candidates) {
    const key = await pkcs12Kdf(crypto, hash, pw, salt, 3, iterations, HASH_BYTES[hash], digest);
    const hmac = await crypto.subtle.importKey(
      'raw',
      key as BufferSource,
      { name: 'HMAC', hash },
      false,
      ['sign'],
    );
    const got = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, content as BufferSource));
    if (equal(got, expected)) return;
  }
  throw new P12Error(wrong());
}

/** Decrypts an EncryptedContentInfo or EncryptedPrivateKeyInfo body with its AlgorithmIdentifier. */
async function decrypt(
  crypto: Crypto,
  algorithm: Tlv,
  data: Uint8Array,
  password: string,
  digest: SyncDigest | undefined,
  name: string,
  wrong: () => AppError,
): Promise<Uint8Array> {
  const alg = children(algorithm);
  const oid = oidText(child(alg, 0, TAG.oid));
  if (oid === id_PBES2) {
    const fake: Tlv = { tag: TAG.octetString, content: data, raw: data };
    const r: Result<Uint8Array> = await decryptPkcs8([algorithm, fake], crypto, password, name);
    if (!r.ok) throw new P12Error(r.error.code === 'passphrase-wrong' ? wrong() : r.error);
    return r.value;
  }
  if (LEGACY_PBE[oid]) {
    const params = children(child(alg, 1, TAG.sequence));
    const salt = child(params, 0, TAG.octetString).content;
    const iterations = smallInt(child(params, 1, TAG.integer));
    if (iterations < 1 || iterations > MAX_ITERATIONS)
      throw new P12Error({
        code: 'input-unsupported',
        message: `${name}: ${iterations} iterations is out of range.`,
        path: name,
      });
    const plain = await legacyPbeDecrypt(crypto, oid, password, salt, iterations, data, digest);
    if (!plain) throw new P12Error(wrong());
    return plain;
  }
  throw new P12Error({
    code: 'input-unsupported',
    message: `${name}: encrypted with ${oid}, which is not supported; re-export with openssl pkcs12 -export (AES) or -legacy (3DES).`,
    path: name,
  });
}

async function readBags(
  crypto: Crypto,
  safeContents: Uint8Array,
  password: string,
  digest: SyncDigest | undefined,
  name: string,
  wrong: () => AppError,
  items: DecodedItem[],
  errors: AppError[],
  depth: number,
): Promise<void> {
  if (depth > 4) throw new DerError('safe contents nested too deeply');
  for (const bag of children(readOne(safeContents, TAG.sequence))) {
    const b = children(bag);
    const type = oidText(child(b, 0, TAG.oid));
    const value = children(child(b, 1, TAG.context0))[0];
    if (!value) continue;
    let der: Uint8Array | undefined;
    if (type === certBag) {
      const cb = children(value);
      if (oidText(child(cb, 0, TAG.oid)) !== x509Certificate) continue; // SDSI certificates
      der = octets(children(child(cb, 1, TAG.context0))[0]!);
    } else if (type === keyBag) der = value.raw;
    else if (type === pkcs8ShroudedKeyBag) {
      const epki = children(value);
      der = await decrypt(
        crypto,
        child(epki, 0, TAG.sequence),
        octets(epki[1]!),
        password,
        digest,
        name,
        wrong,
      );
    } else if (type === safeContentsBag) {
      await readBags(crypto, value.raw, password, digest, name, wrong, items, errors, depth + 1);
      continue;
    } else continue; // CRL and secret bags carry nothing the inspector shows
    const part = await decodeDer(crypto, der, `${name} (PKCS#12 entry ${items.length + 1})`, name);
    items.push(...part.items);
    errors.push(...part.errors);
  }
}

/** The decoder hook for {@link decodeBytes}, bound to one password (or none yet). */
export const pkcs12Decoder =
  (opts: Pkcs12DecodeOptions): Pkcs12Decoder =>
  (bytes, name) =>
    decodePkcs12(bytes, name, opts);
