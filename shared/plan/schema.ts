/**
 * The plan file (version 1): everything needed to issue a PKI and generate a bundle. The GUI
 * and the CLI read and write the same file; zod reports the exact path of every problem.
 */
import * as z from 'zod';
import { KEY_ALGORITHMS } from '../pki/algorithms';
import { classifyAddress, type AddressProblem } from './address';
import { discoveryProblem, discoveryProblemText } from './apisix-discovery';
import { CLIENT_KINDS } from './client-kinds';

export const ETCD_VERSIONS = ['3.4', '3.5', '3.6'] as const;
export type EtcdVersion = (typeof ETCD_VERSIONS)[number];

export { CLIENT_KINDS, type ClientKind } from './client-kinds';

/** Human text for an address problem, used in schema messages (the UI translates by code). */
export const ADDRESS_PROBLEM_TEXT: Record<AddressProblem, string> = {
  empty: 'is empty',
  'has-scheme': 'is a URL; give only the host (IP or DNS name), without https:// and port',
  'has-port': 'has a port; give only the host, ports are set per member',
  'bad-ip': 'is not a valid IPv4 or IPv6 address',
  'bad-dns':
    'is not a valid DNS name (letters, digits, "-" and "." only, labels up to 63 characters)',
  'wildcard-bare':
    'is a bare "*"; Go matches it against any single-label name. Use "*.your.domain"',
  'wildcard-partial': 'has "*" inside a label; Go only honours "*" as the whole left-most label',
  'wildcard-not-leftmost': 'has "*" outside the left-most label; Go will never match it',
  'wildcard-not-allowed':
    'is a wildcard; a member must be given a concrete name or IP (wildcards go in extra SANs)',
};

const addressField = (allowWildcard: boolean) =>
  z.string().superRefine((value, ctx) => {
    const r = classifyAddress(value, { allowWildcard });
    if (!r.ok)
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" ${ADDRESS_PROBLEM_TEXT[r.problem]}`,
        params: { problem: r.problem },
      });
  });

// Checked with APISIX's own patterns: APISIX refuses to start on a value they refuse.
const discoveryField = (field: 'host' | 'port') =>
  z
    .string({
      error: (iss) =>
        typeof iss.input === 'number'
          ? `${iss.input} is a number; write it as a string, e.g. "${iss.input}" (APISIX refuses a YAML integer here)`
          : `expected a string such as ${field === 'port' ? '"6443"' : '"kubernetes.default.svc"'} or "\${VAR}"`,
    })
    .superRefine((value, ctx) => {
      const problem = discoveryProblem(field, value);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: discoveryProblemText(field, value, problem),
          params: { problem },
        });
    });

// Kubernetes names as the API server checks them: a namespace is a DNS-1123 label; a
// ServiceAccount name is a DNS-1123 subdomain, kept 6 characters short of 253 because its token
// Secret is named "<name>-token".
const k8sNamespace = z
  .string()
  .max(63, 'a Kubernetes namespace has at most 63 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'a Kubernetes namespace: a-z, 0-9 and "-", starting and ending with a letter or digit',
  );
const k8sServiceAccount = z
  .string()
  .max(
    247,
    'a ServiceAccount name here has at most 247 characters (its token Secret adds "-token")',
  )
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'a ServiceAccount name: a-z, 0-9, "-" and ".", each dot-separated part starting and ending with a letter or digit',
  );
const port = z.number().int().min(1).max(65535);
const keyAlgorithm = z.enum(KEY_ALGORITHMS);
const days = (max: number) => z.number().int().min(1).max(max);
const nameRe = /^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$/i;

const memberSchema = z.strictObject({
  name: z.string().regex(nameRe, 'member name: letters, digits, ".", "_" and "-", 1-64 characters'),
  addresses: z
    .array(addressField(false))
    .min(1, 'a member needs at least one IP address or DNS name'),
  clientPort: port.optional(),
  peerPort: port.optional(),
});

const clientObject = z.strictObject({
  name: z.string().regex(nameRe, 'client name: letters, digits, ".", "_" and "-", 1-64 characters'),
  kind: z.enum(CLIENT_KINDS).default('custom'),
  /**
   * Subject CN. Empty is allowed (APISIX with etcd auth:
   * docs/apisix.md#client-certificate-and-etcd-auth). Default per kind.
   */
  commonName: z.string().max(64).optional(),
  organization: z.string().max(64).optional(),
});

const clientEntry = z.union([z.enum(['kube-apiserver', 'apisix', 'etcdctl']), clientObject]);

const apisixSchema = z.strictObject({
  version: z.enum(['3', '2']).default('3'),
  /** Host names APISIX will dial; each must be covered by every server certificate. */
  hosts: z.array(addressField(false)).optional(),
  /**
   * Name to verify the etcd certificate against when hosts are IPs
   * (docs/apisix.md#host-name-checking).
   */
  sni: addressField(false).optional(),
  prefix: z.string().startsWith('/').default('/apisix'),
  discovery: z
    .strictObject({
      apiServerHost: discoveryField('host').default('${KUBERNETES_SERVICE_HOST}'),
      apiServerPort: discoveryField('port').default('${KUBERNETES_SERVICE_PORT}'),
      namespace: k8sNamespace.default('apisix'),
      serviceAccount: k8sServiceAccount.default('apisix-discovery'),
      watchEndpointSlices: z.boolean().default(false),
    })
    .optional(),
});

