/**
 * Reads a private key in any form openssl, cfssl or a Kubernetes Secret hands users (PKCS#1,
 * SEC1, PKCS#8, PBES2-encrypted PKCS#8; PEM or DER) and turns it into plain PKCS#8 that
 * WebCrypto can import, so an existing CA can be reused.
 */
import { fail, ok, type Result } from '../result';
import { readTlv as readElement, oidOf } from './decode/der';
import { curveOf, pkcs1ToPkcs8, pkcs8Parts, rsaPrivate, sec1ToPkcs8 } from './decode/keyinfo';
import { DerError, TAG, children, der as build, readOne, smallInt } from './der';
import { importPkcs8, type KeyKind } from './keys';
import { id_ecPublicKey, id_Ed25519, id_Ed448, id_RSASSA_PSS, rsaEncryption } from './oids';
import { REENCRYPT, decryptPkcs8 } from './pbes2';
import { latin1, looksLikePem, pemBlocks } from './pem';
import type { Crypto, CryptoKey } from './webcrypto';

/** The form a key was given in. */
export type PrivateKeyFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs8-encrypted';

/** A key ready for WebCrypto. */
export interface ParsedPrivateKey {
  readonly pkcs8: Uint8Array;
  readonly format: PrivateKeyFormat;
  readonly kind: KeyKind;
  readonly key: CryptoKey;
}

/** The curves WebCrypto imports. */
const CURVES = ['P-256', 'P-384', 'P-521'] as const;
const KEY_LABELS = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'];

/**
 * Reads a private key from PEM text or DER bytes. `where` names the file in messages and is
 * the error path. Encrypted keys need `passphrase`.
 */
export async function readPrivateKey(
  input: string | Uint8Array,
  crypto: Crypto,
  opts: { passphrase?: string; where?: string } = {},
): Promise<Result<ParsedPrivateKey>> {
  const where = opts.where ?? 'key';
  let der: Uint8Array;
  let label: string | undefined;
  if (looksLikePem(input)) {
    const blocks = pemBlocks(typeof input === 'string' ? input : latin1(input));
    const block = blocks.find((b) => KEY_LABELS.includes(b.label));
    if (!block) {
      const other = blocks[0]?.label;
      if (other === 'OPENSSH PRIVATE KEY')
        return fail(
          'input-unsupported',
          `${where}: an OpenSSH key cannot sign certificates here; ${REENCRYPT}`,
          where,
        );
      return other
        ? fail('input-unsupported', `${where}: holds a ${other}, not a private key`, where)
        : fail('input-not-pki', `${where}: no readable PEM block found`, where);
    }
    if (block.headers['Proc-Type']?.includes('ENCRYPTED'))
      return fail(
        'input-unsupported',
        `${where}: legacy OpenSSL key encryption (DEK-Info ${block.headers['DEK-Info'] ?? '?'}) is not supported; ${REENCRYPT}`,
        where,
      );
    der = block.der;
    label = block.label;
  } else {
    der = typeof input === 'string' ? new Uint8Array(0) : input;
  }
  try {
    return await fromDer(der, label, crypto, opts.passphrase, where);
  } catch (e) {
    if (e instanceof DerError)
      return fail('input-not-pki', `${where}: not a private key (${e.message})`, where);
    throw e;
  }
}

