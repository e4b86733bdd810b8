/**
 * Values computed from a plan that issuance, the generators and the UI all need, so that they
 * agree: which names each certificate covers, which URL each member is reached at.
 */
import { classifyAddress, type Address } from './address';
import type { ClientKind, Plan, PlanMember } from './schema';

/** A client with every default resolved. */
export interface ResolvedClient {
  readonly name: string;
  readonly kind: ClientKind;
  /** May be empty (APISIX with etcd auth on: docs/apisix.md#client-certificate-and-etcd-auth). */
  readonly commonName: string;
  readonly organization?: string;
}

const LOOPBACK: readonly Address[] = [
  { type: 'dns', value: 'localhost' },
  { type: 'ip', value: '127.0.0.1' },
  { type: 'ip', value: '::1' },
];

/** Resolves client shorthands to full entries with kubeadm-compatible names where they exist. */
export function resolveClients(plan: Plan): ResolvedClient[] {
  return plan.clients.map((c) => {
    const entry = typeof c === 'string' ? { name: c, kind: c } : c;
    const kind = entry.kind;
    const defaults: Record<ClientKind, { cn: string; o?: string }> = {
      'kube-apiserver': { cn: 'kube-apiserver-etcd-client', o: 'system:masters' },
      // With etcd auth on and --client-cert-auth, the gateway rejects any client cert with a CN
      // (HTTP 400), and APISIX only uses the gateway
      // (docs/etcd-tls.md#the-gateway-refuses-certificates-with-a-common-name).
      apisix: { cn: plan.etcd.auth ? '' : 'apisix', o: 'apisix' },
      etcdctl: { cn: 'etcdctl', o: undefined },
      custom: { cn: entry.name, o: undefined },
    };
    const d = defaults[kind];
    const cn = 'commonName' in entry && entry.commonName !== undefined ? entry.commonName : d.cn;
    const o =
      'organization' in entry && entry.organization !== undefined ? entry.organization : d.o;
    return o === undefined
      ? { name: entry.name, kind, commonName: cn }
      : { name: entry.name, kind, commonName: cn, organization: o };
  });
}

// Plans and their members are immutable values (zod output, store snapshots): what is derived
// from one is derived once and kept with it, so the generators, which ask for every member's
// addresses from several places, stay linear in the number of members.
const addressMemo = new WeakMap<PlanMember, readonly Address[]>();

/** The classified addresses of a member, in the user's order (parsed once per member). */
export function memberAddresses(member: PlanMember): readonly Address[] {
  let list = addressMemo.get(member);
  if (list === undefined) {
    list = Object.freeze(
      member.addresses.flatMap((a) => {
        const c = classifyAddress(a);
        return c.ok ? [c.address] : [];
      }),
    );
    addressMemo.set(member, list);
  }
  return list;
}

const LOOPBACK_EQUIV: Readonly<Record<string, string>> = { localhost: '127.0.0.1' };
const colocatedMemo = new WeakMap<Plan, ReadonlySet<PlanMember>>();

/**
 * The members that share a host address with another member (a one-machine cluster), found in
 * one pass over every address of the plan.
 */
export function colocatedMembers(plan: Plan): ReadonlySet<PlanMember> {
  let found = colocatedMemo.get(plan);
  if (found === undefined) {
    const owners = new Map<string, PlanMember[]>();
    for (const m of plan.cluster.members) {
      const keys = new Set(memberAddresses(m).map((a) => LOOPBACK_EQUIV[a.value] ?? a.value));
      for (const k of keys) owners.set(k, [...(owners.get(k) ?? []), m]);
    }
    const set = new Set<PlanMember>();
    for (const list of owners.values()) if (list.length > 1) for (const m of list) set.add(m);
    found = set;
    colocatedMemo.set(plan, found);
  }
  return found;
}

/** Ports of a member, with cluster defaults applied. */
export function memberPorts(plan: Plan, member: PlanMember): { client: number; peer: number } {
  return {
    client: member.clientPort ?? plan.cluster.clientPort,
    peer: member.peerPort ?? plan.cluster.peerPort,
  };
}

function dedupe(list: readonly Address[]): Address[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.type}:${a.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** SANs of a member's server (client-port) certificate: its addresses, loopback, extra SANs. */
export function serverSans(plan: Plan, member: PlanMember): Address[] {
  const extra = plan.cluster.extraSans.flatMap((a) => {
    const c = classifyAddress(a, { allowWildcard: true });
    return c.ok ? [c.address] : [];
  });
  return dedupe([
    ...memberAddresses(member),
    ...(plan.cluster.loopbackSans ? LOOPBACK : []),
    ...extra,
  ]);
}

/**
 * SANs of a member's peer certificate: the addresses it is reached at and connects from (etcd
 * checks the source IP of incoming peer connections: docs/etcd-tls.md#peer-source-address-check),
 * plus loopback so that several members on one host can talk.
 */
export function peerSans(plan: Plan, member: PlanMember): Address[] {
  return dedupe([...memberAddresses(member), ...(plan.cluster.loopbackSans ? LOOPBACK : [])]);
}

/** Formats a host for a URL (brackets around IPv6). */
export const urlHost = (a: Address): string =>
  a.type === 'ip' && a.value.includes(':') ? `[${a.value}]` : a.value;

/** The address other machines use to reach a member: its first listed address. */
export function advertiseAddress(member: PlanMember): Address {
  return memberAddresses(member)[0]!;
}

/** `https://host:port` URLs of a member. */
export function memberUrls(plan: Plan, member: PlanMember): { client: string; peer: string } {
  const host = urlHost(advertiseAddress(member));
  const p = memberPorts(plan, member);
  return { client: `https://${host}:${p.client}`, peer: `https://${host}:${p.peer}` };
}

// Every member's configuration carries the whole list: built once per plan, not once per member.
const initialClusterMemo = new WeakMap<Plan, string>();

/** `name=https://host:peerPort,…` for --initial-cluster. */
export function initialCluster(plan: Plan): string {
  let text = initialClusterMemo.get(plan);
  if (text === undefined) {
    text = plan.cluster.members.map((m) => `${m.name}=${memberUrls(plan, m).peer}`).join(',');
    initialClusterMemo.set(plan, text);
  }
  return text;
}
