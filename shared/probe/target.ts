/**
 * Reads the URLs a live check dials. etcd's URLs are `scheme://host:port` with nothing after;
 * like etcdctl, a bare `host:port` means TLS when certificates are given, and a missing port means
 * etcd's client port 2379.
 */
import { parseGoIp } from '../pki/hostname';

/** A URL the probe can dial. */
export interface ProbeTarget {
  readonly scheme: 'https' | 'http';
  /** Host without brackets (an IPv6 literal stays as written inside them). */
  readonly host: string;
  readonly port: number;
  /** True when the host is an IP literal (no SNI is sent for those). */
  readonly isIp: boolean;
  /** `scheme://host:port`, brackets around IPv6. */
  readonly dialled: string;
}

/** Why a URL cannot be dialled; each has its own words in the message tables. */
export type TargetProblem = 'syntax' | 'scheme' | 'path' | 'port' | 'unspecified';

/** A parsed URL, or the reason it is unusable. */
export type TargetParse =
  | { readonly ok: true; readonly target: ProbeTarget }
  | { readonly ok: false; readonly problem: TargetProblem };

/** etcd's default client port, used when a URL has none. */
export const DEFAULT_ETCD_PORT = 2379;

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]\s]+\]|[^/:?#\s[\]]+)(?::(\d*))?([/?#].*)?$/i;
/** True for 0.0.0.0 and :: (in any spelling): listen-only addresses, nothing can be dialled there. */
function isUnspecified(ip: Uint8Array | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.subarray(0, 12).every((b, i) => (i < 10 ? b === 0 : b === 0xff));
  return (v4 ? ip.subarray(12) : ip).every((b) => b === 0);
}

/** Parses one URL (`https://10.0.0.1:2379`, `http://[::1]:2380`, `etcd-0:2379`, `name=https://…`). */
export function parseProbeTarget(raw: string): TargetParse {
  let text = raw.trim().replace(/^[^=\s/]+=(?=[a-z][a-z0-9+.-]*:\/\/)/i, ''); // initial-cluster
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  const scheme = text.slice(0, text.indexOf(':')).toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, problem: 'scheme' };
  const m = URL_SHAPE.exec(text);
  if (!m) return { ok: false, problem: 'syntax' };
  const rest = m[4] ?? '';
  if (rest !== '' && rest !== '/') return { ok: false, problem: 'path' };
  const bracketed = m[2]!.startsWith('[');
  const host = bracketed ? m[2]!.slice(1, -1) : m[2]!;
  const ip = parseGoIp(host);
  const isIp = ip !== undefined;
  if (bracketed && !host.includes(':')) return { ok: false, problem: 'syntax' };
  if (!bracketed && host.includes(':')) return { ok: false, problem: 'syntax' };
  if (isUnspecified(ip)) return { ok: false, problem: 'unspecified' };
  const portText = m[3];
  const port = portText === undefined || portText === '' ? DEFAULT_ETCD_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, problem: 'port' };
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    ok: true,
    target: { scheme, host, port, isIp, dialled: `${scheme}://${urlHost}:${port}` },
  };
}

/** URLs typed or pasted: separated by spaces, commas or new lines; duplicates removed. */
export function splitProbeUrls(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const token of text.split(/[\s,]+/)) {
    const t = token.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
