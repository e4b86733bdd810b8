/**
 * README.md: what every file is, where it goes and how to check it, in the plan's language.
 * Commands are the same for every language; only the prose (readme-en/zh.ts) differs.
 */
import { memberUrls, resolveClients, type ResolvedClient } from '../plan/derive';
import {
  APISIX_PATHS,
  KUBEADM_PATHS,
  clientDir,
  etcdctlDir,
  isColocated,
  kubernetesSecretPath,
  memberPaths,
  nodeDir,
} from './paths';
import { changeSection } from './readme-change';
import { swapSection } from './readme-swap';
import { README_EN } from './readme-en';
import type { ReadmeFacts } from './readme-text';
import { README_ZH } from './readme-zh';
import { installSteps, type InstallStep } from './install-steps';
import type { BundleFile, BundleInput, ClientRoles, Warning } from './types';

const sh = (lines: string[]) => ['```sh', ...lines, '```', ''];

/** Builds README.md. */
export function readme(
  input: BundleInput,
  roles: ClientRoles,
  warnings: readonly Warning[],
): BundleFile {
  const { plan } = input;
  const zh = plan.language === 'zh-CN';
  const t = zh ? README_ZH : README_EN;
  const f: ReadmeFacts = {
    version: plan.etcd.version,
    members: plan.cluster.members.length,
    caSubject: input.ca.subject,
    caFingerprint: input.ca.fingerprintSha256,
    caNotAfter: input.ca.notAfter,
    caExported: input.ca.exported,
    pkiDir: plan.pkiDir,
    etcdctlDir: etcdctlDir(plan, input.options.etcdctlDir),
  };
  const clients = resolveClients(plan);
  const out: string[] = [`# ${t.title}`, '', t.intro(f), ''];

  if (warnings.length > 0)
    out.push(`## ${t.warningsTitle}`, '', ...warnings.map((w) => `- ${zh ? w.zh : w.en}`), '');
  out.push(...changeSection(plan, input.change, roles.etcdctl));
  out.push(...swapSection(plan, roles, input.renewed, f.etcdctlDir));

  out.push(
    `## ${t.importantTitle}`,
    '',
    `- ${t.oneForm}`,
    `- ${t.unencryptedKeys}`,
    `- ${t.caKey(f)}`,
    `- ${t.mtls}`,
  );
  if (plan.etcd.version === '3.4') out.push(`- ${t.gateway34}`);
  out.push('');

  // File table; certificate rows show their SANs so users can compare them with their hosts.
  const certById = new Map(input.certs.map((c) => [c.id as string, c]));
  const sans = (id: string) => {
    const list = certById.get(id)?.sans ?? [];
    return list.length === 0 ? '' : t.file.sans(list.join(', '));
  };
  const rows: [string, string, string][] = [['`ca/ca.crt`', t.file.caCrt, t.file.onAdmin]];
  if (input.ca.exported !== 'none')
    rows.push(['`ca/ca.key`', t.file.caKey(input.ca.exported), t.file.nowhere]);
  for (const m of plan.cluster.members) {
    const d = nodeDir(m.name);
    const p = memberPaths(plan, m);
    const on = t.file.onMember(m.name);
    rows.push(
      [`\`${d}/ca.crt\``, t.file.nodeCa, `${on}${t.file.colon}\`${p.ca}\``],
      [
        `\`${d}/server.crt\``,
        `${t.file.serverCert}${sans(`server:${m.name}`)}`,
        `${on}${t.file.colon}\`${p.serverCert}\``,
      ],
      [`\`${d}/server.key\``, t.file.serverKey, `${on}${t.file.colon}\`${p.serverKey}\``],
      [
        `\`${d}/peer.crt\``,
        `${t.file.peerCert}${sans(`peer:${m.name}`)}`,
        `${on}${t.file.colon}\`${p.peerCert}\``,
      ],
      [`\`${d}/peer.key\``, t.file.peerKey, `${on}${t.file.colon}\`${p.peerKey}\``],
      [`\`${d}/etcd.conf.yml\``, t.file.conf, `${on}${t.file.colon}\`${p.configFile}\``],
      [`\`${d}/etcd.env\``, t.file.env, `${on}${t.file.colon}\`${p.envFile}\``],
      [`\`${d}/etcd.flags\``, t.file.flags, on],
      [
        `\`${d}/etcd.service\``,
        t.file.unit,
        `${on}${t.file.colon}\`/etc/systemd/system/${p.unitName}\``,
      ],
    );
  }
  for (const c of clients) {
    const d = clientDir(c.name);
    const where = whereClient(c, roles, t.file, f.etcdctlDir);
    rows.push(
      [`\`${d}/ca.crt\``, t.file.clientCa, where('ca')],
      [`\`${d}/client.crt\``, t.file.clientCert(`${c.kind}, CN "${c.commonName}"`), where('cert')],
      [`\`${d}/client.key\``, t.file.clientKey, where('key')],
    );
    if (input.options.pkcs12) rows.push([`\`${d}/client.p12\``, t.file.p12, where('p12')]);
    if (roles.etcdctl.includes(c.name))
      rows.push(
        [
          `\`${d}/etcdctl.env\``,
          t.file.etcdctlEnv,
          `${t.file.onAdmin}${t.file.colon}\`${f.etcdctlDir}\``,
        ],
        [
          `\`${d}/check.sh\``,
          t.file.checkSh,
          `${t.file.onAdmin}${t.file.colon}\`${f.etcdctlDir}\``,
        ],
      );
    rows.push([`\`${kubernetesSecretPath(c.name)}\``, t.file.secret, t.file.kubectl]);
  }
  if (roles.kubeApiserver !== undefined)
    rows.push(
      ['`kube-apiserver/etcd.flags`', t.file.kubeFlags, t.file.onApiserver],
      ['`kube-apiserver/kubeadm-etcd-external.yaml`', t.file.kubeadm, t.file.onApiserver],
    );
  if (roles.apisix !== undefined && plan.apisix?.discovery)
    rows.push(['`kubernetes/apisix-discovery-rbac.yaml`', t.file.rbac, t.file.kubectl]);
  if (roles.apisix !== undefined)
    rows.push([
      '`apisix/config.yaml`',
      t.file.apisix,
      `${t.file.onApisix}${t.file.colon}\`conf/config.yaml\``,
    ]);
  rows.push(
    ['`expiry.txt`', t.file.expiryTxt, '—'],
    ['`expiry.ics`', t.file.expiryIcs, t.file.calendar],
    ['`plan.yaml`', t.file.plan, t.file.nowhere],
    ['`manifest.json`', t.file.manifest, t.file.nowhere],
  );
  out.push(
    `## ${t.filesTitle}`,
    '',
    `| ${t.fileHead.join(' | ')} |`,
    '|---|---|---|',
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  );

  // Member installation: the same commands the export step shows (install-steps.ts).
  const steps = installSteps(plan, roles, { etcdctlDir: input.options.etcdctlDir });
  const stepsOf = (kind: InstallStep['kind']) => steps.filter((s) => s.kind === kind);
  out.push(`## ${t.installTitle}`, '');
  for (const step of stepsOf('member')) {
    const m = plan.cluster.members.find((x) => x.name === step.machine)!;
    out.push(t.install(m.name, isColocated(plan, m)), '', ...sh([...step.commands]));
  }
  out.push(
    t.installAlt,
    '',
    plan.etcd.initialClusterState === 'existing' ? t.startExisting : t.startAll,
    '',
  );

  for (const step of stepsOf('etcdctl')) {
    const d = clientDir(step.machine);
    out.push(
      zh ? `## ${t.etcdctlTitle}（\`${d}\`）` : `## ${t.etcdctlTitle} (\`${d}\`)`,
      '',
      t.etcdctl(f, plan.etcd.version !== '3.6'),
      '',
      ...sh([`./${d}/check.sh`]),
      t.etcdctlInstalled,
      '',
      ...sh([...step.commands]),
    );
  }

  for (const step of stepsOf('kube-apiserver'))
    out.push(
      `## ${t.apiserverTitle}`,
      '',
      t.apiserver,
      '',
      ...sh([...step.commands]),
      t.kubeadm,
      '',
    );

  out.push(`## ${t.kubernetesTitle}`, '', t.kubernetesSecrets, '');
  for (const step of stepsOf('kubernetes')) out.push(...sh([...step.commands]));
  for (const step of stepsOf('apisix-discovery'))
    out.push(t.rbac, '', ...sh([...step.commands]), t.serviceName, '');

  for (const step of stepsOf('apisix'))
    out.push(`## ${t.apisixTitle}`, '', t.apisix, '', ...sh([...step.commands]), t.apisixK8s, '');

  // Verification.
  const first = plan.cluster.members[0]!;
  const fd = nodeDir(first.name);
  const host = new URL(memberUrls(plan, first).client).hostname.replace(/^\[|\]$/g, '');
  const hostFlag = /^[\d.]+$|:/.test(host) ? `-verify_ip ${host}` : `-verify_hostname ${host}`;
  const chain = [
    ...plan.cluster.members.flatMap((m) => [
      `openssl verify -x509_strict -CAfile ca/ca.crt -purpose sslserver ${nodeDir(m.name)}/server.crt ${nodeDir(m.name)}/peer.crt`,
      `openssl verify -x509_strict -CAfile ca/ca.crt -purpose sslclient ${nodeDir(m.name)}/server.crt ${nodeDir(m.name)}/peer.crt`,
    ]),
    ...clients.map(
      (c) =>
        `openssl verify -x509_strict -CAfile ca/ca.crt -purpose sslclient ${clientDir(c.name)}/client.crt`,
    ),
  ];
  out.push(
    `## ${t.verifyTitle}`,
    '',
    t.verifyChain,
    '',
    ...sh(chain),
    t.verifyNames,
    '',
    ...sh([
      `openssl verify -x509_strict -CAfile ca/ca.crt -purpose sslserver ${hostFlag} ${fd}/server.crt`,
      `openssl x509 -in ${fd}/server.crt -noout -ext subjectAltName,extendedKeyUsage`,
    ]),
    t.verifyFingerprint,
    '',
    ...sh(['openssl x509 -in ca/ca.crt -noout -fingerprint -sha256']),
  );
  if (roles.etcdctl.length > 0)
    out.push(t.verifyCluster, '', ...sh([`./${clientDir(roles.etcdctl[0]!)}/check.sh`]));
  out.push(`## ${t.expiryTitle}`, '', t.expiry, '');
  return { path: 'README.md', content: out.join('\n'), mode: 'public' };
}

function whereClient(
  c: ResolvedClient,
  roles: ClientRoles,
  text: typeof README_EN.file,
  etcdctlHome: string,
): (file: 'ca' | 'cert' | 'key' | 'p12') => string {
  return (file) => {
    if (c.name === roles.kubeApiserver && file !== 'p12')
      return `${text.onApiserver}${text.colon}\`${file === 'ca' ? KUBEADM_PATHS.ca : file === 'cert' ? KUBEADM_PATHS.cert : KUBEADM_PATHS.key}\``;
    if (c.name === roles.apisix && file !== 'p12')
      return `${text.onApisix}${text.colon}\`${file === 'ca' ? APISIX_PATHS.ca : file === 'cert' ? APISIX_PATHS.cert : APISIX_PATHS.key}\``;
    if (roles.etcdctl.includes(c.name)) return `${text.onAdmin}${text.colon}\`${etcdctlHome}\``;
    return '—';
  };
}
