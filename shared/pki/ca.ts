/**
 * The certificate authority: a fresh self-signed root, or an existing CA the user imports
 * (certificate plus key in whatever form openssl left it), checked before anything is signed.
 */
import type { Plan } from '../plan/schema';
import { fail, ok, type Result } from '../result';
import { readPrivateKey } from './key-formats';
import {
  exportPrivateKeyPem,
  generateKeyPair,
  kindOfAlgorithm,
  privateKeyMatchesSpki,
  signingParams,
  type KeyKind,
} from './keys';
import { latin1, looksLikePem, pemBlocks, toPem } from './pem';
import * as x509 from './x509';
import type { BufferSource, Crypto, CryptoKey, CryptoKeyPair } from './webcrypto';
import { type TextParam, msg } from '../text/text';

/** A CA as stored and passed around: PEM certificate and unencrypted PKCS#8 PEM key. */
export interface CaMaterial {
  readonly certPem: string;
  readonly keyPem: string;
}

/** A CA ready to sign: parsed certificate, imported key and what signing needs. */
export interface LoadedCa extends CaMaterial {
  readonly cert: x509.X509Certificate;
  readonly key: CryptoKey;
  readonly kind: KeyKind;
  /** Hex Subject Key Identifier, copied into each leaf's Authority Key Identifier. */
  readonly subjectKeyId: string;
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
  const ski = await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto);
  const name = x509.subjectName(plan.ca.commonName, plan.ca.organization);
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: x509.randomSerialHex(crypto),
      subject: name,
      issuer: name,
      notBefore: wholeSeconds(now.getTime() - CLOCK_SKEW_MS),
      notAfter: wholeSeconds(now.getTime() + plan.ca.validityDays * DAY_MS),
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signingAlgorithm: signingParams(kind),
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign |
            x509.KeyUsageFlags.cRLSign |
            x509.KeyUsageFlags.digitalSignature,
          true,
        ),
        ski,
        new x509.AuthorityKeyIdentifierExtension(ski.keyId, false),
      ],
    },
    crypto,
  );
  const keyPem = await exportPrivateKeyPem(keys.privateKey, crypto);
  return {
    cert,
    certPem: toPem('CERTIFICATE', cert.rawData),
    keyPem,
    key: keys.privateKey,
    kind,
    subjectKeyId: ski.keyId,
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
  const certs = readCertificates(input.cert);
  if (certs.length === 0)
    return fail('input-not-pki', msg('ca.no-certificate', { file: certName }), certPath);
  // A bundle may hold the CA with its parents: take the certificate that belongs to the key.
  let cert: x509.X509Certificate | undefined;
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
  const subjectKeyId =
    skiExt?.keyId ??
    (await x509.SubjectKeyIdentifierExtension.create(cert.publicKey, false, crypto)).keyId;
  return ok({
    cert,
    certPem: toPem('CERTIFICATE', cert.rawData),
    keyPem: toPem('PRIVATE KEY', key.value.pkcs8),
    key: key.value.key,
    kind: key.value.kind,
    subjectKeyId,
  });
}

/** Every certificate in PEM text or a DER blob; unreadable blocks are skipped. */
function readCertificates(input: string | Uint8Array): x509.X509Certificate[] {
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
