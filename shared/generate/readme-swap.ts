/**
 * The README section of a renewed bundle: the lines that put the renewed certificates and keys
 * in place on running machines (swap-files.ts: a temporary name, then a rename), and what each
 * program needs to use them. The first-install lines of the README are not for this: `install`
 * onto a file deletes it first, and a member or client that reads it in between fails.
 */
import { memberUrls, resolveClients } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { adminClient } from './readme-change';
import { clientDir, kubernetesSecretPath, memberPaths, nodeDir } from './paths';
import { clientTargets, pairSwap, swapCommands, type SwapFile } from './swap-files';
import type { ClientRoles } from './types';

/** Heading of the section; `renew` names it in its output. */
export const SWAP_TITLE = {
  en: 'Swap renewed certificates in place',
  zh: '原地替换续期的证书',
} as const;

interface SwapText {
  readonly title: string;
  readonly intro: (ids: string) => string;
  readonly member: (m: string) => string;
  readonly etcdctl: string;
  readonly apiserver: string;
  readonly apisix: string;
  readonly other: (c: string) => string;
  readonly secrets: string;
}

const EN: SwapText = {
  title: SWAP_TITLE.en,
  intro: (ids) =>
    `This bundle renews ${ids}; every other file is the same as before. On a running machine, put the renewed files in place with these lines, from this bundle folder: each file is copied under a temporary name next to the old one, then renamed over it, so no program ever finds a file missing or half written. A key and its certificate are renamed one right after the other, key first: a program that reads both within the millisecond between the two renames gets the new key with the old certificate, and that one connection or command fails (\`tls: private key does not match public key\`); it works when tried again. Do not use the \`install\` lines of the first installation for this: \`install\` deletes the old file before it writes the new one.`,
  member: (m) =>
    `On member **${m}**: etcd reads its certificate and key again on the next TLS handshake, so it needs no restart. The last line prints the serial the member serves now.`,
  etcdctl: 'On the admin host (etcdctl): nothing to restart, etcdctl reads its files on every run.',
  apiserver:
    'On every control-plane node (kube-apiserver), one at a time: kube-apiserver reads its etcd client certificate and key (`--etcd-certfile`, `--etcd-keyfile`) when it starts, so restart it after the swap (static pod: stop its container and the kubelet starts it again; a systemd unit: `systemctl restart kube-apiserver`) and wait until its etcd check is ok:',
  apisix:
    'On every APISIX host, one at a time: APISIX reads its etcd client files when it starts, so restart it after the swap (`apisix restart`, or `kubectl rollout restart` of its Deployment), then check that the Admin API answers (it reads from etcd):',
  other: (c) =>
    `Client ${c}: put its files where it reads them the same way (temporary name, then rename), and restart it if it reads them only at start.`,
  secrets:
    'Kubernetes Secrets of the renewed clients: apply them, then restart the workloads that mount them (`kubectl rollout restart`): the mounted files change, but programs read them at start.',
};

const ZH: SwapText = {
  title: SWAP_TITLE.zh,
  intro: (ids) =>
    `本证书包续期了 ${ids}；其他文件与之前相同。在正在运行的机器上，请在本证书包目录中用以下命令把续期的文件放到位：每个文件先以临时名称复制到旧文件旁边，再重命名覆盖旧文件，因此任何程序都不会遇到文件缺失或只写了一半的文件。私钥和对应证书紧接着先后重命名（先私钥）：恰好在两次重命名之间的约一毫秒内读取这两个文件的程序会拿到新私钥和旧证书，这一次连接或命令会失败（\`tls: private key does not match public key\`），重试即可。不要用首次安装时的 \`install\` 命令做这件事：\`install\` 会先删除旧文件再写入新文件。`,
  member: (m) =>
    `在成员 **${m}** 上：etcd 在下一次 TLS 握手时重新读取其证书和私钥，因此无需重启。最后一行显示该成员当前提供的证书序列号。`,
  etcdctl: '在管理主机（etcdctl）上：无需重启，etcdctl 每次运行都会读取这些文件。',
  apiserver:
    '在每个控制平面节点（kube-apiserver）上，每次一个：kube-apiserver 在启动时读取其 etcd 客户端证书和私钥（`--etcd-certfile`、`--etcd-keyfile`），因此替换后请重启它（静态 Pod：停止其容器，kubelet 会重新启动它；systemd 单元：`systemctl restart kube-apiserver`），并等待其 etcd 检查通过：',
  apisix:
    '在每台 APISIX 主机上，每次一台：APISIX 在启动时读取其 etcd 客户端文件，因此替换后请重启它（`apisix restart`，或对其 Deployment 执行 `kubectl rollout restart`），然后检查 Admin API 能够响应（它从 etcd 读取数据）：',
  other: (c) =>
    `客户端 ${c}：以同样的方式（先用临时名称，再重命名）把其文件放到它读取的位置；如果它只在启动时读取，请重启它。`,
  secrets:
    '续期客户端的 Kubernetes Secret：应用它们，然后重启挂载它们的工作负载（`kubectl rollout restart`）：挂载的文件会变化，但程序只在启动时读取。',
};

