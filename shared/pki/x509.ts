/**
 * The one entry point to @peculiar/x509: it needs reflect-metadata loaded first (its ASN.1
 * schemas use decorators), and it needs a WebCrypto, which shared/ never reads from a global.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { toHex } from './pem';
import type { Crypto } from './webcrypto';

export * from '@peculiar/x509';
export { x509 };

/** Makes `crypto` the provider for @peculiar/x509 calls that take no explicit crypto argument. */
export function useCrypto(crypto: Crypto): void {
  x509.cryptoProvider.set(crypto);
}

/**
 * A random positive 16-byte serial as hex: 128 bits of entropy less one (CA/B Forum asks for at
 * least 64), first byte 0x01..0x7f so DER needs no 00 pad and the length is always 16 bytes.
 */
export function randomSerialHex(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = bytes[0]! & 0x7f || 0x01;
  return toHex(bytes);
}

/** SHA-256 of the DER, upper-case hex with colons (as `openssl x509 -fingerprint -sha256`). */
export async function fingerprintSha256(
  cert: x509.X509Certificate,
  crypto: Crypto,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', cert.rawData);
  return toHex(digest, ':').toUpperCase();
}

/**
 * A subject of O then CN (the usual RDN order). An empty CN is left out rather than written
 * empty (etcd's gateway rejects any CN when auth is on:
 * docs/etcd-tls.md#the-gateway-refuses-certificates-with-a-common-name); the caller makes sure
 * something remains, since a totally empty subject breaks many tools.
 */
export function subjectName(commonName: string, organization?: string): x509.Name {
  const rdns: x509.JsonName = [];
  if (organization) rdns.push({ O: [organization] });
  if (commonName) rdns.push({ CN: [commonName] });
  if (rdns.length === 0) throw new Error('subjectName: a subject needs a CN or an O');
  return new x509.Name(rdns);
}
