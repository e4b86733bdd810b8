/**
 * The six certificate extensions the inspector shows (SAN, KU, EKU, BC, SKI, AKI), read with the
 * bounded DER reader and giving exactly what @peculiar/x509 gave. Any form the library would
 * read differently or refuse returns undefined, and the caller falls back to the library.
 */
import { TAG, childrenOf, contentOf, oidOf, readTlv, toHex, type Tlv } from './der';
import { asciiOf } from './cert-name';
import type { ExtKeyUsage, KeyUsage, San } from '../model';
import {
  EKU_NAMES,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_certificatePolicies,
  id_ce_cRLDistributionPoints,
  id_ce_extKeyUsage,
  id_ce_issuerAltName,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_pe_authorityInfoAccess,
} from '../oids';

/** Extension OIDs read here. */
export const EXT = {
  san: id_ce_subjectAltName,
  ku: id_ce_keyUsage,
  eku: id_ce_extKeyUsage,
  bc: id_ce_basicConstraints,
  ski: id_ce_subjectKeyIdentifier,
  aki: id_ce_authorityKeyIdentifier,
} as const;

/**
 * Extensions @peculiar/x509 parses itself and would refuse when malformed; a certificate holding
 * one of them (other than the six above) goes to the library so its verdict stays the same.
 */
export const LIBRARY_PARSED: ReadonlySet<string> = new Set([
  id_ce_certificatePolicies,
  id_ce_cRLDistributionPoints,
  id_pe_authorityInfoAccess,
  id_ce_issuerAltName,
]);

const KEY_USAGES: readonly KeyUsage[] = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
];

/** The single DER element that fills an extension's OCTET STRING value, or undefined. */
export function valueElement(b: Uint8Array, value: Tlv): Tlv | undefined {
  const r = readTlv(b, value.contentStart, value.end);
  return r.ok && r.tlv.end === value.end ? r.tlv : undefined;
}

/** IP address text as the library formats it (IPv6 lower case, longest zero run compressed). */
function ipText(bytes: Uint8Array): string | undefined {
  if (bytes.length === 4) return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
  if (bytes.length !== 16) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < 16; i += 2) parts.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (parts[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && parts[j] === '0') j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  if (bestLen <= 1) return parts.join(':');
  return `${parts.slice(0, best).join(':')}::${parts.slice(best + bestLen).join(':')}`;
}

/** subjectAltName: DNS, IP, email and URI names; other name forms go to the library. */
export function sanOf(b: Uint8Array, v: Tlv): San[] | undefined {
  const names = v.tag === TAG.sequence ? childrenOf(b, v) : undefined;
  if (names === undefined) return undefined;
  const out: San[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    const bytes = contentOf(b, n);
    if (n.tag === 0x87) {
      const ip = ipText(bytes);
      if (ip === undefined) return undefined;
      out.push({ type: 'ip', value: ip });
      continue;
    }
    const type = n.tag === 0x82 ? 'dns' : n.tag === 0x81 ? 'email' : n.tag === 0x86 ? 'uri' : '';
    const text = asciiOf(bytes);
    if (type === '' || text === undefined) return undefined;
    out.push({ type, value: text });
  }
  return out;
}

/** keyUsage bits, in the model's order; long or odd bit strings go to the library. */
export function kuOf(b: Uint8Array, v: Tlv): KeyUsage[] | undefined {
  const c = v.tag === TAG.bitString ? contentOf(b, v) : undefined;
  if (c === undefined || c.length < 1 || c.length > 4 || c[0]! > 7) return undefined;
  if (c.length === 1 && c[0] !== 0) return undefined;
  const used = (c.length - 1) * 8 - c[0]!;
  return KEY_USAGES.filter((_, k) => k < used && (c[1 + (k >> 3)]! & (0x80 >> (k & 7))) !== 0);
}

/** extKeyUsage purposes, named where the model has a name. */
export function ekuOf(b: Uint8Array, v: Tlv): ExtKeyUsage[] | undefined {
  const oids = v.tag === TAG.sequence ? childrenOf(b, v) : undefined;
  if (oids === undefined) return undefined;
  const out: ExtKeyUsage[] = [];
  for (let i = 0; i < oids.length; i++) {
    const oid = oidOf(b, oids[i]);
    if (oid === undefined) return undefined;
    out.push(EKU_NAMES[oid] ?? oid);
  }
  return out;
}

/** A DER BOOLEAN's value (0x00 or 0xff only). */
export function booleanOf(b: Uint8Array, t: Tlv): boolean | undefined {
  if (t.tag !== 0x01 || t.end - t.contentStart !== 1) return undefined;
  const x = b[t.contentStart]!;
  return x === 0xff ? true : x === 0 ? false : undefined;
}

/** basicConstraints: cA and a small non-negative pathLenConstraint. */
export function bcOf(b: Uint8Array, v: Tlv): { ca: boolean; pathLen?: number } | undefined {
  const kids = v.tag === TAG.sequence ? childrenOf(b, v) : undefined;
  if (kids === undefined || kids.length > 2) return undefined;
  let ca = false;
  let i = 0;
  if (kids[0]?.tag === 0x01) {
    const x = booleanOf(b, kids[0]);
    if (x === undefined) return undefined;
    ca = x;
    i = 1;
  }
  const pl = kids[i];
  if (pl === undefined) return { ca };
  if (i + 1 !== kids.length || pl.tag !== TAG.integer) return undefined;
  const c = contentOf(b, pl);
  // The library reads 4+ byte integers as strings and negatives as negatives: left to it.
  if (c.length < 1 || c.length > 3 || (c[0]! & 0x80) !== 0) return undefined;
  return { ca, pathLen: c.reduce((n, x) => n * 256 + x, 0) };
}

/** subjectKeyIdentifier as lower-case hex (non-empty). */
export function skiOf(b: Uint8Array, v: Tlv): string | undefined {
  return v.tag === TAG.octetString && v.end > v.contentStart ? toHex(contentOf(b, v)) : undefined;
}

/** authorityKeyIdentifier's keyIdentifier; `null` when absent. Issuer and serial forms go to the library. */
export function akiOf(b: Uint8Array, v: Tlv): string | null | undefined {
  const kids = v.tag === TAG.sequence ? childrenOf(b, v) : undefined;
  if (kids === undefined || kids.length > 1) return undefined;
  const k = kids[0];
  if (k === undefined) return null;
  return k.tag === 0x80 && k.end > k.contentStart ? toHex(contentOf(b, k)) : undefined;
}
