/**
 * Tells DER structures apart by shape, because a `.der`/`.crt`/`.key` file carries no label:
 * certificate, CSR, CRL, private key (PKCS#8, encrypted PKCS#8, PKCS#1, SEC1), PKCS#7 bundle,
 * bare public key, and PKCS#12 (which is often BER, so it is recognised before DER validation).
 */
import { TAG, childrenOf, contentOf, oidOf, readTlv, rememberWalk, type Tlv } from './der';
import { id_data, id_encryptedData, id_signedData } from '../oids';

/** What a DER element is. */
export type DerKind =
  | 'certificate'
  | 'csr'
  | 'crl'
  | 'pkcs8'
  | 'pkcs8-encrypted'
  | 'pkcs1'
  | 'sec1'
  | 'pkcs7'
  | 'spki'
  | 'unknown';

const isTime = (t: Tlv): boolean => t.tag === TAG.utcTime || t.tag === TAG.generalizedTime;

/** Classifies a validated DER element. */
export function sniffDer(b: Uint8Array, root: Tlv): DerKind {
  if (root.tag !== TAG.sequence) return 'unknown';
  const kids = childrenOf(b, root);
  if (kids === undefined || kids.length === 0) return 'unknown';
  const [k0, k1, k2] = kids;
  if (k0!.tag === TAG.oid) return oidOf(b, k0) === id_signedData ? 'pkcs7' : 'unknown';
  if (k0!.tag === TAG.sequence) {
    if (kids.length === 3 && k1?.tag === TAG.sequence && k2?.tag === TAG.bitString) {
      const tbsKids = childrenOf(b, k0!);
      rememberWalk(b, root, { outer: kids, tbs: tbsKids });
      const tbs = tbsKids ?? [];
      // A CRL's TBS holds thisUpdate directly; a certificate's times sit inside Validity.
      if (tbs.slice(0, 5).some(isTime)) return 'crl';
      if (tbs[0]?.tag === 0xa0 || tbs.length >= 6) return 'certificate';
      if (
        tbs[0]?.tag === TAG.integer &&
        tbs[1]?.tag === TAG.sequence &&
        tbs[2]?.tag === TAG.sequence
      )
        return 'csr';
      return 'unknown';
    }
    if (kids.length === 2 && k1?.tag === TAG.bitString) return 'spki';
    if (kids.length === 2 && k1?.tag === TAG.octetString) return 'pkcs8-encrypted';
    return 'unknown';
  }
  if (k0!.tag === TAG.integer) {
    if (kids.length >= 9 && kids.every((k) => k.tag === TAG.integer)) return 'pkcs1';
    if (k1?.tag === TAG.sequence && k2?.tag === TAG.octetString) return 'pkcs8';
    if (k1?.tag === TAG.octetString && contentOf(b, k0!).at(-1) === 1) return 'sec1';
  }
  return 'unknown';
}

/**
 * True for a PKCS#12 PFX: SEQUENCE { INTEGER 3, ContentInfo { data | encryptedData … } }. Read
 * leniently (indefinite lengths allowed) because OpenSSL and Java write PFX files in BER.
 */
export function looksLikePkcs12(b: Uint8Array): boolean {
  if (b.length < 20 || b[0] !== 0x30) return false;
  const header = (at: number): number | undefined => {
    const first = b[at + 1];
    if (first === undefined) return undefined;
    if (first === 0x80 || first < 0x80) return at + 2;
    const n = first & 0x7f;
    return n <= 4 ? at + 2 + n : undefined;
  };
  const afterOuter = header(0);
  if (afterOuter === undefined) return false;
  const version = readTlv(b, afterOuter);
  if (!version.ok || version.tlv.tag !== TAG.integer || contentOf(b, version.tlv).at(-1) !== 3)
    return false;
  if (b[version.tlv.end] !== 0x30) return false;
  const afterCi = header(version.tlv.end);
  if (afterCi === undefined) return false;
  const oid = readTlv(b, afterCi);
  if (!oid.ok) return false;
  const text = oidOf(b, oid.tlv);
  return text === id_data || text === id_encryptedData;
}
