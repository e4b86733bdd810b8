/** The prose of RUNBOOK.md (CA rotation), one implementation per language; commands are shared. */

/** Every sentence of the runbook, per language. */
export interface RunbookText {
  /** The file's title. */
  readonly title: string;
  readonly heading: string;
  /** Header of the CA table: subject, SHA-256, not after. */
  readonly caTableHead: string;
  readonly intro: string;
  readonly oldCa: string;
  readonly newCa: string;
  /** `paths`: the two files that hold the new CA key. */
  readonly newKey: (paths: readonly [string, string]) => string;
  readonly whyTitle: string;
  readonly why: readonly string[];
  readonly phaseTitle: (n: number, what: string, folder: string) => string;
  readonly phaseWhat: readonly [string, string, string];
  readonly changes: readonly [string, string, string];
  readonly filesHead: readonly [string, string, string];
  readonly onMember: (m: string) => string;
  readonly onControlPlane: string;
  readonly onApisix: string;
  readonly onAdmin: string;
  readonly onClient: (c: string) => string;
  readonly kubectl: string;
  readonly trustFile: string;
  readonly stepsTitle: string;
  readonly membersRestart: string;
  readonly membersNoRestart: string;
  readonly apiserverRestart: string;
  readonly apisixRestart: string;
  readonly podsRestart: string;
  readonly etcdctlNothing: string;
  readonly customClient: (c: string) => string;
  /** `next`: the phase that follows; undefined after the last one. */
  readonly checkTitle: (next: number | undefined) => string;
  readonly checkTrust: (n: number) => string;
  readonly checkLeaves: string;
  readonly checkHealth: string;
  readonly done: string;
  readonly rollback: string;
}

/** English runbook sentences. */
export const RUNBOOK_EN: RunbookText = {
  title: 'CA rotation runbook',
  heading: 'English',
  caTableHead: '| | subject | SHA-256 | not after |',
  intro:
    'This folder replaces the CA of an etcd cluster without downtime. It holds three complete bundles, one per phase, each with the usual layout (README.md, plan.yaml, manifest.json). Do the phases in order, finish every step of a phase on every machine, and run its check before you start the next one. The commands run from this folder: copy it (or the files each machine needs) to the machine; the `until etcdctl …` lines run wherever etcdctl reaches the cluster.',
  oldCa: 'CA in use today',
  newCa: 'New CA',
  newKey: (paths) =>
    `The new CA key is in ${paths.join(', ')}, encrypted. After phase 3, keep \`phase-3-new-ca-only/\` as the bundle for renew and add-member.`,
  whyTitle: 'Why three phases',
  why: [
    'etcd reads its own certificate and key (`cert-file`, `key-file`, `peer-cert-file`, `peer-key-file`) again on each new TLS connection, so replaced certificates take effect without a restart.',
    'etcd reads `trusted-ca-file` and `peer-trusted-ca-file` only when it starts; kube-apiserver (`--etcd-cafile`) and APISIX (`apisix.ssl.ssl_trusted_certificate`) also read their CA file at start. A trust change needs a restart, one machine at a time.',
    'So every machine must trust both CAs before any certificate of the new CA is in use (phase 1), every certificate is then replaced (phase 2), and only when no certificate of the old CA is left does the old CA leave the trust files (phase 3). During each phase, machines that already have it and machines that do not yet still trust each other.',
  ],
  phaseTitle: (n, what, folder) => `Phase ${n}: ${what} (\`${folder}/\`)`,
  phaseWhat: ['trust both CAs', 'certificates from the new CA', 'trust only the new CA'],
  changes: [
    'Only the trust files change: every `ca.crt` holds the old and the new CA. Certificates and keys are the ones in use today (same bytes).',
    'Every certificate and key is new, issued by the new CA with the same names. The trust files are the same as in phase 1 (both CAs).',
    'Only the trust files change: every `ca.crt` holds the new CA alone. Certificates and keys are the ones of phase 2 (same bytes).',
  ],
  filesHead: ['File', 'Goes to', 'Machine'],
  onMember: (m) => `member ${m}`,
  onControlPlane: 'every control-plane node',
  onApisix: 'every APISIX host',
  onAdmin: 'admin host',
  onClient: (c) => `where client ${c} runs`,
  kubectl: '`kubectl apply -f`',
  trustFile: 'trust file',
  stepsTitle: 'Steps, in this order',
  membersRestart:
    'etcd members, **one at a time**, the leader last. The first command shows which member leads (IS LEADER column): do the others first. For each member, put the file in place (copied under a temporary name, then renamed over the old one), hand leadership away if the member leads (the line with `move-leader` does it only then, to a follower; by hand: `etcdctl move-leader <ID of a follower>`, ID column), restart etcd, and wait until the member answers before you touch the next one (a member down at the wrong moment costs quorum; a leader that stops makes puts in flight fail):',
  membersNoRestart:
    'etcd members, one at a time: put the four files in place (each copied under a temporary name, then renamed over the old one, a key and its certificate one right after the other: etcd reads them on its next TLS handshake, no restart, and never finds one missing), then check that the member serves a certificate of the new CA:',
  apiserverRestart:
    'kube-apiserver, one control-plane node at a time: install the files, restart kube-apiserver (static pod: stop its container and the kubelet starts it again; a systemd unit: `systemctl restart kube-apiserver`), and wait until its etcd check is ok:',
  apisixRestart:
    'APISIX, one host or pod at a time: install the files and restart APISIX (`apisix restart`, or `kubectl rollout restart` of its Deployment); it reads its etcd files at start. Then check that the Admin API answers (it reads from etcd):',
  podsRestart:
    'Kubernetes Secrets: apply them, then restart the workloads that mount them (`kubectl rollout restart`): the mounted files change, but programs read them at start.',
  etcdctlNothing:
    'etcdctl (admin host): put the files in place the same way (etcdctl reads them on every run, so a run must never find one missing).',
  customClient: (c) =>
    `Client ${c}: install its files where it reads them and restart it if it reads them only at start.`,
  checkTitle: (next) => (next === undefined ? 'Final check' : `Check before phase ${next}`),
  checkTrust: (n) =>
    `Every trust file holds ${n} certificate${n === 1 ? '' : 's'}, and every etcd member, kube-apiserver and APISIX was restarted after it was installed:`,
  checkLeaves:
    'Every certificate in use is issued by the new CA (on each member, for its files; on the admin host, for what each member serves):',
  checkHealth: 'The whole cluster answers over mutual TLS with this phase’s etcdctl files:',
  done: 'The rotation is complete. Retire the old CA key as your policy says (keep it offline, or destroy it), and use `phase-3-new-ca-only/` from now on.',
  rollback:
    'Going back one phase is safe as long as that phase’s check passed: install the previous phase’s files the same way (with the same restarts). Never skip a phase, forwards or backwards.',
};

