/**
 * What each certificate of a plan must contain (subject, SANs, EKU), decided in one place so
 * that issuance, the review screen and lint agree. The EKU choices follow
 * docs/go-x509.md#extended-key-usage; docs/generated-files.md#certificates lists the result.
 */
import type { Address } from '../plan/address';
import { peerSans, resolveClients, serverSans } from '../plan/derive';
import type { ClientKind, Plan } from '../plan/schema';
import type { Role } from './model';

/** Extended key usages the wizard puts on leaves. */
export type LeafEku = 'serverAuth' | 'clientAuth';

/** The specification of one leaf certificate. */
export interface CertSpec {
  /** `server:<member>`, `peer:<member>` or `client:<name>`; stable across runs (file names, renewal). */
  readonly id: string;
  readonly role: Exclude<Role, 'ca'>;
  readonly member?: string;
  readonly client?: string;
  readonly kind?: ClientKind;
  /** May be empty for clients; the subject then has only O. */
  readonly commonName: string;
  readonly organization?: string;
  readonly sans: readonly Address[];
  readonly extKeyUsage: readonly LeafEku[];
}

/**
 * Every leaf of a plan: per member a server cert (serverAuth+clientAuth, because the gRPC
 * gateway dials the member with it: etcd issue 9785) and a peer cert (serverAuth+clientAuth,
 * members are server and client on the peer port), then one clientAuth-only cert per client.
 */
export function certificateSpecs(plan: Plan): CertSpec[] {
  const specs: CertSpec[] = [];
  for (const m of plan.cluster.members) {
    specs.push({
      id: `server:${m.name}`,
      role: 'etcd-server',
      member: m.name,
      commonName: m.name,
      sans: serverSans(plan, m),
      extKeyUsage: ['serverAuth', 'clientAuth'],
    });
  }
  for (const m of plan.cluster.members) {
    specs.push({
      id: `peer:${m.name}`,
      role: 'etcd-peer',
      member: m.name,
      commonName: m.name,
      sans: peerSans(plan, m),
      extKeyUsage: ['serverAuth', 'clientAuth'],
    });
  }
  for (const c of resolveClients(plan)) {
    // A subject must never be empty: an empty-CN client (APISIX with etcd auth) keeps an O.
    const organization = c.organization || (c.commonName ? undefined : c.name);
    specs.push({
      id: `client:${c.name}`,
      role: 'client',
      client: c.name,
      kind: c.kind,
      commonName: c.commonName,
      ...(organization ? { organization } : {}),
      sans: [],
      extKeyUsage: ['clientAuth'],
    });
  }
  return specs;
}