const sh = (lines: readonly string[]) => ['```sh', ...lines, '```', ''];

/** README lines for swapping the `renewed` certificates (ids) on running machines, or none. */
export function swapSection(
  plan: Plan,
  roles: ClientRoles,
  renewed: readonly string[] | undefined,
  etcdctlHome: string,
): string[] {
  if (renewed === undefined || renewed.length === 0) return [];
  const t = plan.language === 'zh-CN' ? ZH : EN;
  const has = (id: string) => renewed.includes(id);
  const admin = adminClient(plan, roles.etcdctl);
  const out = [`## ${t.title}`, '', t.intro(renewed.map((id) => `\`${id}\``).join(', ')), ''];
  for (const m of plan.cluster.members) {
    const p = memberPaths(plan, m);
    const d = nodeDir(m.name);
    const groups: SwapFile[][] = [];
    if (has(`server:${m.name}`))
      groups.push(pairSwap(`${d}/server.crt`, p.serverCert, `${d}/server.key`, p.serverKey));
    if (has(`peer:${m.name}`))
      groups.push(pairSwap(`${d}/peer.crt`, p.peerCert, `${d}/peer.key`, p.peerKey));
    if (groups.length === 0) continue;
    const url = new URL(memberUrls(plan, m).client);
    const a = admin === undefined ? undefined : clientDir(admin);
    const check =
      a === undefined || !has(`server:${m.name}`)
        ? []
        : [
            `openssl s_client -connect ${url.host} -CAfile ca/ca.crt -cert ${a}/client.crt -key ${a}/client.key </dev/null 2>/dev/null | openssl x509 -noout -serial`,
          ];
    out.push(t.member(m.name), '', ...sh([...swapCommands(groups), ...check]));
  }
  const renewedClients = resolveClients(plan).filter((c) => has(`client:${c.name}`));
  for (const c of renewedClients) {
    const d = clientDir(c.name);
    const to = clientTargets(c.name, roles, etcdctlHome);
    if (to === undefined) {
      out.push(t.other(c.name), '');
      continue;
    }
    const lines = swapCommands([pairSwap(`${d}/client.crt`, to.cert, `${d}/client.key`, to.key)]);
    if (to.kind === 'etcdctl') out.push(t.etcdctl, '', ...sh(lines));
    else if (to.kind === 'kube-apiserver')
      out.push(
        t.apiserver,
        '',
        ...sh([
          ...lines,
          'crictl stop $(crictl ps --name kube-apiserver -q)',
          'until kubectl get --raw=/readyz/etcd; do sleep 2; done',
        ]),
      );
    else
      out.push(
        t.apisix,
        '',
        ...sh([
          ...lines,
          'apisix restart',
          'curl -fsS http://127.0.0.1:9180/apisix/admin/routes -H "X-API-KEY: $APISIX_ADMIN_KEY"',
        ]),
      );
  }
  if (renewedClients.length > 0)
    out.push(
      t.secrets,
      '',
      ...sh(renewedClients.map((c) => `kubectl apply -f ${kubernetesSecretPath(c.name)}`)),
    );
  return out;
}
