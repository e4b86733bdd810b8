/**
 * Distinguished names, strings and times read straight from DER with the bounded reader, giving
 * the same text @peculiar/x509 gives (RFC 4514 order and escaping, its attribute short names,
 * type-grouped multi-valued RDNs). Anything outside the common forms returns undefined so the
 * caller can hand the certificate to the library instead of guessing.
 */
import { TAG, childrenOf, contentOf, oidOf, type Tlv } from './der';
import type { DistinguishedName } from '../model';
import {
  id_at_commonName,
  id_at_countryName,
  id_at_givenName,
  id_at_initials,
  id_at_localityName,
  id_at_organizationalUnitName,
  id_at_organizationName,
  id_at_stateOrProvinceName,
  id_at_surname,
  id_at_title,
  id_domainComponent,
  id_emailAddress,
} from '../oids';

/** The attribute short names @peculiar/x509 prints; other attribute types print as their OID. */
const ATTR_NAMES: Readonly<Record<string, string>> = {
  [id_at_commonName]: 'CN',
  [id_at_localityName]: 'L',
  [id_at_stateOrProvinceName]: 'ST',
  [id_at_organizationName]: 'O',
  [id_at_organizationalUnitName]: 'OU',
  [id_at_countryName]: 'C',
  [id_domainComponent]: 'DC',
  [id_emailAddress]: 'E',
  [id_at_givenName]: 'G',
  [id_at_initials]: 'I',
  [id_at_surname]: 'SN',
  [id_at_title]: 'T',
};

const UTF8_TAG = 0x0c;
const PRINTABLE_TAG = 0x13;
const IA5_TAG = 0x16;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** ASCII bytes as a string; undefined when a byte is not ASCII (the library reads those as Latin-1). */
export function asciiOf(bytes: Uint8Array): string | undefined {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) return undefined;
    s += String.fromCharCode(c);
  }
  return s;
}

/** A directory string value: PrintableString, IA5String or valid UTF8String only. */
function stringOf(b: Uint8Array, t: Tlv): string | undefined {
  if (t.tag === PRINTABLE_TAG || t.tag === IA5_TAG) return asciiOf(contentOf(b, t));
  if (t.tag !== UTF8_TAG) return undefined;
  try {
    return utf8.decode(contentOf(b, t));
  } catch {
    // Invalid UTF-8: the library throws; let it, so the error text stays the same.
    return undefined;
  }
}

/** RFC 4514 escaping, exactly as the inspector has always shown names. */
export const escapeRdnValue = (v: string): string =>
  v
    .replace(/[\\"+,;<>]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');

/** A Name (SEQUENCE OF SET OF AttributeTypeAndValue) to text, CN and O; undefined if unusual. */
export function nameOf(b: Uint8Array, name: Tlv): DistinguishedName | undefined {
  if (name.tag !== TAG.sequence) return undefined;
  const rdns = childrenOf(b, name);
  if (rdns === undefined) return undefined;
  const parts: string[] = [];
  let commonName: string | undefined;
  const organization: string[] = [];
  for (const rdn of rdns) {
    const attrs = rdn.tag === TAG.set ? childrenOf(b, rdn) : undefined;
    if (attrs === undefined || attrs.length === 0) return undefined;
    // The library groups values by type inside one RDN, in order of each type's first use.
    const byType = new Map<string, string[]>();
    for (const attr of attrs) {
      const tv = attr.tag === TAG.sequence ? childrenOf(b, attr) : undefined;
      if (tv?.length !== 2) return undefined;
      const oid = oidOf(b, tv[0]);
      const value = stringOf(b, tv[1]!);
      if (oid === undefined || value === undefined) return undefined;
      const type = ATTR_NAMES[oid] ?? oid;
      if (type === 'CN' && commonName === undefined) commonName = value;
      if (type === 'O') organization.push(value);
      const list = byType.get(type);
      if (list) list.push(value);
      else byType.set(type, [value]);
    }
    parts.push(
      [...byType]
        .flatMap(([type, values]) => values.map((v) => `${type}=${escapeRdnValue(v)}`))
        .join('+'),
    );
  }
  return {
    text: parts.reverse().join(','),
    ...(commonName !== undefined ? { commonName } : {}),
    ...(organization.length > 0 ? { organization } : {}),
  };
}

const digits = (s: string): boolean => /^[0-9]+$/.test(s);

/** UTCTime `YYMMDDHHMMSSZ` or GeneralizedTime `YYYYMMDDHHMMSSZ` as ISO text; other forms undefined. */
export function timeOf(b: Uint8Array, t: Tlv): string | undefined {
  const s = asciiOf(contentOf(b, t));
  if (s === undefined || !s.endsWith('Z')) return undefined;
  const body = s.slice(0, -1);
  let year: number;
  let rest: string;
  if (t.tag === TAG.utcTime && body.length === 12 && digits(body)) {
    const yy = Number(body.slice(0, 2));
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    rest = body.slice(2);
  } else if (t.tag === TAG.generalizedTime && body.length === 14 && digits(body)) {
    year = Number(body.slice(0, 4));
    rest = body.slice(4);
    // Date.UTC maps years 0-99 to 19xx; such dates are left to the library.
    if (year < 1000) return undefined;
  } else {
    return undefined;
  }
  const [mo, d, h, mi, se] = [0, 2, 4, 6, 8].map((i) => Number(rest.slice(i, i + 2))) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return undefined;
  const date = new Date(Date.UTC(year, mo - 1, d, h, mi, se));
  // A day past the month's end would roll over; the library's own reading is kept for those.
  if (date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}
