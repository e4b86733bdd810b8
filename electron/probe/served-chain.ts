/**
 * The chain a member served, as the probe judges it: decoded like a dropped file, and Node's
 * signature check (X509Certificate.verify) for the pure chain rules of shared/probe/chain.ts.
 */
import { X509Certificate } from 'node:crypto';
import { decodeBytes } from '../../shared/pki/decode';
import type { DecodedCertificate } from '../../shared/pki/model';
import type { SignatureCheck } from '../../shared/probe/chain';
import { webCrypto } from '../node/node-crypto';

/** Node's signature check of `child` with `parent`'s public key. */
export const nodeSignatureCheck: SignatureCheck = (child, parent) => {
  try {
    return new X509Certificate(child.pem).verify(new X509Certificate(parent.pem).publicKey);
  } catch {
    return false;
  }
};

/** Decodes the DER certificates of a handshake, leaf first; unreadable ones are left out. */
export async function decodeChain(ders: readonly Uint8Array[]): Promise<DecodedCertificate[]> {
  const out: DecodedCertificate[] = [];
  for (const [i, der] of ders.entries()) {
    const r = await decodeBytes(der, `served-${i}.der`, { crypto: webCrypto });
    const cert = r.ok ? r.value.items.find((x) => x.kind === 'certificate') : undefined;
    if (cert?.kind === 'certificate') out.push(cert);
  }
  return out;
}
