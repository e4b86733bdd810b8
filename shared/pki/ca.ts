/**
 * The certificate authority: a fresh self-signed root, or an existing CA the user imports
 * (certificate plus key in whatever form openssl left it), checked before anything is signed.
 */
import type { Plan } from '../plan/schema';
import { fail, ok, type Result } from '../result';
import {
  KEY_USAGE_BIT,
  ext,
  keyIdentifier,
  nameDer,
  randomSerial,
  signCertificate,
} from './cert-builder';
import { children, readOne } from './der';
import { readPrivateKey } from './key-formats';
import {
  exportPrivateKeyPem,
  generateKeyPair,
  kindOfAlgorithm,
  privateKeyMatchesSpki,
  signingParams,
  type KeyKind,
} from './keys';
import { fromHex, latin1, looksLikePem, pemBlocks, toPem } from './pem';
import type { BufferSource, Crypto, CryptoKey, CryptoKeyPair } from './webcrypto';
import type * as X509 from './x509';
import { type TextParam, msg } from '../text/text';

/** A CA as stored and passed around: PEM certificate and unencrypted PKCS#8 PEM key. */
export interface CaMaterial {
  readonly certPem: string;
  readonly keyPem: string;
}

/** What signing needs of the CA's certificate. */
export interface CaCert {
  /** DER of its subject Name: each leaf's issuer, byte for byte (Go compares the bytes). */
  readonly subjectDer: Uint8Array;
  /** Readable subject (`O=…, CN=…`), for messages. */
  readonly subject: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A CA ready to sign: its certificate's facts, imported key and what signing needs. */
export interface LoadedCa extends CaMaterial {
  readonly cert: CaCert;
  readonly key: CryptoKey;
  readonly kind: KeyKind;
  /** Subject Key Identifier, copied into each leaf's Authority Key Identifier. */
  readonly subjectKeyId: Uint8Array;
}

/** An existing CA as the user supplies it. `certName`/`keyName` (file names) appear in messages. */
export interface CaImportInput {
  readonly cert: string | Uint8Array;
  readonly key: string | Uint8Array;
  readonly passphrase?: string;
  readonly certName?: string;
  readonly keyName?: string;
}

/** Clock skew allowance: certificates start 5 minutes in the past so a slow clock accepts them. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
const DAY_MS = 86_400_000;

/** Drops milliseconds: X.509 times have whole seconds, and reported dates must equal encoded ones. */
export const wholeSeconds = (t: number): Date => new Date(Math.floor(t / 1000) * 1000);

/**
 * Creates a self-signed root: basicConstraints critical CA:TRUE pathlen:0 (it signs only
 * leaves), keyUsage critical keyCertSign+cRLSign+digitalSignature, SKI and AKI.
 * `keys` lets the caller generate the CA key in parallel with the leaf keys.
 */
export async function createCa(
  plan: Plan,
  deps: { readonly crypto: Crypto; readonly now: Date; readonly keys?: CryptoKeyPair },
): Promise<LoadedCa> {
  const { crypto, now } = deps;
  const kind = kindOfAlgorithm(plan.ca.key);
  const keys = deps.keys ?? (await generateKeyPair(plan.ca.key, crypto));
  const [spkiBuf, keyPem] = await Promise.all([
    crypto.subtle.exportKey('spki', keys.publicKey),
    exportPrivateKeyPem(keys.privateKey, crypto),
  ]);
  const spki = new Uint8Array(spkiBuf);
  const keyId = await keyIdentifier(spki, crypto);
  const name = nameDer(plan.ca.commonName, plan.ca.organization);
  const notBefore = wholeSeconds(now.getTime() - CLOCK_SKEW_MS);
  const notAfter = wholeSeconds(now.getTime() + plan.ca.validityDays * DAY_MS);
  const certDer = await signCertificate(
    {
      serial: randomSerial(crypto),
      issuer: name,
      subject: name,
      notBefore,
      notAfter,
      spki,
      extensions: [
        ext.basicConstraints(true, 0),
        ext.keyUsage([
          KEY_USAGE_BIT.digitalSignature,
          KEY_USAGE_BIT.keyCertSign,
          KEY_USAGE_BIT.cRLSign,
        ]),
        ext.subjectKeyId(keyId),
        ext.authorityKeyId(keyId),
      ],
    },
    keys.privateKey,
    kind,
    signingParams(kind),
    crypto,
  );
  const subject = [
    ...(plan.ca.organization ? [`O=${plan.ca.organization}`] : []),
    ...(plan.ca.commonName ? [`CN=${plan.ca.commonName}`] : []),
  ].join(', ');
  return {
    cert: { subjectDer: name, subject, notBefore, notAfter },
    certPem: toPem('CERTIFICATE', certDer),
    keyPem,
    key: keys.privateKey,
    kind,
    subjectKeyId: keyId,
  };
}

/**
 * Loads CA material for signing and checks it: the certificate must be a CA and the key must
 * be its key. Used for imported CAs and for CAs kept from an earlier run.
 */
export async function loadCa(material: CaMaterial, crypto: Crypto): Promise<Result<LoadedCa>> {
  return importCaParts(
    { cert: material.certPem, key: material.keyPem, certName: 'CA certificate', keyName: 'CA key' },
    crypto,
  );
}

/**
 * Imports an existing CA: certificate as PEM or DER, key as PKCS#1, SEC1, PKCS#8 or encrypted
 * PKCS#8 (PEM or DER). Returns the normalised material (PKCS#8 key, unencrypted) to store.
 */
export async function importCa(input: CaImportInput, crypto: Crypto): Promise<Result<CaMaterial>> {
  const r = await importCaParts(input, crypto);
  return r.ok ? ok({ certPem: r.value.certPem, keyPem: r.value.keyPem }) : r;
}

async function importCaParts(input: CaImportInput, crypto: Crypto): Promise<Result<LoadedCa>> {
  // The library reads whatever certificate a user brings; only this path needs it.
  const x509 = await import('./x509');
  const certName: TextParam = input.certName ?? msg('what.ca-cert-name', {});
  const keyName: TextParam = input.keyName ?? msg('what.ca-key-name', {});
  // The field a failure points at: the file name, else the import form's field.
  const certPath = input.certName ?? 'cert';
  const keyPath = input.keyName ?? 'key';
  const key = await readPrivateKey(input.key, crypto, {
    passphrase: input.passphrase,
    where: keyName,
  });
  if (!key.ok) return key;
  const certs = readCertificates(x509, input.cert);
  if (certs.length === 0)
    return fail('input-not-pki', msg('ca.no-certificate', { file: certName }), certPath);
  // A bundle may hold the CA with its parents: take the certificate that belongs to the key.
  let cert: X509.X509Certificate | undefined;
  for (const c of certs) {
    if (await privateKeyMatchesSpki(key.value.key, key.value.kind, c.publicKey.rawData, crypto)) {
      cert = c;
      break;
    }
  }
  if (!cert)
    return fail(
      'key-mismatch',
      msg('ca.key-mismatch', { key: keyName, cert: certName, subject: certs[0]!.subject }),
      keyPath,
    );
  const bc = cert.getExtension(x509.BasicConstraintsExtension);
  if (!bc?.ca)
    return fail('ca-not-ca', msg('ca.not-ca', { cert: certName, subject: cert.subject }), certPath);
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  if (ku && !(ku.usages & x509.KeyUsageFlags.keyCertSign))
    return fail(
      'ca-not-ca',
      msg('ca.no-key-cert-sign', { cert: certName, subject: cert.subject }),
      certPath,
    );
  const skiExt = cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const subjectKeyId = skiExt
    ? fromHex(skiExt.keyId)
    : await keyIdentifier(new Uint8Array(cert.publicKey.rawData), crypto);
  // TBSCertificate: [0] version, serial, signature, issuer, validity, subject, …
  const tbs = children(children(readOne(new Uint8Array(cert.rawData)))[0]!);
  const subjectDer = tbs[tbs[0]!.tag === 0xa0 ? 5 : 4]!.raw;
  return ok({
    cert: {
      subjectDer: new Uint8Array(subjectDer),
      subject: cert.subject,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
    },
    certPem: toPem('CERTIFICATE', cert.rawData),
    keyPem: toPem('PRIVATE KEY', key.value.pkcs8),
    key: key.value.key,
    kind: key.value.kind,
    subjectKeyId,
  });
}

/** Every certificate in PEM text or a DER blob; unreadable blocks are skipped. */
function readCertificates(x509: typeof X509, input: string | Uint8Array): X509.X509Certificate[] {
  const ders = looksLikePem(input)
    ? pemBlocks(typeof input === 'string' ? input : latin1(input))
        .filter(
          (b) =>
            b.label === 'CERTIFICATE' ||
            b.label === 'X509 CERTIFICATE' ||
            b.label === 'TRUSTED CERTIFICATE',
        )
        .map((b) => b.der)
    : typeof input === 'string'
      ? []
      : [input];
  return ders.flatMap((der) => {
    try {
      return [new x509.X509Certificate(der as BufferSource)];
    } catch {
      return [];
    }
  });
}
