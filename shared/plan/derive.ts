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

/** The classified addresses of a member, in the user's order. */
export function memberAddresses(member: PlanMember): Address[] {
  return member.addresses.flatMap((a) => {
    const c = classifyAddress(a);
    return c.ok ? [c.address] : [];
  });
}

/** Ports of a member, with cluster defaults applied. */
export function memberPorts(plan: Plan, member: PlanMember): { client: number; peer: number } {
  return {
    client: member.clientPort ?? plan.cluster.clientPort,
    peer: member.peerPort ?? plan.cluster.peerPort,
  };
}

function dedupe(list: Address[]): Address[] {
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

/** `name=https://host:peerPort,…` for --initial-cluster. */
export function initialCluster(plan: Plan): string {
  return plan.cluster.members.map((m) => `${m.name}=${memberUrls(plan, m).peer}`).join(',');
}
