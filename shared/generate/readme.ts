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
import { clientSecretName, discoveryTokenSecretName } from './kubernetes';
import { README_EN } from './readme-en';
import type { ReadmeFacts } from './readme-text';
import { README_ZH } from './readme-zh';
import type { BundleFile, BundleInput, Warning } from './types';

/** Which client plays which part; decided once in bundle.ts and shared with the README. */
export interface ClientRoles {
  readonly etcdctl: readonly string[];
  readonly kubeApiserver?: string;
  readonly apisix?: string;
}

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
    return list.length === 0 ? '' : ` (SAN: ${list.join(', ')})`;
  };
  const rows: [string, string, string][] = [['`ca/ca.crt`', t.file.caCrt, t.file.onAdmin]];
  if (input.ca.exported !== 'none')
    rows.push(['`ca/ca.key`', t.file.caKey(input.ca.exported), t.file.nowhere]);
  for (const m of plan.cluster.members) {
    const d = nodeDir(m.name);
    const p = memberPaths(plan, m);
    const on = t.file.onMember(m.name);
    rows.push(
      [`\`${d}/ca.crt\``, t.file.nodeCa, `${on}: \`${p.ca}\``],
      [
        `\`${d}/server.crt\``,
        `${t.file.serverCert}${sans(`server:${m.name}`)}`,
        `${on}: \`${p.serverCert}\``,
      ],
      [`\`${d}/server.key\``, t.file.serverKey, `${on}: \`${p.serverKey}\``],
      [
        `\`${d}/peer.crt\``,
        `${t.file.peerCert}${sans(`peer:${m.name}`)}`,
        `${on}: \`${p.peerCert}\``,
      ],
      [`\`${d}/peer.key\``, t.file.peerKey, `${on}: \`${p.peerKey}\``],
      [`\`${d}/etcd.conf.yml\``, t.file.conf, `${on}: \`${p.configFile}\``],
      [`\`${d}/etcd.env\``, t.file.env, `${on}: \`${p.envFile}\``],
      [`\`${d}/etcd.flags\``, t.file.flags, on],
      [`\`${d}/etcd.service\``, t.file.unit, `${on}: \`/etc/systemd/system/${p.unitName}\``],
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
        [`\`${d}/etcdctl.env\``, t.file.etcdctlEnv, `${t.file.onAdmin}: \`${f.etcdctlDir}\``],
        [`\`${d}/check.sh\``, t.file.checkSh, `${t.file.onAdmin}: \`${f.etcdctlDir}\``],
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
    rows.push(['`apisix/config.yaml`', t.file.apisix, `${t.file.onApisix}: \`conf/config.yaml\``]);
  rows.push(
    ['`expiry.txt`', t.file.expiryTxt, '—'],
    ['`expiry.ics`', t.file.expiryIcs, t.file.calendar],
  );
  out.push(
    `## ${t.filesTitle}`,
    '',
    `| ${t.fileHead.join(' | ')} |`,
    '|---|---|---|',
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  );

  // Member installation.
  out.push(`## ${t.installTitle}`, '');
  for (const m of plan.cluster.members) {
    const d = nodeDir(m.name);
    const p = memberPaths(plan, m);
    out.push(
      t.install(m.name, isColocated(plan, m)),
      '',
      ...sh([
        `install -d -m 700 ${p.pkiDir} ${p.dataDir}`,
        `install -m 644 ${d}/ca.crt ${d}/server.crt ${d}/peer.crt ${p.pkiDir}/`,
        `install -m 600 ${d}/server.key ${d}/peer.key ${p.pkiDir}/`,
        `install -m 644 ${d}/etcd.conf.yml ${p.configFile}`,
        `install -m 644 ${d}/etcd.service /etc/systemd/system/${p.unitName}`,
        `systemctl daemon-reload && systemctl enable --now ${p.unitName}`,
      ]),
    );
  }
  out.push(t.installAlt, '', t.startAll, '');

  for (const name of roles.etcdctl) {
    const d = clientDir(name);
    out.push(
      `## ${t.etcdctlTitle} (\`${d}\`)`,
      '',
      t.etcdctl(f, plan.etcd.version !== '3.6'),
      '',
      ...sh([`./${d}/check.sh`]),
      t.etcdctlInstalled,
      '',
      ...sh([
        `install -d -m 700 ${f.etcdctlDir}`,
        `install -m 644 ${d}/ca.crt ${d}/client.crt ${d}/etcdctl.env ${f.etcdctlDir}/`,
        `install -m 600 ${d}/client.key ${f.etcdctlDir}/`,
        `. ${f.etcdctlDir}/etcdctl.env`,
        'etcdctl endpoint health',
        'etcdctl endpoint status -w table',
      ]),
    );
  }

  if (roles.kubeApiserver !== undefined) {
    const d = clientDir(roles.kubeApiserver);
    out.push(
      `## ${t.apiserverTitle}`,
      '',
      t.apiserver,
      '',
      ...sh([
        `install -d ${KUBEADM_PATHS.ca.replace(/\/[^/]+$/, '')}`,
        `install -m 644 ${d}/ca.crt ${KUBEADM_PATHS.ca}`,
        `install -m 644 ${d}/client.crt ${KUBEADM_PATHS.cert}`,
        `install -m 600 ${d}/client.key ${KUBEADM_PATHS.key}`,
      ]),
      t.kubeadm,
      '',
    );
  }

  out.push(`## ${t.kubernetesTitle}`, '', t.kubernetesSecrets, '');
  out.push(
    ...sh(
      clients.map(
        (c) =>
          `kubectl apply -f ${kubernetesSecretPath(c.name)}   # Secret ${plan.kubernetes.namespace}/${clientSecretName(c.name)}`,
      ),
    ),
  );
  const discovery = plan.apisix?.discovery;
  if (roles.apisix !== undefined && discovery) {
    out.push(
      t.rbac,
      '',
      ...sh([
        `kubectl create namespace ${discovery.namespace} --dry-run=client -o yaml | kubectl apply -f -`,
        'kubectl apply -f kubernetes/apisix-discovery-rbac.yaml',
        `kubectl -n ${discovery.namespace} get secret ${discoveryTokenSecretName(discovery)} -o jsonpath='{.data.token}' | base64 -d > ${APISIX_PATHS.token}`,
        `chmod 600 ${APISIX_PATHS.token}`,
      ]),
    );
  }

  if (roles.apisix !== undefined) {
    const d = clientDir(roles.apisix);
    out.push(
      `## ${t.apisixTitle}`,
      '',
      t.apisix,
      '',
      ...sh([
        `install -d -m 700 ${APISIX_PATHS.dir}`,
        `install -m 644 ${d}/ca.crt ${d}/client.crt ${APISIX_PATHS.dir}/`,
        `install -m 600 ${d}/client.key ${APISIX_PATHS.dir}/`,
      ]),
      t.apisixK8s,
      '',
    );
  }

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
      return `${text.onApiserver}: \`${file === 'ca' ? KUBEADM_PATHS.ca : file === 'cert' ? KUBEADM_PATHS.cert : KUBEADM_PATHS.key}\``;
    if (c.name === roles.apisix && file !== 'p12')
      return `${text.onApisix}: \`${file === 'ca' ? APISIX_PATHS.ca : file === 'cert' ? APISIX_PATHS.cert : APISIX_PATHS.key}\``;
    if (roles.etcdctl.includes(c.name)) return `${text.onAdmin}: \`${etcdctlHome}\``;
    return '—';
  };
}
