/**
 * Endpoints for the grid: typed or pasted URLs and host names, or every URL found in a dropped
 * config (etcd flags or env file, etcd YAML config, kube-apiserver flags, APISIX config.yaml).
 * Only the host part matters for Go's hostname check; the port is kept for display.
 */

/** One endpoint: what the user gave and the host a client would verify. */
export interface Endpoint {
  readonly text: string;
  readonly host: string;
}

const URL_RE = /\bhttps?:\/\/[^\s,"'`;)\]}>]+(?:\][^\s,"'`;)}>]*)?/g;
/** Listen-only addresses: nobody dials them, so they are no endpoint to check. */
const UNSPECIFIED = new Set(['0.0.0.0', '::', '[::]']);

/** Parses one endpoint; undefined when there is no usable host. */
export function parseEndpoint(raw: string): Endpoint | undefined {
  const text = raw.trim().replace(/^[^=\s]+=(?=https?:\/\/)/, ''); // `name=https://…` (initial-cluster)
  if (!text) return undefined;
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      return undefined;
    }
  } else if (text.startsWith('[')) host = text.slice(1, text.indexOf(']'));
  else if ((text.match(/:/g) ?? []).length > 1)
    host = text; // bare IPv6
  else host = text.split(':')[0]!.split('/')[0]!;
  host = host.replace(/^\[|\]$/g, '');
  if (!host || UNSPECIFIED.has(host)) return undefined;
  return { text, host };
}

/** Endpoints typed or pasted: separated by spaces, commas or new lines; duplicates removed. */
export function parseEndpointList(text: string): Endpoint[] {
  const seen = new Set<string>();
  const out: Endpoint[] = [];
  for (const token of text.split(/[\s,]+/)) {
    const e = parseEndpoint(token);
    if (e && !seen.has(e.text)) {
      seen.add(e.text);
      out.push(e);
    }
  }
  return out;
}

/** Every http(s) URL in a config file's text (flags, env, YAML, JSON all spell them the same). */
export function endpointsFromConfig(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(/[.]+$/, '');
    if (parseEndpoint(url)) seen.add(url);
  }
  return [...seen];
}

/** Client URLs of every member of a plan draft, as etcdctl and kube-apiserver would dial them. */
export function endpointsFromPlan(plan: {
  readonly cluster?: {
    readonly clientPort?: number;
    readonly members?: readonly {
      readonly addresses?: readonly string[];
      readonly clientPort?: number;
    }[];
  };
}): string[] {
  const out: string[] = [];
  for (const m of plan.cluster?.members ?? []) {
    const port = m.clientPort ?? plan.cluster?.clientPort ?? 2379;
    for (const a of m.addresses ?? []) {
      if (!a.trim()) continue;
      out.push(`https://${a.includes(':') ? `[${a}]` : a}:${port}`);
    }
  }
  return out;
}
