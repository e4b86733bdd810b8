/** Simplified Chinese prose of README.md. */
import type { ReadmeText } from './readme-text';

/** 简体中文 README 文本。 */
export const README_ZH: ReadmeText = {
  title: 'etcd TLS 证书包',
  intro: (f) =>
    `由 etcd TLS Wizard 为 etcd ${f.version} 集群（${f.members} 个成员）生成。` +
    `所有证书均由 CA "${f.caSubject}" 签发（SHA-256 指纹 \`${f.caFingerprint}\`，有效期至 ${f.caNotAfter}）。` +
    `各成员的证书文件存放在 \`${f.pkiDir}\`，所有生成的配置都指向该目录。`,
  warningsTitle: '警告：请先阅读',
  importantTitle: '开始之前',
  oneForm:
    '每个成员目录中的同一组设置有三种形式：`etcd.conf.yml`（由 `etcd.service` 使用）、`etcd.env` 和 `etcd.flags`。' +
    '只能选用其中一种。**etcd 一旦使用配置文件，就会忽略所有命令行参数和所有 `ETCD_*` 环境变量**；' +
    '而如果同一设置既以参数又以 `ETCD_*` 变量给出，etcd 会拒绝启动。',
  unencryptedKeys:
    '私钥（`*.key`）**未加密**，因为 etcd 无法读取加密的私钥（kube-apiserver、etcdctl 和 APISIX 也不能）。' +
    '请用文件权限保护它们：`chmod 600`，属主为运行该程序的用户。',
  caKey: (f) =>
    (f.caExported === 'none'
      ? '本证书包中不含 CA 私钥。'
      : f.caExported === 'encrypted'
        ? '`ca/ca.key` 是用您的口令加密的 CA 私钥。'
        : '`ca/ca.key` 是**未加密**的 CA 私钥。') +
    '**切勿把 CA 私钥复制到任何 etcd 成员或客户端**：持有它的人可以签发所有成员都信任的证书。请离线保存，只在签发或续期证书时使用。',
  gateway34:
    'etcd 3.4 在读取配置文件时会关闭 HTTP/JSON 网关，导致 APISIX 报错（"gRPC gateway is not enabled"）。生成的配置已设置 `enable-grpc-gateway: true`，请保留。',
  mtls: '两个端口都要求客户端证书：每个客户端（etcdctl、kube-apiserver、APISIX）和每个成员都必须出示由此 CA 签发的证书。',
  filesTitle: '证书包内容',
  fileHead: ['文件', '说明', '放置位置'],
  file: {
    colon: '：',
    sans: (list) => `（SAN：${list}）`,
    caCrt: 'CA 证书（公开）：所有成员和客户端的信任锚',
    caKey: (e) => (e === 'encrypted' ? 'CA 私钥，已用口令加密' : 'CA 私钥，未加密'),
    nodeCa: 'CA 证书副本',
    serverCert: '客户端端口使用的服务端证书',
    serverKey: '其私钥（未加密，权限 0600）',
    peerCert: '对等证书（成员之间的通信）',
    peerKey: '其私钥（未加密，权限 0600）',
    conf: 'etcd 配置文件，由 etcd.service 读取',
    env: '以 ETCD_* 变量表示的同一组设置（备选）',
    flags: '以一条命令行表示的同一组设置（备选）',
    unit: '使用配置文件启动 etcd 的 systemd 单元',
    clientCa: 'CA 证书副本',
    clientCert: (kind) => `客户端证书（${kind}）`,
    clientKey: '其私钥（未加密，权限 0600）',
    p12: 'PKCS#12 格式的证书和私钥',
    etcdctlEnv: '使用绝对路径的 ETCDCTL_* 变量',
    checkSh: '运行 `etcdctl endpoint health` 和 `endpoint status -w table`',
    kubeFlags: 'kube-apiserver 的 --etcd-* 参数',
    kubeadm: 'kubeadm ClusterConfiguration 的 `etcd.external` 片段',
    secret: '供 Pod 使用的 kubernetes.io/tls Secret（tls.crt、tls.key、ca.crt）',
    rbac: 'APISIX 服务发现所需的 ServiceAccount、ClusterRole、ClusterRoleBinding 和令牌 Secret',
    apisix: 'APISIX config.yaml 中通过双向 TLS 连接 etcd 的配置',
    expiryTxt: '每张证书的到期日期和剩余天数',
    expiryIcs: '日历提醒，在每张证书到期前 30 天',
    plan: '生成本证书包所用的计划：再次打开它即可续期或修改证书包',
    manifest: '机器可读的 CA 和每张证书的清单：序列号、指纹、日期、文件',
    onMember: (m) => `成员 ${m}`,
    onAdmin: '管理主机',
    onApiserver: '控制平面节点',
    onApisix: 'APISIX 主机',
    kubectl: '`kubectl apply`',
    calendar: '您的日历',
    nowhere: '由您离线保管',
  },
  installTitle: '安装成员',
  install: (m, colocated) =>
    `在成员 **${m}** 上，以 root 身份在证书包目录中执行：` +
    (colocated ? '（该成员与其他成员共用一台主机，因此使用独立的目录、配置文件和单元名称）' : ''),
  installAlt:
    '也可以不用 systemd 单元，而是用 `etcd.flags` 启动 etcd，或把 `etcd.env` 作为 systemd 的 `EnvironmentFile=` 且不带任何参数。切勿与配置文件混用。',
  startAll:
    '请在几分钟内启动所有成员：每个成员都会等待 `initial-cluster` 中列出的其他成员。`initial-cluster-state: new` 只在第一次启动时起作用。',
  startExisting:
    '该集群已在运行，因此所有配置都写有 `initial-cluster-state: existing`：以空数据目录启动的成员会加入正在运行的集群（须先执行 `etcdctl member add`），而不会另建新集群。已有数据的成员会忽略该设置，无需为此重启。',
  etcdctlTitle: '用 etcdctl 检查集群',
  etcdctl: (f, api) =>
    `在证书包中，\`check.sh\` 使用与它同目录的证书文件，因此可以直接运行。` +
    `\`etcdctl.env\` 使用 \`${f.etcdctlDir}\` 下的绝对路径：请把该目录安装到那里再 source 它。` +
    (api
      ? '它设置了 `ETCDCTL_API=3`（etcdctl 3.4/3.5 会读取）。'
      : '它没有设置 `ETCDCTL_API`：etcdctl 3.6 已不再读取该变量。') +
    '设置了这些变量后，不要再传 `--endpoints`、`--cacert`、`--cert` 或 `--key`：参数与变量冲突时 etcdctl 会直接退出。',
  etcdctlInstalled: '安装该目录之后：',
  apiserverTitle: 'kube-apiserver',
  apiserver:
    '把客户端文件复制到 kubeadm 使用的路径，并加入 `kube-apiserver/etcd.flags` 中的参数。服务器列表使用各成员的 advertise client URL。',
  kubeadm:
    '使用 kubeadm 时，请改为把 `kube-apiserver/kubeadm-etcd-external.yaml` 合并进 ClusterConfiguration，由 kubeadm 设置这些参数。',
  kubernetesTitle: 'Kubernetes',
  kubernetesSecrets:
    '每个 `kubernetes/etcd-client-*.secret.yaml` 都是包含 `tls.crt`、`tls.key` 和 `ca.crt` 的 `kubernetes.io/tls` Secret，以卷挂载后即得到这三个文件。其中含有私钥，请像对待私钥一样保管该文件。',
  rbac: '自 Kubernetes 1.24 起，ServiceAccount 不再自动获得令牌 Secret，因此 RBAC 文件还会创建一个 `kubernetes.io/service-account-token` 类型的 Secret，由 Kubernetes 填入令牌。把令牌写入 APISIX 读取的文件（`client.token_file`）：',
  serviceName:
    '之后在 upstream 中用 `discovery_type: kubernetes` 和 `service_name: <命名空间>/<Service 名称>:<端口名称>` 指定 Service，例如 `default/my-app:http`。' +
    '最后一个 `:` 之后是 Service 端口的**名称**，而不是端口号（只有端口未命名时才能用端口号）。' +
    '缺少 `:` 时 APISIX 会记录 `get unexpected upstream service_name`；命名空间、Service 名称或端口名称写错则不记录任何错误，路由返回 503 "no valid upstream node"。',
  apisixTitle: 'APISIX',
  apisix:
    '把 `apisix/config.yaml` 合并进 APISIX 的 `conf/config.yaml`，并把客户端文件（`ca.crt`、`client.crt`、`client.key`）复制到其中指定的目录。' +
    'APISIX 通过 etcd 的 HTTP/JSON 网关访问 etcd。OpenResty 按**主机名**校验 etcd 证书、不看 IP SAN，因此 etcd URL 使用服务端证书中的 DNS 名称，或由 `tls.sni` 指定一个所有服务端证书都包含的名称。',
  apisixK8s:
    '如果 APISIX 运行在 Kubernetes 中，请把其客户端 Secret 挂载到该目录，并用 `items` 把 `tls.crt` 映射为 `client.crt`、`tls.key` 映射为 `client.key`（`ca.crt` 名称不变）。',
  verifyTitle: '验证',
  verifyChain: '每张证书都能链到 CA，且用途正确：',
  verifyNames: '服务端证书覆盖客户端所连接的名称或 IP：',
  verifyFingerprint: 'CA 是您预期的那一个（与上面的指纹比较）：',
  verifyCluster: '运行中的集群可通过双向 TLS 响应：',
  expiryTitle: '到期',
  expiry:
    '`expiry.txt` 列出每张证书的到期日期和剩余天数；把 `expiry.ics` 导入日历，即可在每个到期日前 30 天收到提醒。',
};