export const planSchema = z
  .strictObject({
    version: z.literal(1),
    /** Language of the generated README: en or zh-CN. */
    language: z.enum(['en', 'zh-CN']).default('en'),
    ca: z
      .strictObject({
        commonName: z.string().min(1).max(64).default('etcd-ca'),
        organization: z.string().max(64).optional(),
        key: keyAlgorithm.default('ecdsa-p256'),
        validityDays: days(36500).default(3650),
      })
      .prefault({}),
    leaf: z
      .strictObject({
        key: keyAlgorithm.default('ecdsa-p256'),
        validityDays: days(3650).default(365),
      })
      .prefault({}),
    pkiDir: z
      .string()
      .startsWith('/', 'an absolute path on the members, e.g. /etc/etcd/pki')
      .default('/etc/etcd/pki'),
    dataDir: z
      .string()
      .startsWith('/', 'an absolute path on the members, e.g. /var/lib/etcd')
      .default('/var/lib/etcd'),
    etcd: z
      .strictObject({
        version: z.enum(ETCD_VERSIONS).default('3.5'),
        clusterToken: z.string().min(1).default('etcd-cluster'),
        /** etcd authentication (users/roles) will be enabled: changes the APISIX CN rule. */
        auth: z.boolean().default(false),
        /**
         * `new` until the cluster first starts; `existing` once it runs, so that a member added
         * later joins it (etcd ignores the setting on members that already have a data dir).
         */
        initialClusterState: z.enum(['new', 'existing']).default('new'),
      })
      .prefault({}),
    cluster: z.strictObject({
      clientPort: port.default(2379),
      peerPort: port.default(2380),
      /** Add localhost, 127.0.0.1 and ::1 to server and peer certificates. */
      loopbackSans: z.boolean().default(true),
      /** Cluster-wide extra names for server certificates: load balancers, VIPs, service names, wildcards. */
      extraSans: z.array(addressField(true)).default([]),
      members: z.array(memberSchema).min(1, 'list at least one etcd member'),
    }),
    clients: z.array(clientEntry).default(['kube-apiserver', 'etcdctl']),
    apisix: apisixSchema.optional(),
    kubernetes: z
      .strictObject({
        /** Namespace of the Secrets that carry client certificates. */
        namespace: k8sNamespace.default('kube-system'),
      })
      .prefault({}),
  })
  .superRefine((plan, ctx) => {
    const seen = new Map<string, number>();
    plan.cluster.members.forEach((m, i) => {
      const prev = seen.get(m.name);
      if (prev !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['cluster', 'members', i, 'name'],
          message: `member name "${m.name}" is already used by members[${prev}]`,
        });
      seen.set(m.name, i);
      const cp = m.clientPort ?? plan.cluster.clientPort;
      const pp = m.peerPort ?? plan.cluster.peerPort;
      if (cp === pp)
        ctx.addIssue({
          code: 'custom',
          path: ['cluster', 'members', i, 'peerPort'],
          message: `client and peer port are both ${cp}`,
        });
      const addrs = new Map<string, number>();
      m.addresses.forEach((a, j) => {
        const c = classifyAddress(a);
        const key = c.ok ? c.address.value : a;
        const dup = addrs.get(key);
        if (dup !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['cluster', 'members', i, 'addresses', j],
            message: `"${a}" repeats addresses[${dup}]`,
          });
        addrs.set(key, j);
      });
    });
    // Two members on one host need different ports.
    const endpoints = new Map<string, number>();
    plan.cluster.members.forEach((m, i) => {
      const cp = m.clientPort ?? plan.cluster.clientPort;
      const pp = m.peerPort ?? plan.cluster.peerPort;
      for (const a of m.addresses) {
        const c = classifyAddress(a);
        if (!c.ok) continue;
        for (const p of [cp, pp]) {
          const k = `${c.address.value}:${p}`;
          const other = endpoints.get(k);
          if (other !== undefined && other !== i)
            ctx.addIssue({
              code: 'custom',
              path: ['cluster', 'members', i, 'addresses'],
              message: `${k} is also used by members[${other}]; give one of them other ports`,
            });
          endpoints.set(k, i);
        }
      }
    });
    const clientNames = new Set<string>();
    plan.clients.forEach((c, i) => {
      const name = typeof c === 'string' ? c : c.name;
      if (clientNames.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['clients', i],
          message: `client "${name}" is listed twice`,
        });
      clientNames.add(name);
    });
    if (plan.leaf.validityDays > plan.ca.validityDays)
      ctx.addIssue({
        code: 'custom',
        path: ['leaf', 'validityDays'],
        message: `leaf validity (${plan.leaf.validityDays} days) is longer than the CA's (${plan.ca.validityDays}); certificates would be cut at the CA's end`,
      });
  });

/** A plan as written by a user (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
/** A validated plan with every default filled in. */
export type Plan = z.output<typeof planSchema>;
export type PlanMember = Plan['cluster']['members'][number];
export type PlanApisix = NonNullable<Plan['apisix']>;
