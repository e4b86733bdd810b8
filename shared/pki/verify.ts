/**
 * Quick checks the app runs itself, before and without openssl: does a certificate chain to a
 * CA, and does a key belong to a certificate.
 */
import { readPrivateKey } from './key-formats';
import { privateKeyMatchesSpki } from './keys';
import { pemBlocks } from './pem';
import * as x509 from './x509';
import type { BufferSource, Crypto } from './webcrypto';

/** The outcome of a chain check; `reason` says what failed, for the UI and the CLI. */
export type ChainCheck =
  { readonly valid: true } | { readonly valid: false; readonly reason: string };

function firstCert(pem: string): x509.X509Certificate | undefined {
  const block = pemBlocks(pem).find((b) => b.label === 'CERTIFICATE');
  if (!block) return undefined;
  try {
    return new x509.X509Certificate(block.der as BufferSource);
  } catch {
    return undefined;
  }
}

/**
 * Checks that `certPem` was issued by `caPem`: issuer name equals the CA subject, the Authority
 * Key Identifier (when both sides have one) equals the CA's Subject Key Identifier, and the CA
 * key verifies the signature. With `now`, also that both are within their validity.
 */
export async function verifyChain(
  certPem: string,
  caPem: string,
  crypto: Crypto,
  now?: Date,
): Promise<ChainCheck> {
  const cert = firstCert(certPem);
  if (!cert) return { valid: false, reason: 'the certificate is not readable PEM' };
  const ca = firstCert(caPem);
  if (!ca) return { valid: false, reason: 'the CA certificate is not readable PEM' };
  if (!namesEqual(cert.issuerName, ca.subjectName))
    return { valid: false, reason: `issuer "${cert.issuer}" is not the CA "${ca.subject}"` };
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId;
  const ski = ca.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
  if (aki && ski && aki.toLowerCase() !== ski.toLowerCase())
    return {
      valid: false,
      reason: `authority key id ${aki} is not the CA's subject key id ${ski}`,
    };
  let signed: boolean;
  try {
    signed = await cert.verify({ publicKey: ca.publicKey, signatureOnly: true }, crypto);
  } catch {
    signed = false;
  }
  if (!signed) return { valid: false, reason: 'the signature does not verify with the CA key' };
  if (now) {
    for (const [what, c] of [
      ['certificate', cert],
      ['CA', ca],
    ] as const) {
      if (now < c.notBefore)
        return {
          valid: false,
          reason: `the ${what} is not valid before ${c.notBefore.toISOString()}`,
        };
      if (now > c.notAfter)
        return { valid: false, reason: `the ${what} expired ${c.notAfter.toISOString()}` };
    }
  }
  return { valid: true };
}

/** RFC 5280 name comparison, simplified: same attributes and values (case-insensitive, trimmed). */
function namesEqual(a: x509.Name, b: x509.Name): boolean {
  const norm = (n: x509.Name) =>
    JSON.stringify(
      n.toJSON().map((rdn) =>
        Object.entries(rdn)
          .map(([k, vs]) => [k, vs.map((v) => v.trim().replace(/\s+/g, ' ').toLowerCase())])
          .sort(),
      ),
    );
  return norm(a) === norm(b);
}

/**
 * True when the private key (PEM or DER, unencrypted: PKCS#8, PKCS#1 or SEC1) belongs to the
 * certificate. Unreadable input is simply not a match.
 */
export async function keyMatchesCertificate(
  keyPem: string | Uint8Array,
  certPem: string,
  crypto: Crypto,
): Promise<boolean> {
  const cert = firstCert(certPem);
  if (!cert) return false;
  const key = await readPrivateKey(keyPem, crypto);
  if (!key.ok) return false;
  return privateKeyMatchesSpki(key.value.key, key.value.kind, cert.publicKey.rawData, crypto);
}
