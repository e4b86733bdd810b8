/**
 * The example plan `init` prints, apart from plan.ts so that printing it loads neither the YAML
 * parser nor the schema (tests parse it to prove it valid).
 */

/** The commented example printed by `init`, valid as it stands. */
export const EXAMPLE_PLAN_YAML = `# etcd TLS Wizard plan (version 1). Edit, then: etcd-tls-wizard issue --plan plan.yaml --out bundle
version: 1
language: en               # language of the bundle README: en | zh-CN
ca:
  commonName: etcd-ca
  key: ecdsa-p256          # ecdsa-p256 | ecdsa-p384 | rsa-2048 | rsa-3072 | rsa-4096 | ed25519
  validityDays: 3650
leaf:
  key: ecdsa-p256
  validityDays: 365        # leaves never outlive the CA
pkiDir: /etc/etcd/pki      # where the files will live on each member; generated flags point here
dataDir: /var/lib/etcd
etcd:
  version: "3.5"           # 3.4 | 3.5 | 3.6: no flag or key the version lacks is written
  clusterToken: etcd-cluster
  auth: false              # true if you will enable etcd users/roles (APISIX then needs an empty-CN certificate)
  initialClusterState: new # new for the first start; existing once the cluster runs (add-member sets it)
cluster:
  clientPort: 2379
  peerPort: 2380
  loopbackSans: true       # add localhost, 127.0.0.1 and ::1 to server and peer certificates
  extraSans: []            # load balancer names, VIPs, service names, wildcards such as *.etcd.example.internal
  members:
    - name: etcd0
      addresses: [10.0.0.10, etcd0.example.internal]   # IPs and DNS names, told apart automatically
    - name: etcd1
      addresses: [10.0.0.11, etcd1.example.internal]
    - name: etcd2
      addresses: [10.0.0.12, etcd2.example.internal]
      # clientPort: 22379    # optional per-member ports (several members on one host)
      # peerPort: 22380
clients: [kube-apiserver, apisix, etcdctl]
apisix:
  version: "3"             # 3 | 2
`;
