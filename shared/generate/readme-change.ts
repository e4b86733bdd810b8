/**
 * The README section of a membership change (add-member, remove-member): the exact commands in
 * the only safe order. etcd must learn about a member (`member add`) before it starts, and must
 * forget one (`member remove`) before its machine goes away, or quorum is at risk.
 */
import { memberUrls, resolveClients } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { shellQuote } from './etcd-render';
import { clientDir, memberPaths } from './paths';
import type { MemberChange } from './types';

/** The client whose certificate the commands use: an etcdctl client, else the first one. */
export function adminClient(plan: Plan, etcdctl: readonly string[]): string | undefined {
  return etcdctl[0] ?? resolveClients(plan)[0]?.name;
}

/**
 * `etcdctl` with every connection flag spelled out, run from the folder that holds the bundle
 * (`prefix` is the bundle's folder relative to it, or '' inside the bundle).
 */
export function etcdctlCommand(
  endpoints: readonly string[],
  client: string | undefined,
  args: string,
  prefix = '',
): string {
  const d = client === undefined ? undefined : `${prefix}${clientDir(client)}`;
  const file = (f: string) => (d === undefined ? `<${f}>` : `${d}/${f}`);
  return [
    'etcdctl',
    `--endpoints=${endpoints.join(',')}`,
    `--cacert=${file('ca.crt')}`,
    `--cert=${file('client.crt')}`,
    `--key=${file('client.key')}`,
    args,
  ].join(' ');
}

const sh = (lines: string[]) => ['```sh', ...lines, '```', ''];

interface ChangeText {
  addTitle: (m: string) => string;
  removeTitle: (m: string) => string;
  shell: string;
  addAnnounce: (m: string, peer: string) => string;
  addInstall: (m: string) => string;
  addStart: (m: string) => string;
  check: string;
  addWait: (m: string) => string;
  addClients: string;
  removeClients: (m: string) => string;
  removeAnnounce: (m: string) => string;
  removeStop: (m: string) => string;
}

const EN: ChangeText = {
  addTitle: (m) => `Add member ${m}: these steps, in this order`,
  removeTitle: (m) => `Remove member ${m}: these steps, in this order`,
  shell:
    'Run the etcdctl commands from this bundle folder, in a shell where no `ETCDCTL_*` variable is set (etcdctl exits when a flag shadows a variable).',
  addAnnounce: (m, peer) =>
    `1. Announce ${m} to the running cluster. etcd prints \`ETCD_INITIAL_CLUSTER=…\`: it must name the same members and peer URLs as \`initial-cluster\` in \`nodes/${m}/etcd.conf.yml\` (the order may differ). From now on the cluster counts ${m} for its quorum, so go on at once. (Peer URL: \`${peer}\`.)`,
  addInstall: (m) =>
    `2. Copy \`nodes/${m}/\` to ${m} and install its files with the commands for ${m} under "Install a member" below, up to the last one, which starts etcd (step 3).`,
  addStart: (m) =>
    `3. Start ${m}. Its config says \`initial-cluster-state: existing\`, so it joins the running cluster and fetches the data from the others.`,
  check:
    'Check: every member answers and the member list shows every member as started (not "unstarted").',
  addWait: (m) =>
    `${m} needs a few seconds to connect and catch up, so the first line asks again every second until every member answers, for at most 2 minutes (\`timeout\` then exits 124: look at ${m}'s log before you go on).`,
  addClients:
    'Then give the clients the new endpoint list from this bundle: `etcdctl.env`, the kube-apiserver `--etcd-servers` flag (restart kube-apiserver), the APISIX `etcd.host` list (restart APISIX). The other members only gain the new name in `initial-cluster`, which etcd ignores once a member has data: install their files to keep them in step, no restart needed.',
  removeClients: (m) =>
    `1. Point the clients away from ${m} first: install this bundle's \`etcdctl.env\`, kube-apiserver \`--etcd-servers\` (restart kube-apiserver) and APISIX \`etcd.host\` (restart APISIX); none of them lists ${m} any more.`,
  removeAnnounce: (m) =>
    `2. Remove ${m} from the cluster, through the members that stay. Take its ID (first column) from the list:`,
  removeStop: (m) =>
    `3. On ${m}: stop etcd for good (a removed member stops by itself, but the unit would restart it), then delete its data dir and its keys:`,
};

