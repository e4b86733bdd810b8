/**
 * The fast certificate reader: every field of the decoded model straight from DER with the
 * bounded reader, about a hundred times quicker than @peculiar/x509's schema parser (1,000
 * certificates must list within a second). It is strict: any structure or value it does not
 * read exactly as the library does returns undefined, and cert.ts then asks the library.
 */
import {
  TAG,
  childrenOf,
  contentOf,
  oidOf,
  walkCertificate,
  type CertificateWalk,
  type Tlv,
} from './der';
import {
  EXT,
  LIBRARY_PARSED,
  akiOf,
  bcOf,
  booleanOf,
  ekuOf,
  kuOf,
  sanOf,
  skiOf,
  valueElement,
} from './cert-ext';
import { nameOf, timeOf } from './cert-name';
import type { DecodedCertificate } from '../model';

/** What the fast reader finds; the rest (hashes, PEM, key, serial) is common to both readers. */
export type CertFields = Pick<
  DecodedCertificate,
  | 'subject'
  | 'issuer'
  | 'notBefore'
  | 'notAfter'
  | 'sans'
  | 'keyUsage'
  | 'extKeyUsage'
  | 'basicConstraints'
  | 'subjectKeyId'
  | 'authorityKeyId'
>;

/** AlgorithmIdentifier: SEQUENCE { OID, parameters? }. */
const isAlgId = (b: Uint8Array, t: Tlv | undefined): boolean => {
  const kids = t?.tag === TAG.sequence ? childrenOf(b, t) : undefined;
  return (
    kids !== undefined && kids.length >= 1 && kids.length <= 2 && oidOf(b, kids[0]) !== undefined
  );
};

const KNOWN: ReadonlySet<string> = new Set(Object.values(EXT));

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads extensions into `out`; false when one must be left to the library. */
function readExtensions(b: Uint8Array, list: Tlv, out: Mutable<CertFields>): boolean {
  const exts = list.tag === TAG.sequence ? childrenOf(b, list) : undefined;
  if (exts === undefined) return false;
  const seen = new Set<string>();
  for (let e = 0; e < exts.length; e++) {
    const ext = exts[e]!;
    const kids = ext.tag === TAG.sequence ? childrenOf(b, ext) : undefined;
    if (kids === undefined || kids.length < 2 || kids.length > 3) return false;
    const oid = oidOf(b, kids[0]);
    if (oid === undefined || seen.has(oid) || LIBRARY_PARSED.has(oid)) return false;
    seen.add(oid);
    let critical = false;
    if (kids.length === 3) {
      const c = booleanOf(b, kids[1]!);
      if (c === undefined) return false;
      critical = c;
    }
    const octets = kids[kids.length - 1]!;
    if (octets.tag !== TAG.octetString) return false;
    if (!KNOWN.has(oid)) continue; // the library keeps unknown extensions as raw bytes
    const v = valueElement(b, octets);
    if (v === undefined) return false;
    switch (oid) {
      case EXT.san: {
        const sans = sanOf(b, v);
        if (sans === undefined) return false;
        out.sans = sans;
        break;
      }
      case EXT.ku: {
        const usages = kuOf(b, v);
        if (usages === undefined) return false;
        out.keyUsage = { critical, usages };
        break;
      }
      case EXT.eku: {
        const usages = ekuOf(b, v);
        if (usages === undefined) return false;
        out.extKeyUsage = { critical, usages };
        break;
      }
      case EXT.bc: {
        const bc = bcOf(b, v);
        if (bc === undefined) return false;
        out.basicConstraints = {
          critical,
          ca: bc.ca,
          ...(bc.pathLen !== undefined ? { pathLen: bc.pathLen } : {}),
        };
        break;
      }
      case EXT.ski: {
        const id = skiOf(b, v);
        if (id === undefined) return false;
        out.subjectKeyId = id;
        break;
      }
      case EXT.aki: {
        const id = akiOf(b, v);
        if (id === undefined) return false;
        if (id !== null) out.authorityKeyId = id;
        break;
      }
    }
  }
  return true;
}

/**
 * Names, validity and extensions of a certificate whose outer shape the caller has checked, or
 * undefined when anything in it is outside what this reader handles exactly like the library.
 */
export function fastCertificateFields(
  b: Uint8Array,
  root: Tlv,
  walk: CertificateWalk = walkCertificate(b, root),
): CertFields | undefined {
  const outer = root.tag === TAG.sequence ? walk.outer : undefined;
  if (outer?.length !== 3 || outer[2]!.tag !== TAG.bitString || !isAlgId(b, outer[1]))
    return undefined;
  const tbs = outer[0]!.tag === TAG.sequence ? walk.tbs : undefined;
  if (tbs === undefined) return undefined;
  let i = 0;
  if (tbs[0]?.tag === TAG.context0) {
    const v = childrenOf(b, tbs[0]);
    const n = v?.[0]?.tag === TAG.integer && v.length === 1 ? contentOf(b, v[0]) : undefined;
    if (n?.length !== 1 || n[0]! > 2) return undefined;
    i = 1;
  }
  // Indexed, not destructured: destructuring walks an iterator, an object per element.
  const serial = tbs[i];
  const sigAlg = tbs[i + 1];
  const issuerTlv = tbs[i + 2];
  const validity = tbs[i + 3];
  const subjectTlv = tbs[i + 4];
  const spki = tbs[i + 5];
  const rest = tbs.slice(i + 6);
  if (serial?.tag !== TAG.integer || !isAlgId(b, sigAlg) || spki?.tag !== TAG.sequence)
    return undefined;
  if (validity?.tag !== TAG.sequence || issuerTlv === undefined || subjectTlv === undefined)
    return undefined;
  const spkiKids = childrenOf(b, spki);
  if (spkiKids?.length !== 2 || !isAlgId(b, spkiKids[0]) || spkiKids[1]!.tag !== TAG.bitString)
    return undefined;
  const times = childrenOf(b, validity);
  const notBefore = times?.length === 2 ? timeOf(b, times[0]!) : undefined;
  const notAfter = times?.length === 2 ? timeOf(b, times[1]!) : undefined;
  const subject = nameOf(b, subjectTlv);
  const issuer = nameOf(b, issuerTlv);
  if (!notBefore || !notAfter || !subject || !issuer) return undefined;
  const out: Mutable<CertFields> = { subject, issuer, notBefore, notAfter, sans: [] };
  // Unique identifiers ([1], [2]) are rare enough to leave to the library.
  if (rest.length > 1 || (rest[0] !== undefined && rest[0].tag !== 0xa3)) return undefined;
  if (rest[0] !== undefined) {
    const list = childrenOf(b, rest[0]);
    if (list?.length !== 1 || !readExtensions(b, list[0]!, out)) return undefined;
  }
  return out;
}
