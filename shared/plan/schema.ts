/**
 * The plan file (version 1): everything needed to issue a PKI and generate a bundle. The GUI
 * and the CLI read and write the same file; zod reports the exact path of every problem.
 */
import * as z from 'zod/mini';
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
  z.string().check(
    z.superRefine((value, ctx) => {
      const r = classifyAddress(value, { allowWildcard });
      if (!r.ok)
        ctx.addIssue({
          code: 'custom',
          message: addressProblemId(r.problem),
          params: { value },
        });
    }),
  );

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
    .check(
      z.superRefine((value, ctx) => {
        const problem = discoveryProblem(field, value);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            ...discoveryProblemText(field, value, problem),
          });
      }),
    );

// Kubernetes names as the API server checks them: a namespace is a DNS-1123 label; a
// ServiceAccount name is a DNS-1123 subdomain, kept 6 characters short of 253 because its token
// Secret is named "<name>-token".
const k8sNamespace = z
  .string()
  .check(
    z.maxLength(63, id('plan.k8s-namespace-long')),
    z.regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, id('plan.k8s-namespace-format')),
  );
const k8sServiceAccount = z
  .string()
  .check(
    z.maxLength(247, id('plan.service-account-long')),
    z.regex(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
      id('plan.service-account-format'),
    ),
  );
const whole = (max: number) => z.int().check(z.minimum(1), z.maximum(max));
const port = whole(65535);
const keyAlgorithm = z.enum(KEY_ALGORITHMS);
const days = whole;
const nameRe = /^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$/i;

const memberSchema = z.strictObject({
  name: z.string().check(z.regex(nameRe, id('plan.member-name'))),
  addresses: z.array(addressField(false)).check(z.minLength(1, id('plan.member-no-address'))),
  clientPort: z.optional(port),
  peerPort: z.optional(port),
});

const clientObject = z.strictObject({
  name: z.string().check(z.regex(nameRe, id('plan.client-name'))),
  kind: z._default(z.enum(CLIENT_KINDS), 'custom'),
  /**
   * Subject CN. Empty is allowed (APISIX with etcd auth:
   * docs/apisix.md#client-certificate-and-etcd-auth). Default per kind.
   */
  commonName: z.optional(z.string().check(z.maxLength(64))),
  organization: z.optional(z.string().check(z.maxLength(64))),
});

const clientEntry = z.union([z.enum(['kube-apiserver', 'apisix', 'etcdctl']), clientObject]);

const apisixSchema = z.strictObject({
  version: z._default(z.enum(['3', '2']), '3'),
  /** Host names APISIX will dial; each must be covered by every server certificate. */
  hosts: z.optional(z.array(addressField(false))),
  /**
   * Name to verify the etcd certificate against when hosts are IPs
   * (docs/apisix.md#host-name-checking).
   */
  sni: z.optional(addressField(false)),
  prefix: z._default(z.string().check(z.startsWith('/', id('plan.prefix-slash'))), '/apisix'),
  discovery: z.optional(
    z.strictObject({
      apiServerHost: z._default(discoveryField('host'), '${KUBERNETES_SERVICE_HOST}'),
      apiServerPort: z._default(discoveryField('port'), '${KUBERNETES_SERVICE_PORT}'),
      namespace: z._default(k8sNamespace, 'apisix'),
      serviceAccount: z._default(k8sServiceAccount, 'apisix-discovery'),
      watchEndpointSlices: z._default(z.boolean(), false),
    }),
  ),
});

export const planSchema = z
  .strictObject({
    version: z.literal(1),
    /** Language of the generated README: en or zh-CN. */
    language: z._default(z.enum(['en', 'zh-CN']), 'en'),
    ca: z.prefault(
      z.strictObject({
        commonName: z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'etcd-ca'),
        organization: z.optional(z.string().check(z.maxLength(64))),
        key: z._default(keyAlgorithm, 'ecdsa-p256'),
        validityDays: z._default(days(36500), 3650),
      }),
      {},
    ),
    leaf: z.prefault(
      z.strictObject({
        key: z._default(keyAlgorithm, 'ecdsa-p256'),
        validityDays: z._default(days(3650), 365),
      }),
      {},
    ),
    pkiDir: z._default(
      z.string().check(z.startsWith('/', id('plan.pki-dir-absolute'))),
      '/etc/etcd/pki',
    ),
    dataDir: z._default(
      z.string().check(z.startsWith('/', id('plan.data-dir-absolute'))),
      '/var/lib/etcd',
    ),
    etcd: z.prefault(
      z.strictObject({
        version: z._default(z.enum(ETCD_VERSIONS), '3.5'),
        clusterToken: z._default(z.string().check(z.minLength(1)), 'etcd-cluster'),
        /** etcd authentication (users/roles) will be enabled: changes the APISIX CN rule. */
        auth: z._default(z.boolean(), false),
        /**
         * `new` until the cluster first starts; `existing` once it runs, so that a member added
         * later joins it (etcd ignores the setting on members that already have a data dir).
         */
        initialClusterState: z._default(z.enum(['new', 'existing']), 'new'),
      }),
      {},
    ),
    cluster: z.strictObject({
      clientPort: z._default(port, 2379),
      peerPort: z._default(port, 2380),
      /** Add localhost, 127.0.0.1 and ::1 to server and peer certificates. */
      loopbackSans: z._default(z.boolean(), true),
      /** Cluster-wide extra names for server certificates: load balancers, VIPs, service names, wildcards. */
      extraSans: z._default(z.array(addressField(true)), []),
      members: z.array(memberSchema).check(z.minLength(1, id('plan.no-members'))),
    }),
    clients: z._default(z.array(clientEntry), ['kube-apiserver', 'etcdctl']),
    apisix: z.optional(apisixSchema),
    kubernetes: z.prefault(
      z.strictObject({
        /** Namespace of the Secrets that carry client certificates. */
        namespace: z._default(k8sNamespace, 'kube-system'),
      }),
      {},
    ),
  })
  .check(
    z.superRefine((plan, ctx) => {
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
    }),
  );

/** A plan as written by a user (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
/** A validated plan with every default filled in. */
export type Plan = z.output<typeof planSchema>;
export type PlanMember = Plan['cluster']['members'][number];
export type PlanApisix = NonNullable<Plan['apisix']>;