const ZH: ChangeText = {
  addTitle: (m) => `添加成员 ${m}：请按以下顺序操作`,
  removeTitle: (m) => `移除成员 ${m}：请按以下顺序操作`,
  shell:
    '请在本证书包目录中、且未设置任何 `ETCDCTL_*` 变量的 shell 中运行 etcdctl 命令（参数与变量冲突时 etcdctl 会直接退出）。',
  addAnnounce: (m, peer) =>
    `1. 向正在运行的集群声明 ${m}。etcd 会输出 \`ETCD_INITIAL_CLUSTER=…\`，其中的成员和对等 URL 必须与 \`nodes/${m}/etcd.conf.yml\` 中的 \`initial-cluster\` 相同（顺序可以不同）。从此刻起集群在计算法定人数时已计入 ${m}，请立即继续。（对等 URL：\`${peer}\`。）`,
  addInstall: (m) =>
    `2. 把 \`nodes/${m}/\` 复制到 ${m}，并用下文"安装成员"中 ${m} 的命令安装其文件，最后一条命令（启动 etcd）留到第 3 步执行。`,
  addStart: (m) =>
    `3. 启动 ${m}。其配置写有 \`initial-cluster-state: existing\`，因此它会加入正在运行的集群并从其他成员同步数据。`,
  check: '检查：每个成员都有响应，且成员列表中每个成员都已启动（不是 "unstarted"）。',
  addWait: (m) =>
    `${m} 需要几秒钟来建立连接并同步数据，因此第一行每秒重试一次，直到每个成员都有响应，最多 2 分钟（超时后 \`timeout\` 以 124 退出：请先查看 ${m} 的日志再继续）。`,
  addClients:
    '然后把本证书包中的新端点列表交给各客户端：`etcdctl.env`、kube-apiserver 的 `--etcd-servers` 参数（重启 kube-apiserver）、APISIX 的 `etcd.host` 列表（重启 APISIX）。其他成员只是在 `initial-cluster` 中多了新成员的名字，成员已有数据后 etcd 会忽略该设置：安装它们的文件以保持一致即可，无需重启。',
  removeClients: (m) =>
    `1. 先让客户端不再连接 ${m}：安装本证书包中的 \`etcdctl.env\`、kube-apiserver 的 \`--etcd-servers\`（重启 kube-apiserver）和 APISIX 的 \`etcd.host\`（重启 APISIX）；它们都已不再包含 ${m}。`,
  removeAnnounce: (m) => `2. 通过保留的成员把 ${m} 从集群中移除。从列表中取得它的 ID（第一列）：`,
  removeStop: (m) =>
    `3. 在 ${m} 上：彻底停止 etcd（被移除的成员会自行停止，但 systemd 单元会把它重新拉起），然后删除其数据目录和私钥：`,
};

/** README lines of a membership change, or none. */
export function changeSection(
  plan: Plan,
  change: MemberChange | undefined,
  etcdctlClients: readonly string[],
): string[] {
  if (change === undefined) return [];
  const t = plan.language === 'zh-CN' ? ZH : EN;
  const client = adminClient(plan, etcdctlClients);
  const run = (endpoints: readonly string[], args: string) =>
    etcdctlCommand(endpoints, client, args);
  if (change.kind === 'add') {
    const m = plan.cluster.members.find((x) => x.name === change.member);
    if (!m) throw new Error(`bug: member ${change.member} is not in the plan`);
    const p = memberPaths(plan, m);
    const urls = memberUrls(plan, m);
    const peer = urls.peer;
    const all = [...change.runningEndpoints, urls.client];
    return [
      `## ${t.addTitle(change.member)}`,
      '',
      t.shell,
      '',
      t.addAnnounce(change.member, peer),
      '',
      ...sh([run(change.runningEndpoints, `member add ${change.member} --peer-urls=${peer}`)]),
      t.addInstall(change.member),
      '',
      t.addStart(change.member),
      '',
      ...sh([`systemctl daemon-reload && systemctl enable --now ${p.unitName}`]),
      `4. ${t.check} ${t.addWait(change.member)}`,
      '',
      ...sh([
        `timeout 120 sh -c 'until ${run(all, 'endpoint health')}; do sleep 1; done'`,
        run(all, 'member list -w table'),
      ]),
      `5. ${t.addClients}`,
      '',
    ];
  }
  return [
    `## ${t.removeTitle(change.member)}`,
    '',
    t.shell,
    '',
    t.removeClients(change.member),
    '',
    t.removeAnnounce(change.member),
    '',
    ...sh([
      run(change.runningEndpoints, 'member list -w table'),
      run(change.runningEndpoints, `member remove <ID of ${change.member}>`),
    ]),
    t.removeStop(change.member),
    '',
    ...sh([
      `systemctl disable --now ${change.unitName}`,
      `rm -rf ${shellQuote(change.dataDir)} ${shellQuote(change.pkiDir)}`,
    ]),
    `4. ${t.check}`,
    '',
    ...sh([
      run(change.runningEndpoints, 'endpoint health'),
      run(change.runningEndpoints, 'member list -w table'),
    ]),
  ];
}
