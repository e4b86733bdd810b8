/**
 * Which etcd URLs APISIX dials and which name it verifies. OpenResty checks the certificate against
 * a host *name* and ignores IP SANs (docs/apisix.md#host-name-checking), so APISIX gets DNS names
 * that every server certificate it reaches carries, or a `tls.sni` name they all share.
 */
import { classifyAddress, opensslRefusesWildcard, type Address } from '../plan/address';
import { memberAddresses, memberPorts, serverSans, urlHost } from '../plan/derive';
import type { Plan, PlanMember } from '../plan/schema';
import type { Warning } from './types';

/**
 * Name match as APISIX's OpenSSL does it (docs/go-x509.md#openssl-and-openresty-differ): IP vs
 * IP SANs, DNS exact or a left-most-label wildcard with at least two labels after `*` (OpenSSL
 * ignores `*.etcd`, which Go accepts).
 */
export function sanCovers(sans: readonly Address[], host: Address): boolean {
  return sans.some((san) => {
    if (san.type !== host.type) return false;
    if (host.type === 'ip' || !san.value.startsWith('*.')) return san.value === host.value;
    if (opensslRefusesWildcard(san.value)) return false;
    const suffix = san.value.slice(1);
    const labels = host.value.split('.');
    return labels.length === san.value.split('.').length && host.value.endsWith(suffix);
  });
}

const LOOPBACK_IP = /^(127\.|::1$)/;
const isLocal = (m: PlanMember): boolean =>
  memberAddresses(m).every((a) => a.value === 'localhost' || LOOPBACK_IP.test(a.value));

/** APISIX's view of the cluster. */
export interface ApisixTarget {
  /** `https://host:port` without a trailing slash (lua-resty-etcd rejects paths). */
  readonly hosts: string[];
  readonly sni?: string;
  readonly warnings: Warning[];
}

/** Picks the URLs and the SNI name APISIX uses, with warnings when no safe choice exists. */
export function apisixTarget(plan: Plan): ApisixTarget {
  const warnings: Warning[] = [];
  const members = plan.cluster.members.map((m) => ({ m, sans: serverSans(plan, m) }));
  const allSans = (a: Address) => members.every((x) => sanCovers(x.sans, a));
  const dialed: { address: Address; port: number; sans: (a: Address) => boolean }[] = [];

  if (plan.apisix?.hosts?.length) {
    for (const raw of plan.apisix.hosts) {
      const c = classifyAddress(raw);
      if (!c.ok) continue;
      const owner = members.find((x) =>
        memberAddresses(x.m).some((a) => a.value === c.address.value),
      );
      const port = owner ? memberPorts(plan, owner.m).client : plan.cluster.clientPort;
      const covers = owner ? (a: Address) => sanCovers(owner.sans, a) : allSans;
      dialed.push({ address: c.address, port, sans: covers });
      if (!covers(c.address))
        warnings.push({
          en: `APISIX host ${c.address.value} is not in the SANs of ${owner ? `${owner.m.name}'s server certificate` : 'every server certificate'}; APISIX will fail with "certificate host mismatch". Add it to cluster.extraSans or to the member's addresses.`,
          zh: `APISIX 主机 ${c.address.value} 不在${owner ? ` ${owner.m.name} 的服务端证书` : '所有服务端证书'}的 SAN 中；APISIX 会报 "certificate host mismatch"。请把它加入 cluster.extraSans 或该成员的地址。`,
        });
    }
  } else {
    for (const { m, sans } of members) {
      const addrs = memberAddresses(m);
      const address = addrs.find((a) => a.type === 'dns') ?? addrs[0]!;
      dialed.push({ address, port: memberPorts(plan, m).client, sans: (a) => sanCovers(sans, a) });
    }
  }

  let sni = plan.apisix?.sni?.toLowerCase();
  if (sni === undefined && dialed.some((d) => d.address.type === 'ip')) {
    const common = members[0]!.sans.filter(
      (a) => a.type === 'dns' && !a.value.startsWith('*.') && a.value !== 'localhost' && allSans(a),
    );
    sni = common[0]?.value;
    if (
      sni === undefined &&
      plan.cluster.members.every(isLocal) &&
      allSans({ type: 'dns', value: 'localhost' })
    )
      sni = 'localhost';
    if (sni === undefined)
      warnings.push({
        en: 'APISIX reaches some etcd members only by IP address, and no DNS name is shared by every server certificate for tls.sni. OpenResty checks host names, not IP SANs, so APISIX will fail with "certificate host mismatch". Add a DNS name to cluster.extraSans (or member DNS names) and re-issue, or set apisix.sni.',
        zh: 'APISIX 只能通过 IP 地址访问部分 etcd 成员，而且没有一个 DNS 名称同时出现在所有服务端证书中可用作 tls.sni。OpenResty 校验的是主机名而不是 IP SAN，因此 APISIX 会报 "certificate host mismatch"。请在 cluster.extraSans（或成员的 DNS 名称）中加入 DNS 名称并重新签发，或设置 apisix.sni。',
      });
  }
  if (sni !== undefined && !allSans({ type: 'dns', value: sni }))
    warnings.push({
      en: `apisix.sni "${sni}" is not in every server certificate's SANs; APISIX will fail with "certificate host mismatch" on the members that lack it.`,
      zh: `apisix.sni "${sni}" 并不在每张服务端证书的 SAN 中；缺少它的成员上 APISIX 会报 "certificate host mismatch"。`,
    });
  return {
    hosts: dialed.map((d) => `https://${urlHost(d.address)}:${d.port}`),
    ...(sni !== undefined && { sni }),
    warnings,
  };
}
