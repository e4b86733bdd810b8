/**
 * Entry point of the generators: every text file of the export bundle from a plan and the
 * summaries of the issued certificates. PEMs are written by the writer at `bundleLayout` paths.
 */
import { resolveClients } from '../plan/derive';
import { planToYaml } from '../plan/plan-yaml';
import type { Plan } from '../plan/schema';
import { apisixConfig } from './apisix';
import { commentText } from './comments';
import { renderConfigYaml, renderEnv, renderFlags, renderSystemdUnit } from './etcd-render';
import { memberSettings } from './etcd-settings';
import { etcdctlFiles } from './etcdctl';
import { expiryCalendar, expiryText } from './expiry';
import { kubeApiserverFiles } from './kube-apiserver';
import { apisixDiscoveryRbac } from './kubernetes';
import { manifestFile } from './manifest';
import { etcdctlDir, memberPaths, nodeDir } from './paths';
import { readme } from './readme';
import type { BundleFile, BundleInput, ClientRoles, GeneratedBundle, Warning } from './types';
import { msg } from '../text/text';

/** Which client serves etcdctl, kube-apiserver and APISIX (the first of each kind). */
export function clientRoles(plan: Plan): ClientRoles {
  const clients = resolveClients(plan);
  const kube = clients.find((c) => c.kind === 'kube-apiserver')?.name;
  const apisix = clients.find((c) => c.kind === 'apisix')?.name;
  return {
    etcdctl: clients.filter((c) => c.kind === 'etcdctl').map((c) => c.name),
    ...(kube !== undefined && { kubeApiserver: kube }),
    ...(apisix !== undefined && { apisix }),
  };
}

/** The four etcd files of each member, rendered from one settings list. */
export function memberFiles(plan: Plan): { files: BundleFile[]; warnings: Warning[] } {
  const files: BundleFile[] = [];
  const warnings: Warning[] = [];
  const v = plan.etcd.version;
  const c = commentText(plan.language);
  for (const m of plan.cluster.members) {
    const { settings, warnings: w } = memberSettings(plan, m);
    const p = memberPaths(plan, m);
    const dir = nodeDir(m.name);
    warnings.push(...w);
    files.push(
      {
        path: `${dir}/etcd.conf.yml`,
        content: renderConfigYaml(m.name, v, p, settings, c),
        mode: 'public',
      },
      { path: `${dir}/etcd.env`, content: renderEnv(m.name, v, p, settings, c), mode: 'public' },
      { path: `${dir}/etcd.flags`, content: renderFlags(m.name, v, settings, c), mode: 'public' },
      {
        path: `${dir}/etcd.service`,
        content: renderSystemdUnit(m.name, v, p, c),
        mode: 'public',
      },
    );
  }
  return { files, warnings };
}

/** Every generated text file of the bundle, plus warnings (also listed in README.md). */
export function generateBundleFiles(input: BundleInput): GeneratedBundle {
  const { plan } = input;
  const roles = clientRoles(plan);
  const members = memberFiles(plan);
  const files = [...members.files];
  const warnings = [...members.warnings];

  if (roles.etcdctl.length === 0)
    warnings.push({
      en: 'The plan has no etcdctl client, so no etcdctl.env or check.sh was generated. Add "etcdctl" to clients to get them.',
      zh: '计划中没有 etcdctl 客户端，因此没有生成 etcdctl.env 和 check.sh。请在 clients 中加入 "etcdctl"。',
    });
  for (const name of roles.etcdctl)
    files.push(...etcdctlFiles(plan, name, etcdctlDir(plan, input.options.etcdctlDir)));

  if (roles.kubeApiserver !== undefined)
    files.push(...kubeApiserverFiles(plan, roles.kubeApiserver));

  if (roles.apisix !== undefined) {
    const a = apisixConfig(plan, roles.apisix);
    files.push(a.file);
    warnings.push(...a.warnings);
    if (plan.apisix?.discovery)
      files.push(apisixDiscoveryRbac(plan.apisix.discovery, commentText(plan.language)));
  } else if (plan.apisix !== undefined) {
    warnings.push({
      en: 'The plan has an apisix section but no APISIX client, so no apisix/config.yaml was generated: etcd requires a client certificate. Add "apisix" to clients.',
      zh: '计划中有 apisix 配置但没有 APISIX 客户端，因此没有生成 apisix/config.yaml：etcd 要求客户端证书。请在 clients 中加入 "apisix"。',
    });
  }

  if (input.ca.exported === 'plain')
    warnings.push({
      en: 'ca/ca.key is in this bundle UNENCRYPTED. Move it to offline storage and delete it from the bundle before copying the bundle anywhere.',
      zh: 'ca/ca.key 以未加密形式保存在本证书包中。复制证书包之前，请把它移到离线存储并从证书包中删除。',
    });

  files.push(
    expiryText(input),
    expiryCalendar(input),
    // Notes (e.g. the phase of a CA rotation) head the README but are not problems to report.
    readme(input, roles, [...(input.notes ?? []), ...warnings]),
    // The plan and the manifest let a later day (renew, add-member, rotate-ca) reopen the bundle.
    { path: 'plan.yaml', content: planToYaml(plan), mode: 'public' },
    manifestFile(input),
  );
  return { files, warnings: warnings.map((w) => msg('warn.generated', { en: w.en, zh: w.zh })) };
}
