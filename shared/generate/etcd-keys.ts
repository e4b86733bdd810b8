/**
 * The etcd settings the generators may write, with their flag, YAML location and the etcd minor
 * versions that have them (docs/etcd-tls.md#settings-per-etcd-version). Settings render only
 * through this table, so no flag or key a version lacks can reach a generated file.
 */
import type { EtcdVersion } from '../plan/schema';

/** Where a setting sits in etcd.conf.yml: top level, or inside a transport-security block. */
export type YamlLocation =
  | { readonly block?: undefined; readonly key: string }
  | {
      readonly block: 'client-transport-security' | 'peer-transport-security';
      readonly key: string;
    };

/** One etcd setting known to the generator. */
export interface EtcdKeySpec {
  readonly yaml: YamlLocation;
  /** Minor versions that accept it in both the flag and the config-file form. */
  readonly versions: readonly EtcdVersion[];
}

const ALL: readonly EtcdVersion[] = ['3.4', '3.5', '3.6'];
const top = (key: string, versions = ALL): EtcdKeySpec => ({ yaml: { key }, versions });
const client = (key: string, versions = ALL): EtcdKeySpec => ({
  yaml: { block: 'client-transport-security', key },
  versions,
});
const peer = (key: string, versions = ALL): EtcdKeySpec => ({
  yaml: { block: 'peer-transport-security', key },
  versions,
});

/**
 * Flag name (without `--`) to spec. `tls-min-version`/`tls-max-version` are deliberately absent:
 * they exist only from 3.4.25 / 3.5.8 and the plan names no patch release
 * (docs/generated-files.md#settings-left-out).
 */
export const ETCD_KEYS: Readonly<Record<string, EtcdKeySpec>> = {
  name: top('name'),
  'data-dir': top('data-dir'),
  'listen-peer-urls': top('listen-peer-urls'),
  'listen-client-urls': top('listen-client-urls'),
  'initial-advertise-peer-urls': top('initial-advertise-peer-urls'),
  'advertise-client-urls': top('advertise-client-urls'),
  'initial-cluster': top('initial-cluster'),
  'initial-cluster-state': top('initial-cluster-state'),
  'initial-cluster-token': top('initial-cluster-token'),
  'enable-grpc-gateway': top('enable-grpc-gateway'),
  'cert-file': client('cert-file'),
  'key-file': client('key-file'),
  'client-cert-auth': client('client-cert-auth'),
  'trusted-ca-file': client('trusted-ca-file'),
  'client-cert-file': client('client-cert-file', ['3.5', '3.6']),
  'client-key-file': client('client-key-file', ['3.5', '3.6']),
  'peer-cert-file': peer('cert-file'),
  'peer-key-file': peer('key-file'),
  'peer-client-cert-auth': peer('client-cert-auth'),
  'peer-trusted-ca-file': peer('trusted-ca-file'),
  'peer-client-cert-file': peer('client-cert-file', ['3.5', '3.6']),
  'peer-client-key-file': peer('client-key-file', ['3.5', '3.6']),
  'self-signed-cert-validity': top('self-signed-cert-validity', ['3.5', '3.6']),
  'peer-skip-client-san-verification': peer('skip-client-san-verification', ['3.6']),
};

/**
 * `ETCD_` + upper case with `-` → `_` (etcd `pkg/flags` FlagToEnv,
 * docs/etcd-tls.md#three-ways-to-configure-a-member).
 */
export const etcdEnvName = (flag: string): string =>
  `ETCD_${flag.toUpperCase().replace(/-/g, '_')}`;

/** The flag a YAML location stands for (inverse of the table), used to read configs back. */
export function flagForYaml(block: string | undefined, key: string): string | undefined {
  return Object.entries(ETCD_KEYS).find(
    ([, spec]) => spec.yaml.block === block && spec.yaml.key === key,
  )?.[0];
}
