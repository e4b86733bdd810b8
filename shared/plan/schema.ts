/**
 * The plan file (version 1): everything needed to issue a PKI and generate a bundle. The GUI
 * and the CLI read and write the same file; zod reports the exact path of every problem.
 */
import * as z from 'zod';
import { KEY_ALGORITHMS } from '../pki/algorithms';
import type { TextId } from '../text/text';
import { classifyAddress, type AddressProblem } from './address';
import { discoveryProblem, discoveryProblemText } from './apisix-discovery';
import { CLIENT_KINDS } from './client-kinds';

export const ETCD_VERSIONS = ['3.4', '3.5', '3.6'] as const;
export type EtcdVersion = (typeof ETCD_VERSIONS)[number];

export { CLIENT_KINDS, type ClientKind } from './client-kinds';

/** The message id of an address problem; its text takes the address as `{value}`. */
export const addressProblemId = (problem: AddressProblem): `plan.address.${AddressProblem}` =>
  `plan.address.${problem}`;

// Custom messages are message ids (shared/text/params.ts); zodIssueText turns them into texts.
const id = (textId: TextId): string => textId;

const addressField = (allowWildcard: boolean) =>
  z.string().superRefine((value, ctx) => {
    const r = classifyAddress(value, { allowWildcard });
    if (!r.ok)
      ctx.addIssue({
        code: 'custom',
        message: addressProblemId(r.problem),
        params: { value },
      });
  });

// Checked with APISIX's own patterns: APISIX refuses to start on a value they refuse.
const discoveryField = (field: 'host' | 'port') =>
  z
    .string({
      error: (iss) =>
        typeof iss.input === 'number'
          ? id('plan.discovery.number')
          : id(
              field === 'port'
                ? 'plan.discovery.port-not-string'
                : 'plan.discovery.host-not-string',
            ),
    })
    .superRefine((value, ctx) => {
      const problem = discoveryProblem(field, value);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          ...discoveryProblemText(field, value, problem),
        });
    });

// Kubernetes names as the API server checks them: a namespace is a DNS-1123 label; a
// ServiceAccount name is a DNS-1123 subdomain, kept 6 characters short of 253 because its token
// Secret is named "<name>-token".
const k8sNamespace = z
  .string()
  .max(63, id('plan.k8s-namespace-long'))
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, id('plan.k8s-namespace-format'));
const k8sServiceAccount = z
  .string()
  .max(247, id('plan.service-account-long'))
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    id('plan.service-account-format'),
  );
const port = z.number().int().min(1).max(65535);
const keyAlgorithm = z.enum(KEY_ALGORITHMS);
const days = (max: number) => z.number().int().min(1).max(max);
const nameRe = /^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$/i;

const memberSchema = z.strictObject({
  name: z.string().regex(nameRe, id('plan.member-name')),
  addresses: z.array(addressField(false)).min(1, id('plan.member-no-address')),
  clientPort: port.optional(),
  peerPort: port.optional(),
});

const clientObject = z.strictObject({
  name: z.string().regex(nameRe, id('plan.client-name')),
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
  prefix: z.string().startsWith('/', id('plan.prefix-slash')).default('/apisix'),
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
    pkiDir: z.string().startsWith('/', id('plan.pki-dir-absolute')).default('/etc/etcd/pki'),
    dataDir: z.string().startsWith('/', id('plan.data-dir-absolute')).default('/var/lib/etcd'),
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
      members: z.array(memberSchema).min(1, id('plan.no-members')),
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
          message: id('plan.name-taken'),
          params: { name: m.name, n: prev + 1, index: prev },
        });
      seen.set(m.name, i);
      const cp = m.clientPort ?? plan.cluster.clientPort;
      const pp = m.peerPort ?? plan.cluster.peerPort;
      if (cp === pp)
        ctx.addIssue({
          code: 'custom',
          path: ['cluster', 'members', i, 'peerPort'],
          message: id('plan.same-ports'),
          params: { port: cp },
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
            message: id('plan.address-repeated'),
            params: { value: a, index: dup },
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
              message: id('plan.endpoint-taken'),
              params: { endpoint: k, n: other + 1, index: other },
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
          message: id('plan.client-twice'),
          params: { name },
        });
      clientNames.add(name);
    });
    if (plan.leaf.validityDays > plan.ca.validityDays)
      ctx.addIssue({
        code: 'custom',
        path: ['leaf', 'validityDays'],
        message: id('plan.leaf-longer'),
        params: { days: plan.leaf.validityDays, caDays: plan.ca.validityDays },
      });
  });

/** A plan as written by a user (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
/** A validated plan with every default filled in. */
export type Plan = z.output<typeof planSchema>;
export type PlanMember = Plan['cluster']['members'][number];
export type PlanApisix = NonNullable<Plan['apisix']>;
