/**
 * RUNBOOK.md of a CA rotation, in English and Simplified Chinese: for each phase, which file goes
 * to which machine, what restarts (etcd members one at a time, each healthy again before the
 * next), and the check that must pass before the next phase.
 */
import { clientRoles } from '../generate/bundle';
import {
  APISIX_PATHS,
  KUBEADM_PATHS,
  clientDir,
  etcdctlDir,
  kubernetesSecretPath,
  memberPaths,
  nodeDir,
} from '../generate/paths';
import { adminClient, etcdctlCommand } from '../generate/readme-change';
import { clientTargets, pairSwap, swapCommands, trustSwap } from '../generate/swap-files';
import type { CaSummary } from '../generate/types';
import { memberUrls, resolveClients } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { ROTATION_PHASES, type RotationPhase } from './rotation';
import { RUNBOOK_EN, RUNBOOK_ZH, type RunbookText } from './runbook-text';

/** What the runbook describes. */
export interface RunbookInput {
  /** The plan after the rotation (members, clients and paths are those of today). */
  readonly plan: Plan;
  /** The CAs trusted today (usually one). */
  readonly oldTrust: readonly CaSummary[];
  readonly newCa: CaSummary;
}

/** RUNBOOK.md text, in the plan's language like every other file of the bundle. */
export function rotationRunbook(input: RunbookInput): string {
  const t = input.plan.language === 'zh-CN' ? RUNBOOK_ZH : RUNBOOK_EN;
  return [`# ${t.title}`, '', ...language(input, t)].join('\n');
}

