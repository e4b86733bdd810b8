/**
 * Endpoints for the grid: typed or pasted URLs and host names, or every URL found in a dropped
 * config (etcd flags or env file, etcd YAML config, kube-apiserver flags, APISIX config.yaml).
 * Only the host part matters for Go's hostname check; the port is kept for display. A dropped
 * etcd config also says which certificate file its member serves at each URL, and an APISIX
 * config that an OpenSSL client dials them: those travel as hints.
 */
import { parse } from 'yaml';

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

/** What a config or the plan says about one endpoint. */
export interface EndpointHint {
  /** The certificate file served there (`cert-file`, `peer-cert-file`), as the config writes it. */
  readonly certFile?: string;
  /** The member it belongs to (`--name` of an etcd config, a plan member). */
  readonly member?: string;
  /** The file the hint came from, or `plan`. */
  readonly from: string;
  /** A client that verifies with OpenSSL (APISIX) dials it. */
  readonly openssl?: boolean;
}

/** Endpoints found in one config, with what it says about each. */
export interface ConfigEndpoints {
  readonly endpoints: readonly string[];
  readonly hints: Readonly<Record<string, EndpointHint>>;
}

const splitUrls = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => parseEndpoint(x) !== undefined);

/**
 * An etcd member's settings by flag name, from any of its three forms: the YAML config file
 * (TLS keys inside `client-transport-security` / `peer-transport-security`), an env file
 * (`ETCD_CERT_FILE=…`) or a flags file (`--cert-file=…`). Unknown keys are kept; nothing throws.
 */
export function etcdSettings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const env = [...text.matchAll(/^\s*(?:export\s+)?ETCD_([A-Z0-9_]+)=(.*)$/gm)];
  for (const m of env)
    out.set(m[1]!.toLowerCase().replace(/_/g, '-'), m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'));
  for (const m of text.matchAll(/(?:^|\s)--([a-z0-9-]+)(?:=|\s+)(?!--)("[^"]*"|'[^']*'|\S+)/g))
    out.set(m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  if (out.size > 0) return out;
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return out;
  }
  if (typeof doc !== 'object' || doc === null) return out;
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if ((k === 'client-transport-security' || k === 'peer-transport-security') && v) {
      const prefix = k.startsWith('peer') ? 'peer-' : '';
      for (const [tk, tv] of Object.entries(v as Record<string, unknown>))
        if (typeof tv === 'string' || typeof tv === 'boolean')
          out.set(`${prefix}${tk}`, String(tv));
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out.set(k, String(v));
  }
  return out;
}

/** The client and peer URLs of an etcd config, each with the certificate file served there. */
export function endpointsFromEtcdConfig(name: string, text: string): ConfigEndpoints | undefined {
  const s = etcdSettings(text);
  const client = splitUrls(s.get('advertise-client-urls'));
  const peer = splitUrls(s.get('initial-advertise-peer-urls'));
  if (client.length + peer.length === 0) return undefined;
  const member = s.get('name');
  const hints: Record<string, EndpointHint> = {};
  const hint = (certFile: string | undefined): EndpointHint => ({
    from: name,
    ...(certFile ? { certFile } : {}),
    ...(member ? { member } : {}),
  });
  for (const u of client) hints[u] = hint(s.get('cert-file'));
  for (const u of peer) hints[u] = hint(s.get('peer-cert-file'));
  return { endpoints: [...client, ...peer], hints };
}

/** The etcd hosts of an APISIX config.yaml (`deployment.etcd.host`): dialled through OpenSSL. */
export function endpointsFromApisixConfig(name: string, text: string): ConfigEndpoints | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const hosts = (doc as { deployment?: { etcd?: { host?: unknown } } } | null)?.deployment?.etcd
    ?.host;
  if (!Array.isArray(hosts)) return undefined;
  const endpoints = hosts.filter((h): h is string => typeof h === 'string' && !!parseEndpoint(h));
  return {
    endpoints,
    hints: Object.fromEntries(endpoints.map((e) => [e, { from: name, openssl: true }])),
  };
}

/** Endpoints of any dropped config: etcd's, APISIX's, else every URL in it. */
export function endpointsFromConfigFile(name: string, text: string): ConfigEndpoints {
  return (
    endpointsFromApisixConfig(name, text) ??
    endpointsFromEtcdConfig(name, text) ?? { endpoints: endpointsFromConfig(text), hints: {} }
  );
}

/** Client URLs of a plan draft with the member each belongs to. */
export function endpointHintsFromPlan(plan: {
  readonly cluster?: {
    readonly clientPort?: number;
    readonly members?: readonly {
      readonly name?: string;
      readonly addresses?: readonly string[];
      readonly clientPort?: number;
    }[];
  };
}): ConfigEndpoints {
  const endpoints: string[] = [];
  const hints: Record<string, EndpointHint> = {};
  for (const m of plan.cluster?.members ?? []) {
    const urls = endpointsFromPlan({ cluster: { ...plan.cluster, members: [m] } });
    for (const u of urls) {
      endpoints.push(u);
      hints[u] = { from: 'plan', ...(m.name ? { member: m.name } : {}) };
    }
  }
  return { endpoints, hints };
}
