/**
 * Reads a private key in any form openssl, cfssl or a Kubernetes Secret hands users (PKCS#1,
 * SEC1, PKCS#8, PBES2-encrypted PKCS#8; PEM or DER) and turns it into plain PKCS#8 that
 * WebCrypto can import, so an existing CA can be reused.
 */
import { fail, ok, type Result } from '../result';
import {
  DerError,
  TAG,
  child,
  children,
  encodeOid,
  encodeTlv,
  oidText,
  readOne,
  smallInt,
  type Tlv,
} from './der';
import { importPkcs8, type KeyKind } from './keys';
import { REENCRYPT, decryptPkcs8 } from './pbes2';
import { latin1, looksLikePem, pemBlocks } from './pem';

/** The form a key was given in. */
export type PrivateKeyFormat = 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs8-encrypted';

/** A key ready for WebCrypto. */
export interface ParsedPrivateKey {
  readonly pkcs8: Uint8Array;
  readonly format: PrivateKeyFormat;
  readonly kind: KeyKind;
  readonly key: CryptoKey;
}

const OID = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ec: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;
const CURVES: Record<string, 'P-256' | 'P-384' | 'P-521'> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};
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
    const pkcs8 = wrap(encodeTlv(TAG.sequence, encodeOid(OID.rsa), encodeTlv(TAG.null)), top.raw);
    return finish(pkcs8, 'pkcs1', crypto, where);
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
    const inner = encodeTlv(
      TAG.sequence,
      ...c.filter((t) => t.tag !== TAG.context0).map((t) => t.raw),
    );
    const pkcs8 = wrap(encodeTlv(TAG.sequence, encodeOid(OID.ec), curve.raw), inner);
    return finish(pkcs8, 'sec1', crypto, where);
  }
  return finish(der, 'pkcs8', crypto, where);
}

/** PrivateKeyInfo { version 0, algorithm, privateKey OCTET STRING }. */
function wrap(algorithm: Uint8Array, privateKey: Uint8Array): Uint8Array {
  return encodeTlv(
    TAG.sequence,
    encodeTlv(TAG.integer, new Uint8Array([0])),
    algorithm,
    encodeTlv(TAG.octetString, privateKey),
  );
}

/** Identifies a PKCS#8 key and imports it (the import proves the bytes are a real key). */
async function finish(
  pkcs8: Uint8Array,
  format: PrivateKeyFormat,
  crypto: Crypto,
  where: string,
): Promise<Result<ParsedPrivateKey>> {
  const c = children(readOne(pkcs8, TAG.sequence));
  const alg = children(child(c, 1, TAG.sequence));
  const oid = oidText(child(alg, 0, TAG.oid));
  child(c, 2, TAG.octetString);
  let kind: KeyKind;
  if (oid === OID.rsa) {
    const rsa = children(readOne(child(c, 2, TAG.octetString).content, TAG.sequence));
    kind = { type: 'rsa', bits: integerBits(child(rsa, 1, TAG.integer)) };
  } else if (oid === OID.ec) {
    const curveOid = alg[1] ? oidText(alg[1]) : '';
    const curve = CURVES[curveOid];
    if (!curve)
      return fail(
        'input-unsupported',
        `${where}: EC curve ${curveOid || '(unnamed)'} is not supported; use P-256, P-384 or P-521`,
        where,
      );
    kind = { type: 'ec', curve };
  } else if (oid === OID.ed25519) {
    kind = { type: 'ed25519' };
  } else {
    const name = oid === OID.rsaPss ? 'RSA-PSS' : oid === OID.ed448 ? 'Ed448' : `OID ${oid}`;
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

function integerBits(t: Tlv): number {
  let i = 0;
  while (i < t.content.length && t.content[i] === 0) i++;
  if (i === t.content.length) return 0;
  return (t.content.length - i - 1) * 8 + (32 - Math.clz32(t.content[i]!));
}
