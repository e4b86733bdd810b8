/**
 * PKCS#12 (.p12) files for client certificates of every key type (RSA, ECDSA, Ed25519), for
 * tools that want one file (Java, Windows, browsers, Postman). node-forge only packs RSA keys, so
 * the structure is built here (RFC 7292) and the crypto comes from node:crypto.
 *
 * Default, as `openssl pkcs12 -export` in OpenSSL 3: key and certificates encrypted with PBES2
 * (PBKDF2-HMAC-SHA256, AES-256-CBC), HMAC-SHA256 MAC. Legacy, for old Java and Windows:
 * pbeWithSHAAnd3-KeyTripleDES-CBC for key and certificates, HMAC-SHA1 MAC.
 */
import { createCipheriv, createHash, createHmac, randomBytes, X509Certificate } from 'node:crypto';
import { pkcs12Kdf as sharedKdf, type HashChain } from '../../shared/pki/pkcs12-kdf';
import { nodeDigest, webCrypto } from '../node/node-crypto';
import { der } from '../../shared/pki/der';
import { sha256Chain } from './sha256-chain';
import { fail, ok, type Result } from '../../shared/result';
import {
  bmpBytes,
  checkPassphrase,
  MIN_PBKDF2_ITERATIONS,
  OID,
  pbes2Encrypt,
  readPrivateKey,
} from './key-encryption';
import { msg } from '../../shared/text/text';

const P12 = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.2', // pkcs8ShroudedKeyBag
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
} as const;

/** Iterations of the legacy profile: what OpenSSL `-legacy` and old readers expect. */
export const LEGACY_ITERATIONS = 2048;

/** What goes into one .p12 file. */
export interface Pkcs12Input {
  readonly certPem: string;
  readonly keyPem: string;
  /** Issuing CA chain, added as extra certificate bags (no key id). */
  readonly caPems: readonly string[];
  readonly password: string | undefined;
  /** Shown as the entry name by Java keytool, Windows and browsers. */
  readonly friendlyName?: string;
  readonly legacy?: boolean;
  /** PBKDF2 and MAC iterations of the default profile (>= 600,000). */
  readonly iterations?: number;
}

type Hash = 'sha1' | 'sha256';

/** SHA-256 chains run unrolled in JavaScript (sha256-chain.ts); SHA-1 ones call the native hash. */
const fastChain: HashChain = (hash, start, rounds) =>
  hash === 'SHA-256' ? sha256Chain(start, rounds) : undefined;

/**
 * The PKCS#12 key derivation (RFC 7292 appendix B.2), needed for the MAC key in every profile
 * and for the legacy 3DES key and IV. Yields to the event loop every 20,000 rounds: it is a long
 * chain of hashes and must not freeze the window.
 */
export function pkcs12Kdf(
  hash: Hash,
  password: string,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
): Promise<Uint8Array> {
  return sharedKdf(
    webCrypto,
    hash === 'sha1' ? 'SHA-1' : 'SHA-256',
    bmpBytes(password, true),
    salt,
    id,
    iterations,
    length,
    nodeDigest,
    () => new Promise((res) => setImmediate(res)),
    fastChain,
  );
}

