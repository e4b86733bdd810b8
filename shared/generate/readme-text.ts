/**
 * The prose of README.md, one implementation per language, so that readme.ts assembles the
 * same structure and the same commands for every language.
 */
import type { CaExport } from './types';

/** Facts the prose needs. */
export interface ReadmeFacts {
  readonly version: string;
  readonly members: number;
  readonly caSubject: string;
  readonly caFingerprint: string;
  readonly caNotAfter: string;
  readonly caExported: CaExport;
  readonly pkiDir: string;
  readonly etcdctlDir: string;
}

/** Every sentence of the README, per language. */
export interface ReadmeText {
  readonly title: string;
  intro(f: ReadmeFacts): string;
  readonly warningsTitle: string;
  readonly importantTitle: string;
  readonly oneForm: string;
  readonly unencryptedKeys: string;
  caKey(f: ReadmeFacts): string;
  readonly gateway34: string;
  readonly mtls: string;
  readonly filesTitle: string;
  readonly fileHead: readonly [string, string, string];
  readonly file: {
    /** Between a machine and a path ("member etcd0: `/etc/etcd/pki`"): full-width in Chinese. */
    colon: string;
    /** The SANs after a certificate's description. */
    sans: (list: string) => string;
    caCrt: string;
    caKey: (exported: CaExport) => string;
    nodeCa: string;
    serverCert: string;
    serverKey: string;
    peerCert: string;
    peerKey: string;
    conf: string;
    env: string;
    flags: string;
    unit: string;
    clientCa: string;
    clientCert: (kind: string) => string;
    clientKey: string;
    p12: string;
    etcdctlEnv: string;
    checkSh: string;
    kubeFlags: string;
    kubeadm: string;
    secret: string;
    rbac: string;
    apisix: string;
    expiryTxt: string;
    expiryIcs: string;
    plan: string;
    manifest: string;
    onMember: (m: string) => string;
    onAdmin: string;
    onApiserver: string;
    onApisix: string;
    kubectl: string;
    calendar: string;
    nowhere: string;
  };
  readonly installTitle: string;
  install(member: string, colocated: boolean): string;
  readonly installAlt: string;
  readonly startAll: string;
  /** Replaces startAll once the cluster runs (`initial-cluster-state: existing`). */
  readonly startExisting: string;
  readonly etcdctlTitle: string;
  etcdctl(f: ReadmeFacts, api: boolean): string;
  readonly etcdctlInstalled: string;
  readonly apiserverTitle: string;
  readonly apiserver: string;
  readonly kubeadm: string;
  readonly kubernetesTitle: string;
  readonly kubernetesSecrets: string;
  readonly rbac: string;
  readonly serviceName: string;
  readonly apisixTitle: string;
  readonly apisix: string;
  readonly apisixK8s: string;
  readonly verifyTitle: string;
  readonly verifyChain: string;
  readonly verifyNames: string;
  readonly verifyFingerprint: string;
  readonly verifyCluster: string;
  readonly expiryTitle: string;
  readonly expiry: string;
}
