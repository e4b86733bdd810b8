/**
 * One list of settings per etcd member. The config file, the env file and the command line
 * are all rendered from it (etcd-render.ts), so the three forms cannot disagree.
 */
import type { Address } from '../plan/address';
import { initialCluster, memberAddresses, memberPorts, memberUrls, urlHost } from '../plan/derive';
import type { Plan, PlanMember } from '../plan/schema';
import { commentText } from './comments';
import { ETCD_KEYS } from './etcd-keys';
import { memberPaths } from './paths';
import type { Warning } from './types';

/** One etcd setting with the reason it is there (rendered as a comment). */
export interface EtcdSetting {
  /** Flag name without `--`; must be in ETCD_KEYS for the target version. */
  readonly flag: string;
  readonly value: string | boolean;
  readonly why?: string;
}

/** A member's settings plus the notes the README must carry about them. */
export interface MemberSettings {
  readonly member: string;
  readonly settings: readonly EtcdSetting[];
  readonly warnings: readonly Warning[];
}

/**
 * IPs a member can bind to; `localhost` counts as 127.0.0.1 (listen URLs take IPs only:
 * docs/etcd-tls.md#listen-and-advertise-urls).
 */
function bindHosts(member: PlanMember): Address[] {
  const out: Address[] = [];
  for (const a of memberAddresses(member)) {
    const ip = a.value === 'localhost' ? '127.0.0.1' : a.type === 'ip' ? a.value : undefined;
    if (ip !== undefined && !out.some((o) => o.value === ip)) out.push({ type: 'ip', value: ip });
  }
  return out;
}

/** Builds the settings of one member for the plan's etcd version. */
export function memberSettings(plan: Plan, member: PlanMember): MemberSettings {
  const version = plan.etcd.version;
  const ports = memberPorts(plan, member);
  const urls = memberUrls(plan, member);
  const paths = memberPaths(plan, member);
  const ips = bindHosts(member);
  const warnings: Warning[] = [];
  const why = commentText(plan.language).etcd.why;

  const anyIp = ips.length === 0;
  const listen = (port: number, withLoopback: boolean): string => {
    if (anyIp) return `https://0.0.0.0:${port}`;
    const hosts = ips.map(urlHost);
    if (withLoopback && !hosts.includes('127.0.0.1')) hosts.push('127.0.0.1');
    return hosts.map((h) => `https://${h}:${port}`).join(',');
  };
  const anyWhy = anyIp ? why.anyIp(member.name) : undefined;
  if (anyIp)
    warnings.push({
      en: `Member ${member.name} has no IP address: it listens on 0.0.0.0, and etcd will check incoming peer connections from it by reverse/forward DNS of its peer certificate's names. Make sure those names resolve to its IP on every member.`,
      zh: `成员 ${member.name} 没有 IP 地址：它监听 0.0.0.0；其他成员会通过反向/正向 DNS 解析其对等证书中的名称来校验来自它的连接。请确保这些名称在每个成员上都能解析到它的 IP。`,
    });

  const settings: EtcdSetting[] = [
    { flag: 'name', value: member.name, why: why.name },
    { flag: 'data-dir', value: paths.dataDir },
    {
      flag: 'listen-client-urls',
      value: listen(ports.client, plan.cluster.loopbackSans),
      why: anyWhy ?? why.listenClient,
    },
    {
      flag: 'advertise-client-urls',
      value: urls.client,
      why: why.advertiseClient,
    },
    { flag: 'listen-peer-urls', value: listen(ports.peer, false), ...(anyWhy && { why: anyWhy }) },
    { flag: 'initial-advertise-peer-urls', value: urls.peer },
    { flag: 'initial-cluster', value: initialCluster(plan) },
    {
      flag: 'initial-cluster-state',
      value: plan.etcd.initialClusterState,
      why: plan.etcd.initialClusterState === 'new' ? why.stateNew : why.stateExisting,
    },
    { flag: 'initial-cluster-token', value: plan.etcd.clusterToken },
    {
      flag: 'enable-grpc-gateway',
      value: true,
      why: version === '3.4' ? why.gateway34 : why.gateway,
    },
    { flag: 'cert-file', value: paths.serverCert },
    {
      flag: 'key-file',
      value: paths.serverKey,
      why: why.keyFile,
    },
    {
      flag: 'client-cert-auth',
      value: true,
      why: why.clientCertAuth,
    },
    {
      flag: 'trusted-ca-file',
      value: paths.ca,
      why: why.trustedCa,
    },
    { flag: 'peer-cert-file', value: paths.peerCert },
    { flag: 'peer-key-file', value: paths.peerKey },
    {
      flag: 'peer-client-cert-auth',
      value: true,
      why: why.peerClientCertAuth,
    },
    { flag: 'peer-trusted-ca-file', value: paths.ca },
  ];
  for (const s of settings) {
    const spec = ETCD_KEYS[s.flag];
    if (!spec || !spec.versions.includes(version))
      throw new Error(`bug: etcd ${version} has no setting --${s.flag}`);
  }
  return { member: member.name, settings, warnings };
}
