/**
 * The example plan `init` prints under a Chinese locale or `--lang zh-CN`: the same YAML as
 * EXAMPLE_PLAN_YAML with `language: zh-CN` and the comments in Chinese (plan.test.ts checks that
 * both read to the same plan but for the language).
 */

/** 带中文注释的示例计划，可直接使用。 */
export const EXAMPLE_PLAN_YAML_ZH = `# etcd TLS Wizard 计划（第 1 版）。修改后运行：etcd-tls-wizard issue --plan plan.yaml --out bundle
version: 1
language: zh-CN            # 证书包中 README 和注释的语言：en | zh-CN
ca:
  commonName: etcd-ca
  key: ecdsa-p256          # ecdsa-p256 | ecdsa-p384 | rsa-2048 | rsa-3072 | rsa-4096 | ed25519
  validityDays: 3650
leaf:
  key: ecdsa-p256
  validityDays: 365        # 叶子证书的有效期不会超过 CA
pkiDir: /etc/etcd/pki      # 证书文件在各成员上的存放目录；生成的参数都指向这里
dataDir: /var/lib/etcd
etcd:
  version: "3.5"           # 3.4 | 3.5 | 3.6：不会写入该版本没有的参数或配置项
  clusterToken: etcd-cluster
  auth: false              # 如果要启用 etcd 用户和角色，设为 true（此时 APISIX 需要一张 CN 为空的证书）
  initialClusterState: new # 首次启动用 new；集群运行后为 existing（add-member 会自动设置）
cluster:
  clientPort: 2379
  peerPort: 2380
  loopbackSans: true       # 在服务端证书和对等证书中加入 localhost、127.0.0.1 和 ::1
  extraSans: []            # 负载均衡器名称、VIP、服务名，或 *.etcd.example.internal 这样的通配名
  members:
    - name: etcd0
      addresses: [10.0.0.10, etcd0.example.internal]   # IP 和 DNS 名称，自动区分
    - name: etcd1
      addresses: [10.0.0.11, etcd1.example.internal]
    - name: etcd2
      addresses: [10.0.0.12, etcd2.example.internal]
      # clientPort: 22379    # 可选：按成员设置端口（一台主机上运行多个成员时）
      # peerPort: 22380
clients: [kube-apiserver, apisix, etcdctl]
apisix:
  version: "3"             # 3 | 2
`;
