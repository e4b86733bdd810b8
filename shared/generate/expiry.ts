/**
 * Expiry overview: a text table and an iCalendar file with a reminder 30 days before each
 * certificate expires (RFC 5545: CRLF line ends, lines folded at 75 octets).
 */
import { displayWidth, padDisplay } from '../text/display-width';
import type { BundleInput, BundleFile } from './types';

const DAY_MS = 86_400_000;

/** Primary order of the characters a certificate id can hold, as Unicode's root collation has it. */
const RANK = new Map([...'_-:.0123456789abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, i]));

/**
 * Orders certificate ids (`server:…`, `peer:…`, `client:…`; names of letters, digits, `.`, `_`,
 * `-`) exactly as `localeCompare` does (case-insensitively first, then lower case before upper)
 * without it: the first localeCompare of a process loads ICU's collator, tens of milliseconds
 * of a command line's start-up.
 */
export function compareIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const d =
      (RANK.get(la[i]!) ?? 0x10000 + la.charCodeAt(i)) -
      (RANK.get(lb[i]!) ?? 0x10000 + lb.charCodeAt(i));
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (la.length !== lb.length) return la.length < lb.length ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    const lowerA = a[i] === la[i];
    const lowerB = b[i] === lb[i];
    if (lowerA !== lowerB) return lowerA ? -1 : 1;
  }
  return 0;
}

/** One row of the expiry overview. */
export interface ExpiryEntry {
  readonly id: string;
  readonly commonName: string;
  readonly notAfter: string;
  readonly fingerprintSha256: string;
  readonly daysLeft: number;
}

/** CA first, then leaves by expiry date; days counted from `now`, rounded down. */
export function expiryEntries(input: BundleInput): ExpiryEntry[] {
  const days = (iso: string) => Math.floor((Date.parse(iso) - input.now.getTime()) / DAY_MS);
  const ca: ExpiryEntry = {
    id: 'ca',
    commonName: input.ca.subject,
    notAfter: input.ca.notAfter,
    fingerprintSha256: input.ca.fingerprintSha256,
    daysLeft: days(input.ca.notAfter),
  };
  const leaves = [...input.certs]
    .sort((a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter) || compareIds(a.id, b.id))
    .map((c) => ({
      id: c.id,
      commonName: c.commonName,
      notAfter: c.notAfter,
      fingerprintSha256: c.fingerprintSha256,
      daysLeft: days(c.notAfter),
    }));
  return [ca, ...leaves];
}

/** The words of expiry.txt and expiry.ics, per language; dates stay ISO in both. */
interface ExpiryWords {
  readonly emptyCn: string;
  readonly expired: (days: number) => string;
  readonly head: readonly [string, string, string, string];
  readonly intro: (now: string) => readonly string[];
  readonly summary: (id: string) => string;
  readonly description: (e: ExpiryEntry) => string;
}

const EN: ExpiryWords = {
  emptyCn: '(empty CN)',
  expired: (d) => `EXPIRED ${d} days ago`,
  head: ['certificate', 'subject / CN', 'not after (UTC)', 'days left'],
  intro: (now) => [
    `Certificate expiry, counted from ${now} (etcd TLS Wizard).`,
    'Renew before the date: etcd reads certificates on each new connection, so replaced files',
    'take effect without a restart. expiry.ics holds a reminder 30 days before each date.',
  ],
  summary: (id) => `Renew etcd certificate ${id} (expires in 30 days)`,
  description: (e) =>
    `Certificate ${e.id} (CN "${e.commonName}") expires ${e.notAfter}. SHA-256 fingerprint ${e.fingerprintSha256}.`,
};

const ZH: ExpiryWords = {
  emptyCn: '（CN 为空）',
  expired: (d) => `已过期 ${d} 天`,
  head: ['证书', '主题 / CN', '到期时间 (UTC)', '剩余天数'],
  intro: (now) => [
    `证书到期一览，从 ${now} 起算（etcd TLS Wizard）。`,
    '请在到期前续期：etcd 每次建立新连接都会读取证书，替换文件后无需重启即可生效。',
    'expiry.ics 为每个到期日提前 30 天设了提醒。',
  ],
  summary: (id) => `续期 etcd 证书 ${id}（30 天后到期）`,
  description: (e) =>
    `证书 ${e.id}（CN "${e.commonName}"）将于 ${e.notAfter} 到期。SHA-256 指纹 ${e.fingerprintSha256}。`,
};

const words = (input: BundleInput): ExpiryWords => (input.plan.language === 'zh-CN' ? ZH : EN);

/** expiry.txt: aligned columns (by terminal width, for Chinese headings), one certificate a line. */
export function expiryText(input: BundleInput): BundleFile {
  const w = words(input);
  const rows = expiryEntries(input).map((e) => [
    e.id,
    e.commonName === '' ? w.emptyCn : e.commonName,
    e.notAfter,
    e.daysLeft < 0 ? w.expired(-e.daysLeft) : String(e.daysLeft),
  ]);
  const head = [...w.head];
  const widths = head.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : padDisplay(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const content = [
    ...w.intro(input.now.toISOString()),
    '',
    line(head),
    line(widths.map((n) => '-'.repeat(n))),
    ...rows.map(line),
    '',
  ].join('\n');
  return { path: 'expiry.txt', content, mode: 'public' };
}

const pad = (n: number) => String(n).padStart(2, '0');
const icsDate = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const icsStamp = (d: Date) =>
  `${icsDate(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** RFC 5545 §3.3.11 TEXT escaping. */
export const icsEscape = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** UTF-8 length of one code point (what RFC 5545 counts as octets). */
const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** RFC 5545 §3.1 folding: at most 75 octets per line, never splitting a UTF-8 character. */
export function icsFold(line: string): string {
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const n = utf8Length(cp);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + n > limit) {
      out.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += n;
    i += cp > 0xffff ? 2 : 1;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

/** expiry.ics: one all-day VEVENT per certificate, 30 days before it expires. */
export function expiryCalendar(input: BundleInput): BundleFile {
  const w = words(input);
  const stamp = icsStamp(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//etcd TLS Wizard//expiry//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const e of expiryEntries(input)) {
    const remind = new Date(Date.parse(e.notAfter) - 30 * DAY_MS);
    const next = new Date(remind.getTime() + DAY_MS);
    const uid = `${e.fingerprintSha256.replace(/[^0-9A-Za-z]/g, '').toLowerCase()}-${e.id.replace(/[^0-9A-Za-z-]/g, '-')}@etcd-tls-wizard`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(remind)}`,
      `DTEND;VALUE=DATE:${icsDate(next)}`,
      `SUMMARY:${icsEscape(w.summary(e.id))}`,
      `DESCRIPTION:${icsEscape(w.description(e))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return {
    path: 'expiry.ics',
    content: `${lines.map(icsFold).join('\r\n')}\r\n`,
    mode: 'public',
  };
}