async function fromDer(
  der: Uint8Array,
  label: string | undefined,
  crypto: Crypto,
  passphrase: string | undefined,
  where: string,
): Promise<Result<ParsedPrivateKey>> {
  const top = readOne(der, TAG.sequence);
  const c = children(top);
  const isEncrypted = c.length === 2 && c[0]?.tag === TAG.sequence && c[1]?.tag === TAG.octetString;
  if (label === 'ENCRYPTED PRIVATE KEY' || (label === undefined && isEncrypted)) {
    const plain = await decryptPkcs8(c, crypto, passphrase, where);
    if (!plain.ok) return plain;
    let parsed: Result<ParsedPrivateKey>;
    try {
      parsed = await finish(plain.value, 'pkcs8', crypto, where);
    } catch {
      parsed = fail('passphrase-wrong', '');
    }
    // A wrong passphrase passes the CBC padding check about once in 256 tries; what comes out
    // is then garbage, which must read as a wrong passphrase too.
    if (
      !parsed.ok &&
      (parsed.error.code === 'input-not-pki' || parsed.error.code === 'passphrase-wrong')
    )
      return fail(
        'passphrase-wrong',
        `${where}: the passphrase is wrong; check it and try again`,
        where,
      );
    return parsed.ok ? ok({ ...parsed.value, format: 'pkcs8-encrypted' }) : parsed;
  }
  const version = c[0]?.tag === TAG.integer ? smallInt(c[0]) : -1;
  if (label === 'RSA PRIVATE KEY' || (label === undefined && version === 0 && c.length >= 9)) {
    return finish(pkcs1ToPkcs8(top.raw), 'pkcs1', crypto, where);
  }
  if (
    label === 'EC PRIVATE KEY' ||
    (label === undefined && version === 1 && c[1]?.tag === TAG.octetString)
  ) {
    const params = c.find((t) => t.tag === TAG.context0);
    if (!params)
      return fail(
        'input-unsupported',
        `${where}: the EC key does not name its curve; ${REENCRYPT}`,
        where,
      );
    const curve = readOne(params.content, TAG.oid);
    // Inner key without [0] parameters, as openssl writes PKCS#8 (some importers insist).
    const inner = build.seq(c.filter((t) => t.tag !== TAG.context0).map((t) => t.raw));
    return finish(sec1ToPkcs8(inner, curve.raw), 'sec1', crypto, where);
  }
  return finish(der, 'pkcs8', crypto, where);
}

/** Identifies a PKCS#8 key and imports it (the import proves the bytes are a real key). */
async function finish(
  pkcs8: Uint8Array,
  format: PrivateKeyFormat,
  crypto: Crypto,
  where: string,
): Promise<Result<ParsedPrivateKey>> {
  const root = readElement(pkcs8, 0);
  const whole = root.ok && root.tlv.tag === TAG.sequence && root.tlv.end === pkcs8.length;
  const parts = whole ? pkcs8Parts(pkcs8, root.tlv) : undefined;
  if (parts === undefined) throw new DerError('not a PKCS#8 PrivateKeyInfo');
  const { oid, params, inner } = parts;
  let kind: KeyKind;
  if (oid === rsaEncryption) {
    const rsa = inner && rsaPrivate(pkcs8, inner);
    if (rsa === undefined) throw new DerError('not an RSAPrivateKey');
    kind = { type: 'rsa', bits: rsa.info.bits ?? 0 };
  } else if (oid === id_ecPublicKey) {
    const curveOid = params === undefined ? '' : oidOf(pkcs8, params);
    if (curveOid === undefined) throw new DerError('not an OID');
    const curve = CURVES.find((name) => name === curveOf(curveOid)?.name);
    if (!curve)
      return fail(
        'input-unsupported',
        `${where}: EC curve ${curveOid || '(unnamed)'} is not supported; use P-256, P-384 or P-521`,
        where,
      );
    kind = { type: 'ec', curve };
  } else if (oid === id_Ed25519) {
    kind = { type: 'ed25519' };
  } else {
    const name = oid === id_RSASSA_PSS ? 'RSA-PSS' : oid === id_Ed448 ? 'Ed448' : `OID ${oid}`;
    return fail(
      'input-unsupported',
      `${where}: ${name} keys are not supported; use RSA, ECDSA or Ed25519`,
      where,
    );
  }
  try {
    const key = await importPkcs8(pkcs8, kind, crypto);
    return ok({ pkcs8, format, kind, key });
  } catch (e) {
    return fail(
      'input-not-pki',
      `${where}: the key could not be loaded (${(e as Error).message})`,
      where,
    );
  }
}