/** Simplified Chinese runbook sentences. */
export const RUNBOOK_ZH: RunbookText = {
  title: 'CA 轮换操作手册',
  heading: '简体中文',
  caTableHead: '| | 主题 | SHA-256 | 到期时间 (UTC) |',
  intro:
    '本目录用于在不停机的情况下更换 etcd 集群的 CA。其中有三个完整的证书包，每个阶段一个，目录结构与普通证书包相同（README.md、plan.yaml、manifest.json）。请按顺序执行各阶段：在每台机器上完成一个阶段的全部步骤，并在开始下一阶段之前执行该阶段的检查。命令在本目录中运行：把本目录（或各机器所需的文件）复制到该机器上；`until etcdctl …` 这几行在能够访问集群的任意机器上运行。',
  oldCa: '当前使用的 CA',
  newCa: '新 CA',
  newKey: (paths) =>
    `新 CA 的私钥在 ${paths.join('、')} 中，已加密。第 3 阶段完成后，请以 \`phase-3-new-ca-only/\` 作为今后续期和添加成员所用的证书包。`,
  whyTitle: '为什么分三个阶段',
  why: [
    'etcd 在每个新的 TLS 连接上都会重新读取自己的证书和私钥（`cert-file`、`key-file`、`peer-cert-file`、`peer-key-file`），因此替换证书无需重启。',
    'etcd 只在启动时读取 `trusted-ca-file` 和 `peer-trusted-ca-file`；kube-apiserver（`--etcd-cafile`）和 APISIX（`apisix.ssl.ssl_trusted_certificate`）也只在启动时读取 CA 文件。更改信任需要重启，每次一台机器。',
    '因此，在任何新 CA 签发的证书投入使用之前，每台机器都必须同时信任两个 CA（第 1 阶段）；然后替换所有证书（第 2 阶段）；只有当旧 CA 签发的证书都不再使用时，才把旧 CA 从信任文件中移除（第 3 阶段）。在每个阶段进行期间，已完成和尚未完成该阶段的机器之间仍然互相信任。',
  ],
  phaseTitle: (n, what, folder) => `第 ${n} 阶段：${what}（\`${folder}/\`）`,
  phaseWhat: ['同时信任两个 CA', '换用新 CA 签发的证书', '只信任新 CA'],
  changes: [
    '只有信任文件变化：每个 `ca.crt` 同时包含旧 CA 和新 CA。证书和私钥仍是当前使用的那些（字节完全相同）。',
    '所有证书和私钥都是新的，由新 CA 以相同的名称签发。信任文件与第 1 阶段相同（两个 CA）。',
    '只有信任文件变化：每个 `ca.crt` 只包含新 CA。证书和私钥是第 2 阶段的那些（字节完全相同）。',
  ],
  filesHead: ['文件', '安装到', '机器'],
  onMember: (m) => `成员 ${m}`,
  onControlPlane: '每个控制平面节点',
  onApisix: '每台 APISIX 主机',
  onAdmin: '管理主机',
  onClient: (c) => `客户端 ${c} 所在的机器`,
  kubectl: '`kubectl apply -f`',
  trustFile: '信任文件',
  stepsTitle: '步骤（按此顺序）',
  membersRestart:
    'etcd 成员，**每次一个**，领导者（leader）最后处理。第一条命令显示哪个成员是领导者（IS LEADER 列）：先处理其他成员。对每个成员：把文件放到位（先以临时名称复制，再重命名覆盖旧文件）；如果该成员是领导者，先把领导权交给其他成员（带 `move-leader` 的那一行只在此时才会执行，交给一个跟随者；手动执行：`etcdctl move-leader <跟随者的 ID>`，ID 列）；然后重启 etcd，等该成员恢复响应后再处理下一个（在错误的时刻停掉成员会失去法定人数；领导者停止时，正在进行的写入会失败）：',
  membersNoRestart:
    'etcd 成员，每次一个：把四个文件放到位（每个文件先以临时名称复制，再重命名覆盖旧文件，私钥和对应证书紧接着先后重命名：etcd 在下一次 TLS 握手时读取它们，无需重启，也不会遇到文件缺失），然后检查该成员提供的是新 CA 签发的证书：',
  apiserverRestart:
    'kube-apiserver，每次一个控制平面节点：安装文件，重启 kube-apiserver（静态 Pod：停止其容器，kubelet 会重新启动它；systemd 单元：`systemctl restart kube-apiserver`），并等待其 etcd 检查通过：',
  apisixRestart:
    'APISIX，每次一台主机或一个 Pod：安装文件并重启 APISIX（`apisix restart`，或对其 Deployment 执行 `kubectl rollout restart`）；它在启动时读取 etcd 相关文件。然后检查 Admin API 能够响应（它从 etcd 读取数据）：',
  podsRestart:
    'Kubernetes Secret：应用它们，然后重启挂载它们的工作负载（`kubectl rollout restart`）：挂载的文件会变化，但程序只在启动时读取。',
  etcdctlNothing:
    'etcdctl（管理主机）：以同样的方式把文件放到位（etcdctl 每次运行都会读取它们，因此任何一次运行都不能遇到文件缺失）。',
  customClient: (c) => `客户端 ${c}：把其文件安装到它读取的位置；如果它只在启动时读取，请重启它。`,
  checkTitle: (next) => (next === undefined ? '最后检查' : `进入第 ${next} 阶段之前的检查`),
  checkTrust: (n) =>
    `每个信任文件都包含 ${n} 张证书，并且每个 etcd 成员、kube-apiserver 和 APISIX 都在安装后重启过：`,
  checkLeaves:
    '所有正在使用的证书都由新 CA 签发（在每个成员上检查其文件；在管理主机上检查每个成员实际提供的证书）：',
  checkHealth: '使用本阶段的 etcdctl 文件，整个集群可以通过双向 TLS 响应：',
  done: 'CA 轮换完成。请按您的策略处置旧 CA 私钥（离线保存或销毁），今后使用 `phase-3-new-ca-only/`。',
  rollback:
    '只要上一阶段的检查通过，退回一个阶段就是安全的：以相同方式（包括相同的重启）安装上一阶段的文件。无论向前还是向后，都不要跳过阶段。',
};