/** Encrypts `plain` per profile; returns the AlgorithmIdentifier and ciphertext. */
async function encrypt(
  plain: Uint8Array,
  password: string,
  legacy: boolean,
  iterations: number,
): Promise<{ algorithm: Uint8Array; ciphertext: Buffer }> {
  if (!legacy) return pbes2Encrypt(plain, Buffer.from(password, 'utf8'), iterations);
  const salt = randomBytes(8);
  const key = await pkcs12Kdf('sha1', password, salt, 1, iterations, 24);
  const iv = await pkcs12Kdf('sha1', password, salt, 2, iterations, 8);
  const cipher = createCipheriv('des-ede3-cbc', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  const algorithm = der.seq([
    der.oid(OID.pbeWithSHAAnd3KeyTripleDESCBC),
    der.seq([der.octets(salt), der.int(iterations)]),
  ]);
  return { algorithm, ciphertext };
}

const attributes = (localKeyId: Buffer | undefined, friendlyName: string | undefined) => {
  const attrs = [];
  if (friendlyName)
    attrs.push(der.seq([der.oid(P12.friendlyName), der.set([der.bmp(friendlyName)])]));
  if (localKeyId) attrs.push(der.seq([der.oid(P12.localKeyId), der.set([der.octets(localKeyId)])]));
  return attrs.length ? [der.set(attrs)] : [];
};

const certBag = (certDer: Buffer, localKeyId?: Buffer, friendlyName?: string) =>
  der.seq([
    der.oid(P12.certBag),
    der.explicit(0, der.seq([der.oid(P12.x509Certificate), der.explicit(0, der.octets(certDer))])),
    ...attributes(localKeyId, friendlyName),
  ]);

/** Builds a .p12 file for a certificate, its key and its CA chain; the password is required. */
export async function buildPkcs12(input: Pkcs12Input): Promise<Result<Uint8Array>> {
  const pw = checkPassphrase(input.password, msg('what.p12-password', {}));
  if (!pw.ok) return pw;
  const password = pw.value;
  const legacy = input.legacy ?? false;
  const iterations = legacy ? LEGACY_ITERATIONS : (input.iterations ?? MIN_PBKDF2_ITERATIONS);
  if (!legacy && (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS))
    throw new Error(`PKCS#12 iterations must be an integer >= ${MIN_PBKDF2_ITERATIONS}`);

  let cert: X509Certificate;
  let chain: X509Certificate[];
  try {
    cert = new X509Certificate(input.certPem);
    chain = input.caPems.map((p) => new X509Certificate(p));
  } catch (e) {
    return fail('input-not-pki', msg('p12.cert-unreadable', { detail: String(e) }));
  }
  const key = readPrivateKey(input.keyPem, undefined, 'client.key');
  if (!key.ok) return key;
  if (!cert.checkPrivateKey(key.value))
    return fail(
      'key-mismatch',
      msg('p12.key-mismatch', { subject: cert.subject || msg('p12.the-certificate', {}) }),
    );

  // OpenSSL uses the certificate's SHA-1 as localKeyID to pair key and certificate.
  const localKeyId = createHash('sha1').update(cert.raw).digest();
  const pkcs8 = key.value.export({ type: 'pkcs8', format: 'der' });
  const certSafe = der.seq([
    certBag(cert.raw, localKeyId, input.friendlyName),
    ...chain.map((c) => certBag(c.raw)),
  ]);
  const hash: Hash = legacy ? 'sha1' : 'sha256';
  const macSalt = randomBytes(legacy ? 8 : 16);
  // The three derivations do not depend on one another: both PBKDF2 runs go to the thread pool
  // while the MAC key's hash chain runs here, so a .p12 takes the longest of them, not the sum.
  const [shroud, certEnc, macKey] = await Promise.all([
    encrypt(pkcs8, password, legacy, iterations),
    encrypt(certSafe, password, legacy, iterations),
    pkcs12Kdf(hash, password, macSalt, 3, iterations, hash === 'sha1' ? 20 : 32),
  ]);
  pkcs8.fill(0);
  const keySafe = der.seq([
    der.seq([
      der.oid(P12.keyBag),
      der.explicit(0, der.seq([shroud.algorithm, der.octets(shroud.ciphertext)])),
      ...attributes(localKeyId, input.friendlyName),
    ]),
  ]);
  const authSafe = der.seq([
    der.seq([
      der.oid(P12.encryptedData),
      der.explicit(
        0,
        der.seq([
          der.int(0),
          der.seq([
            der.oid(P12.data),
            certEnc.algorithm,
            der.implicitOctets(0, certEnc.ciphertext),
          ]),
        ]),
      ),
    ]),
    der.seq([der.oid(P12.data), der.explicit(0, der.octets(keySafe))]),
  ]);
  const mac = createHmac(hash, macKey).update(authSafe).digest();
  const pfx = der.seq([
    der.int(3),
    der.seq([der.oid(P12.data), der.explicit(0, der.octets(authSafe))]),
    der.seq([
      der.seq([
        der.seq([der.oid(hash === 'sha1' ? OID.sha1 : OID.sha256), der.null()]),
        der.octets(mac),
      ]),
      der.octets(macSalt),
      der.int(iterations),
    ]),
  ]);
  return ok(pfx);
}