const sh = (lines: string[]) => ['```sh', ...lines, '```', ''];
const code = (s: string) => `\`${s}\``;
const hostPort = (url: string) => url.replace(/^https:\/\//, '');

type Row = [string, string, string];

/**
 * When the member at `url` leads, hand leadership to another member before it stops: etcd would
 * hand it over on its own at SIGTERM, but puts in flight on the stopping leader fail. The
 * `endpoint status` simple output is `endpoint, ID (hex), version, db size, is leader, …`, and
 * `move-leader` takes that hex ID and finds the leader among the endpoints itself.
 */
function moveLeaderAway(
  url: string,
  all: readonly string[],
  etcdctl: (endpoints: string[], args: string) => string,
): string {
  const pick = `'$1=="${url}" && $5=="true" {l=1} $1!="${url}" && $5=="false" && t=="" {t=$2} END {if (l) print t}'`;
  return `${etcdctl([...all], 'endpoint status')} | awk -F', ' ${pick} | xargs -r ${etcdctl([...all], 'move-leader')}`;
}

function language(input: RunbookInput, t: RunbookText): string[] {
  const { plan } = input;
  const ca = (label: string, c: CaSummary) =>
    `| ${label} | ${code(c.subject)} | ${code(c.fingerprintSha256)} | ${c.notAfter} |`;
  const [p1, p2, p3] = ROTATION_PHASES as [RotationPhase, RotationPhase, RotationPhase];
  return [
    `## ${t.heading}`,
    '',
    t.intro,
    '',
    t.caTableHead,
    '|---|---|---|---|',
    ...input.oldTrust.map((c) => ca(t.oldCa, c)),
    ca(t.newCa, input.newCa),
    '',
    t.newKey([code(`${p2.folder}/ca/ca.key`), code(`${p3.folder}/ca/ca.key`)]),
    '',
    `### ${t.whyTitle}`,
    '',
    ...t.why.map((w) => `- ${w}`),
    '',
    ...phase(plan, t, p1, 0, input.oldTrust.length + 1, p2),
    ...phase(plan, t, p2, 1, 0, p3),
    ...phase(plan, t, p3, 2, 1, undefined),
    t.done,
    '',
    t.rollback,
    '',
  ];
}

/** Files of a phase: trust files (phases 1, 3) or certificates and keys (phase 2). */
function rows(plan: Plan, t: RunbookText, folder: string, leaves: boolean): Row[] {
  const out: Row[] = [];
  const f = (p: string) => code(`${folder}/${p}`);
  for (const m of plan.cluster.members) {
    const p = memberPaths(plan, m);
    const d = nodeDir(m.name);
    if (leaves)
      out.push(
        [f(`${d}/server.crt`), code(p.serverCert), t.onMember(m.name)],
        [f(`${d}/server.key`), code(p.serverKey), t.onMember(m.name)],
        [f(`${d}/peer.crt`), code(p.peerCert), t.onMember(m.name)],
        [f(`${d}/peer.key`), code(p.peerKey), t.onMember(m.name)],
      );
    else
      out.push([
        f(`${d}/ca.crt`),
        `${code(p.ca)} (trusted-ca-file, peer-trusted-ca-file)`,
        t.onMember(m.name),
      ]);
  }
  const roles = clientRoles(plan);
  const home = etcdctlDir(plan);
  for (const c of resolveClients(plan)) {
    const d = clientDir(c.name);
    const where: [string, string, string, string] =
      c.name === roles.kubeApiserver
        ? [KUBEADM_PATHS.ca, KUBEADM_PATHS.cert, KUBEADM_PATHS.key, t.onControlPlane]
        : c.name === roles.apisix
          ? [APISIX_PATHS.ca, APISIX_PATHS.cert, APISIX_PATHS.key, t.onApisix]
          : roles.etcdctl.includes(c.name)
            ? [`${home}/ca.crt`, `${home}/client.crt`, `${home}/client.key`, t.onAdmin]
            : ['ca.crt', 'client.crt', 'client.key', t.onClient(c.name)];
    const flag =
      c.name === roles.kubeApiserver
        ? ' (--etcd-cafile)'
        : c.name === roles.apisix
          ? ' (apisix.ssl.ssl_trusted_certificate)'
          : '';
    if (leaves)
      out.push(
        [f(`${d}/client.crt`), code(where[1]), where[3]],
        [f(`${d}/client.key`), code(where[2]), where[3]],
      );
    else out.push([f(`${d}/ca.crt`), `${code(where[0])}${flag}`, where[3]]);
    out.push([f(kubernetesSecretPath(c.name)), t.kubectl, 'Kubernetes']);
  }
  return out;
}

function phase(
  plan: Plan,
  t: RunbookText,
  p: RotationPhase,
  index: number,
  trustCount: number,
  next: RotationPhase | undefined,
): string[] {
  const leaves = p.phase === 2;
  const folder = p.folder;
  const roles = clientRoles(plan);
  const admin = adminClient(plan, roles.etcdctl);
  const all = plan.cluster.members.map((m) => memberUrls(plan, m).client);
  const etcdctl = (endpoints: string[], args: string) =>
    etcdctlCommand(endpoints, admin, args, `${folder}/`);
  const steps: string[] = [];
  const step = (text: string, commands: string[] = []) =>
    steps.push(
      `${steps.filter((s) => /^\d+\. /.test(s)).length + 1}. ${text}`,
      '',
      ...(commands.length ? sh(commands) : []),
    );

  const home = etcdctlDir(plan);
  const memberCommands = plan.cluster.members.flatMap((m) => {
    const mp = memberPaths(plan, m);
    const d = `${folder}/${nodeDir(m.name)}`;
    const url = memberUrls(plan, m).client;
    if (leaves) {
      const cd = admin === undefined ? '<client>' : `${folder}/${clientDir(admin)}`;
      return [
        `# ${t.onMember(m.name)}`,
        ...swapCommands([
          pairSwap(`${d}/server.crt`, mp.serverCert, `${d}/server.key`, mp.serverKey),
          pairSwap(`${d}/peer.crt`, mp.peerCert, `${d}/peer.key`, mp.peerKey),
        ]),
        `openssl s_client -connect ${hostPort(url)} -CAfile ${folder}/ca/ca.crt -cert ${cd}/client.crt -key ${cd}/client.key </dev/null 2>/dev/null | openssl x509 -noout -issuer`,
      ];
    }
    return [
      `# ${t.onMember(m.name)}`,
      ...swapCommands([trustSwap(`${d}/ca.crt`, mp.ca)]),
      moveLeaderAway(url, all, etcdctl),
      `systemctl restart ${mp.unitName}`,
      `until ${etcdctl([url], 'endpoint health')}; do sleep 2; done`,
    ];
  });
  step(
    leaves ? t.membersNoRestart : t.membersRestart,
    leaves ? memberCommands : [etcdctl(all, 'endpoint status -w table'), ...memberCommands],
  );

  // Each client's files go where the bundle's README put them (swap-files.ts), renamed in place.
  const clientSwap = (c: string) => {
    const to = clientTargets(c, roles, home)!;
    const from = (f: string) => `${folder}/${clientDir(c)}/${f}`;
    return swapCommands([
      leaves
        ? pairSwap(from('client.crt'), to.cert, from('client.key'), to.key)
        : trustSwap(from('ca.crt'), to.ca),
    ]);
  };
  if (roles.kubeApiserver !== undefined)
    step(t.apiserverRestart, [
      ...clientSwap(roles.kubeApiserver),
      'crictl stop $(crictl ps --name kube-apiserver -q)',
      'until kubectl get --raw=/readyz/etcd; do sleep 2; done',
    ]);
  if (roles.apisix !== undefined)
    step(t.apisixRestart, [
      ...clientSwap(roles.apisix),
      'apisix restart',
      'curl -fsS http://127.0.0.1:9180/apisix/admin/routes -H "X-API-KEY: $APISIX_ADMIN_KEY"',
    ]);
  const clients = resolveClients(plan);
  step(
    t.podsRestart,
    clients.map((c) => `kubectl apply -f ${folder}/${kubernetesSecretPath(c.name)}`),
  );
  for (const e of roles.etcdctl) step(t.etcdctlNothing, clientSwap(e));
  for (const c of clients)
    if (
      c.name !== roles.kubeApiserver &&
      c.name !== roles.apisix &&
      !roles.etcdctl.includes(c.name)
    )
      step(t.customClient(c.name));

  const check: string[] = [];
  if (leaves) {
    check.push(
      t.checkLeaves,
      '',
      ...sh(
        plan.cluster.members.flatMap((m) => {
          const mp = memberPaths(plan, m);
          return [
            `# ${t.onMember(m.name)}`,
            `openssl x509 -in ${mp.serverCert} -noout -issuer`,
            `openssl x509 -in ${mp.peerCert} -noout -issuer`,
          ];
        }),
      ),
    );
  } else {
    check.push(
      t.checkTrust(trustCount),
      '',
      ...sh(
        plan.cluster.members.flatMap((m) => {
          const mp = memberPaths(plan, m);
          return [
            `# ${t.onMember(m.name)}`,
            `grep -c 'BEGIN CERTIFICATE' ${mp.ca}`,
            `systemctl show -p ActiveEnterTimestamp ${mp.unitName}`,
          ];
        }),
      ),
    );
  }
  check.push(
    t.checkHealth,
    '',
    ...sh([etcdctl(all, 'endpoint health'), etcdctl(all, 'member list -w table')]),
  );

  const table = rows(plan, t, folder, leaves);
  return [
    `### ${t.phaseTitle(p.phase, t.phaseWhat[index]!, folder)}`,
    '',
    t.changes[index]!,
    '',
    `| ${t.filesHead.join(' | ')} |`,
    '|---|---|---|',
    ...table.map((r) => `| ${r.join(' | ')} |`),
    '',
    `#### ${t.stepsTitle}`,
    '',
    ...steps,
    `#### ${t.checkTitle(next?.phase)}`,
    '',
    ...check,
  ];
}
