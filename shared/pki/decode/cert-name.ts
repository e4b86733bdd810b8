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
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return undefined;
  // ASCII is UTF-8: one flat string at once, not one grown a character at a time.
  return utf8.decode(bytes);
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

/** What RFC 4514 escaping below would change. */
const NEEDS_ESCAPE = /[\\"+,;<>]|^[ #]| $/;

/** RFC 4514 escaping, exactly as the inspector has always shown names. */
export const escapeRdnValue = (v: string): string =>
  // Most values need nothing: one test instead of three replacements.
  !NEEDS_ESCAPE.test(v)
    ? v
    : v
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
  /** One AttributeTypeAndValue as `[type, value]`, noting CN and O; undefined if unusual. */
  const attribute = (attr: Tlv): [string, string] | undefined => {
    const tv = attr.tag === TAG.sequence ? childrenOf(b, attr) : undefined;
    if (tv?.length !== 2) return undefined;
    const oid = oidOf(b, tv[0]);
    const value = stringOf(b, tv[1]!);
    if (oid === undefined || value === undefined) return undefined;
    const type = ATTR_NAMES[oid] ?? oid;
    if (type === 'CN' && commonName === undefined) commonName = value;
    if (type === 'O') organization.push(value);
    return [type, value];
  };
  for (let r = 0; r < rdns.length; r++) {
    const rdn = rdns[r]!;
    const attrs = rdn.tag === TAG.set ? childrenOf(b, rdn) : undefined;
    if (attrs === undefined || attrs.length === 0) return undefined;
    if (attrs.length === 1) {
      // The usual RDN, one attribute: no grouping to do.
      const one = attribute(attrs[0]!);
      if (one === undefined) return undefined;
      parts.push(`${one[0]}=${escapeRdnValue(one[1])}`);
      continue;
    }
    // The library groups values by type inside one RDN, in order of each type's first use.
    const byType = new Map<string, string[]>();
    for (const attr of attrs) {
      const tv = attribute(attr);
      if (tv === undefined) return undefined;
      const list = byType.get(tv[0]);
      if (list) list.push(tv[1]);
      else byType.set(tv[0], [tv[1]]);
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

/** "00" to "99". */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Days in `month` (1-12) of `year` in the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` as a number. */
const two = (c: Uint8Array, i: number): number => (c[i]! - 0x30) * 10 + (c[i + 1]! - 0x30);

/** UTCTime `YYMMDDHHMMSSZ` or GeneralizedTime `YYYYMMDDHHMMSSZ` as ISO text; other forms undefined. */
export function timeOf(b: Uint8Array, t: Tlv): string | undefined {
  // Read from the bytes (two per certificate, thousands per bundle): no strings until the result.
  const c = contentOf(b, t);
  const size = t.tag === TAG.utcTime ? 13 : t.tag === TAG.generalizedTime ? 15 : 0;
  if (size === 0 || c.length !== size || c[size - 1] !== 0x5a) return undefined;
  for (let i = 0; i < size - 1; i++) if (c[i]! < 0x30 || c[i]! > 0x39) return undefined;
  let year: number;
  let at: number;
  if (size === 13) {
    const yy = two(c, 0);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    at = 2;
  } else {
    year = two(c, 0) * 100 + two(c, 2);
    at = 4;
    // Years before 1000 (not four digits below) are left to the library.
    if (year < 1000) return undefined;
  }
  const mo = two(c, at);
  const d = two(c, at + 2);
  const h = two(c, at + 4);
  const mi = two(c, at + 6);
  const se = two(c, at + 8);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return undefined;
  // A day past the month's end would roll over in a Date; the library's own reading is kept for
  // those.
  if (d > daysInMonth(year, mo)) return undefined;
  // Date's toISOString() of the same instant, written out without a Date (a four-digit year).
  return `${year}-${TWO_DIGITS[mo]}-${TWO_DIGITS[d]}T${TWO_DIGITS[h]}:${TWO_DIGITS[mi]}:${TWO_DIGITS[se]}.000Z`;
}
