/** 生成文件中的简体中文注释。命令、参数和引用的工具输出保持原样。 */
import type { CommentText } from './comment-text';

/** Simplified Chinese. */
export const COMMENTS_ZH: CommentText = {
  etcd: {
    confHead: (version, member, configFile) => [
      `成员 ${member} 的 etcd ${version} 配置文件，由 etcd TLS Wizard 生成。`,
      `安装为 ${configFile}，然后启动：etcd --config-file ${configFile}`,
      '使用配置文件时，etcd 会忽略其他所有命令行参数和所有 ETCD_* 环境变量。',
      'URL 列表写成逗号分隔的字符串，而不是 YAML 列表：etcd 要求这样写。',
    ],
    envHead: (version, member, envFile) => [
      `成员 ${member} 的 etcd ${version} 环境变量文件，由 etcd TLS Wizard 生成。`,
      `用作 systemd 的 EnvironmentFile（${envFile}），或在 shell 中执行：set -a; . ./etcd.env; set +a`,
      '之后启动 etcd 时不要带 --config-file（有配置文件时 etcd 会忽略这些变量），',
      '也不要再用命令行参数给出相同的设置（参数与变量重复时 etcd 会退出）。',
    ],
    flagsHead: (version, member) => [
      `成员 ${member} 的 etcd ${version} 命令行，由 etcd TLS Wizard 生成。`,
      '原样运行即可（不要带 --config-file，也不要为相同的设置再设 ETCD_* 变量）。说明：',
    ],
    unitHead: (version, member, unitName, configFile) => [
      `etcd 成员 ${member}（etcd ${version}）的 systemd 单元，由 etcd TLS Wizard 生成。`,
      `安装为 /etc/systemd/system/${unitName}，并把 etcd.conf.yml 复制到 ${configFile}，`,
      `然后执行：systemctl daemon-reload && systemctl enable --now ${unitName}`,
      'etcd 只读取配置文件：给出配置文件时，命令行参数和 ETCD_* 变量都会被忽略。',
      '请按实际情况修改程序路径（官方发布包：/usr/local/bin/etcd；Debian 软件包：/usr/bin/etcd）。',
    ],
    unitNotify: 'etcd 准备好提供服务时会通知 systemd（sd_notify）。',
    unitNofile: 'etcd 为每个客户端连接、每个 WAL 和快照文件各占用一个文件描述符。',
    why: {
      name: '必须与 initial-cluster 中本成员的条目一致。',
      anyIp: (member) =>
        `计划中 ${member} 没有 IP 地址，因此它监听所有 IPv4 网卡（0.0.0.0）；在这里填入它的 IP，即可只绑定一块网卡。`,
      listenClient:
        '只能写 IP：etcd 不接受监听 URL 中的主机名（"expected IP in URL for binding"）。',
      advertiseClient: '告诉客户端使用的 URL；本成员的服务端证书覆盖这个地址。',
      stateNew: '"new" 表示新集群第一次启动；数据目录存在后，这一项会被忽略。',
      stateExisting:
        '"existing"：集群已在运行，新成员在 `etcdctl member add` 之后加入。数据目录存在后，这一项会被忽略。',
      gateway34: 'etcd 3.4 使用配置文件时会关闭 HTTP/JSON 网关，而 APISIX 需要这个网关。',
      gateway: 'APISIX 使用的 HTTP/JSON 网关；这里显式写出，不依赖默认值。',
      keyFile: '未加密：etcd 无法读取加密的私钥。请保持文件权限为 0600。',
      clientCertAuth: '每个客户端都必须出示由此 CA 签发的证书。',
      trustedCa: '只设置这一项，就已经强制要求客户端证书（etcd >= 3.4）。',
      peerClientCertAuth: '成员之间用各自的对等证书互相认证。',
    },
  },
  etcdctl: {
    envHead: (version, installDir, envPath) => [
      `此 etcd ${version} 集群的 etcdctl 设置，由 etcd TLS Wizard 生成。`,
      `把 ca.crt、client.crt、client.key 和本文件复制到 ${installDir}，然后执行：. ${envPath}`,
      '这里都是绝对路径。在证书包目录中请改为运行 ./check.sh：它使用同一目录下的文件。',
      '不要再同时传 --endpoints/--cacert/--cert/--key：参数与这些变量重复时 etcdctl 会退出。',
    ],
    noApi: '不设 ETCDCTL_API：etcdctl 3.6 只支持 v3，也不再读取这个变量。',
    checkHead: [
      '通过双向 TLS 检查每个 etcd 成员：先运行 endpoint health，再以表格输出 endpoint status。',
      '先读取 etcdctl.env；如果本脚本旁边有证书文件，就让证书变量指向这些文件，',
      '因此在证书包中和安装目录中都能运行。',
      '设置 ETCDCTL=/path/to/etcdctl 可以改用其他 etcdctl 程序。',
    ],
    checkWriteOut: '下面的 -w 是命令行参数；若同时设置 WRITE_OUT 变量，两者冲突会让命令退出。',
    checkStatus: '即使 health 失败也运行 status：etcdctl 3.4 正是用这条命令打印 TLS 错误。',
  },
  kube: {
    copy: (lines, mode) =>
      lines.map(
        ([from, to], i) =>
          `${i === 0 ? '复制' : '    '} ${from} -> ${to}${i === lines.length - 1 ? `   （权限 ${mode}）` : ''}`,
      ),
    flagsHead: '连接外部 etcd 集群的 kube-apiserver 参数，由 etcd TLS Wizard 生成。',
    flagsAdd: '把下面几行加到 kube-apiserver 的启动命令中（静态 Pod 清单或 systemd 单元）。',
    kubeadmHead: [
      '外部 etcd 集群的 kubeadm ClusterConfiguration 片段（etcd TLS Wizard 生成）。',
      '把 etcd 部分合并到您的 kubeadm 配置中；kubeadm.k8s.io/v1beta4（Kubernetes 1.31+）',
      '的 etcd.external 字段与此相同。之后 kubeadm 会自行设置 --etcd-* 参数。',
    ],
  },
  apisix: {
    head: (version, client, dir) => [
      `APISIX ${version}.x 通过双向 TLS 连接 etcd 的配置，由 etcd TLS Wizard 生成。`,
      `合并到 conf/config.yaml 中。把 clients/${client}/{ca.crt,client.crt,client.key} 复制到 ${dir}/。`,
      'APISIX 通过 etcd 的 HTTP/JSON 网关访问 etcd；生成的 etcd 配置已经启用该网关。',
    ],
    trustedCa: [
      'etcd 证书的 CA。它会取代所有对外 TLS 连接所用的系统 CA 库；',
      '如果 APISIX 还需要公共 CA，请让这一项指向同时包含两者的文件。',
    ],
    host: 'URL 末尾不带斜杠；每个名称都在服务端证书的 SAN 中。',
    sni: 'OpenResty 校验的是这个名称，而不是 IP SAN：每张 etcd 服务端证书都包含它。',
    token: (sa) => [
      `Secret ${sa}-token 中的令牌（见 README）。在以 ServiceAccount ${sa} 运行的 Pod 中，`,
      '也可以使用 /var/run/secrets/kubernetes.io/serviceaccount/token。',
      '除非设置了 ssl_verify（3.17+），APISIX 不会校验 API 服务器的证书。',
    ],
    port: '写成带引号的字符串：APISIX 在这里不接受整数端口。',
    slices: [
      'APISIX 从 3.9.0 起接受这一项，但从 3.14.0 起才生效（3.9–3.13 仍然监听 Endpoints，',
      '更早的版本会忽略它）。RBAC 文件两者都已授权，因此每个版本都能找到自己的 Pod。',
    ],
  },
  kubernetes: {
    secretHead: (client, kind, file, ns) => [
      `供 Pod 使用的“${client}”（${kind}）etcd 客户端证书，由 etcd TLS Wizard 生成。`,
      `kubectl apply -f ${file}   （命名空间 ${ns}；包含私钥）`,
      '以 Secret 卷挂载后，会得到 tls.crt、tls.key 和 ca.crt 三个文件。',
    ],
    rbacHead: (ns, readToken) => [
      'APISIX Kubernetes 服务发现所需的 RBAC，由 etcd TLS Wizard 生成。',
      `kubectl apply -f apisix-discovery-rbac.yaml   （在 ${ns} 中创建命名空间级的对象）`,
      '令牌 Secret 由 Kubernetes 填充；用下面的命令读取令牌：',
      `  ${readToken}`,
    ],
  },
};
