/**
 * The four Kubernetes kinds the bundle writes, as typed builders and zod schemas: v1 Secret and
 * ServiceAccount, rbac.authorization.k8s.io/v1 ClusterRole and ClusterRoleBinding. The schemas
 * follow the Kubernetes OpenAPI definitions (io.k8s.api.core.v1.Secret, ...ServiceAccount,
 * io.k8s.api.rbac.v1.ClusterRole, ...ClusterRoleBinding, io.k8s.apimachinery...ObjectMeta) for the
 * fields we use, reject unknown fields as `kubectl apply` does (strict field validation), and add
 * the API server's own checks (names, label syntax, keys a Secret type requires, RBAC subjects),
 * so a wrong manifest fails when it is generated and not at `kubectl apply`.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// k8s.io/apimachinery/pkg/util/validation: the name and key grammars the API server enforces.
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const RBAC_GROUP = 'rbac.authorization.k8s.io';

const dnsLabel = z
  .string()
  .check(
    z.maxLength(63),
    z.regex(
      DNS1123_LABEL,
      'must be a DNS-1123 label: a-z, 0-9 and "-", starting and ending alphanumeric',
    ),
  );
const dnsSubdomain = z
  .string()
  .check(
    z.maxLength(253),
    z.regex(DNS1123_SUBDOMAIN, 'must be a DNS-1123 subdomain: lower-case labels joined by "."'),
  );
// RBAC objects only need a name usable as a URL path segment (ValidatePathSegmentName).
const pathSegmentName = z.string().check(
  z.minLength(1),
  z.refine(
    (s) => s !== '.' && s !== '..' && !/[/%]/.test(s),
    'may not be "." or "..", nor contain "/" or "%"',
  ),
);

/** A label or annotation key: an optional DNS-subdomain prefix and "/", then a name of <= 63. */
const isQualifiedName = (key: string): boolean => {
  const slash = key.indexOf('/');
  const [prefix, name] = slash < 0 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
  if (prefix !== undefined && !dnsSubdomain.safeParse(prefix).success) return false;
  return name.length <= 63 && QUALIFIED_NAME_PART.test(name);
};
const QUALIFIED_NAME_RULE =
  'must be a qualified name: [prefix/]name, name <= 63 characters of A-Z a-z 0-9 - _ . starting and ending alphanumeric';

/** A string map whose keys must pass `valid`; each bad key is reported at its own path. */
function keyedRecord<V extends z.ZodMiniType<string>>(
  valid: (key: string) => boolean,
  rule: string,
  value: V,
) {
  return z.record(z.string(), value).check(
    z.superRefine((record, ctx) => {
      for (const key of Object.keys(record))
        if (!valid(key)) ctx.addIssue({ code: 'custom', path: [key], message: rule });
    }),
  );
}
const labelValue = z.string().check(
  z.maxLength(63),
  z.refine(
    (v) => v === '' || QUALIFIED_NAME_PART.test(v),
    'must be empty or alphanumeric with - _ . inside',
  ),
);

// ObjectMeta, limited to the fields the bundle writes.
const labelsAndAnnotations = {
  labels: z.optional(keyedRecord(isQualifiedName, QUALIFIED_NAME_RULE, labelValue)),
  annotations: z
    .optional(keyedRecord(isQualifiedName, QUALIFIED_NAME_RULE, z.string()))
    .check(
      z.refine(
        (a) =>
          !a || Object.entries(a).reduce((n, [k, v]) => n + k.length + v.length, 0) <= 256 * 1024,
        'annotations may hold at most 256 KiB in total',
      ),
    ),
};
const namespacedMeta = (name: z.ZodMiniType<string>) =>
  z.strictObject({ name, namespace: dnsLabel, ...labelsAndAnnotations });
// Cluster-scoped kinds: the API server refuses a namespace ("not allowed on this type").
const clusterMeta = (name: z.ZodMiniType<string>) =>
  z.strictObject({
    name,
    namespace: z.optional(z.undefined({ error: 'not allowed on this type' })),
    ...labelsAndAnnotations,
  });

const secretKeys = keyedRecord(
  (key) => key.length <= 253 && CONFIG_KEY.test(key),
  'must consist of alphanumerics, "-", "_" or "." (at most 253)',
  z.string(),
);

/** io.k8s.api.core.v1.Secret, with the type-specific rules of the API server's ValidateSecret. */
export const secretSchema = z
  .strictObject({
    apiVersion: z.literal('v1'),
    kind: z.literal('Secret'),
    metadata: namespacedMeta(dnsSubdomain),
    type: z.optional(z.string()),
    immutable: z.optional(z.boolean()),
    data: z.optional(secretKeys), // values are base64 in the API
    stringData: z.optional(secretKeys), // merged into data by the API server
  })
  .check(
    z.superRefine((s, ctx) => {
      const keys = new Set([...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})]);
      const size = [...Object.values(s.data ?? {}), ...Object.values(s.stringData ?? {})].reduce(
        (n, v) => n + v.length,
        0,
      );
      if (size > 1024 * 1024)
        ctx.addIssue({ code: 'custom', path: ['data'], message: 'a Secret holds at most 1 MiB' });
      if (s.type === 'kubernetes.io/tls')
        for (const key of ['tls.crt', 'tls.key'])
          if (!keys.has(key))
            ctx.addIssue({
              code: 'custom',
              path: ['data', key],
              message: `a kubernetes.io/tls Secret needs ${key}`,
            });
      if (
        s.type === 'kubernetes.io/service-account-token' &&
        !s.metadata.annotations?.['kubernetes.io/service-account.name']
      )
        ctx.addIssue({
          code: 'custom',
          path: ['metadata', 'annotations', 'kubernetes.io/service-account.name'],
          message: 'a service-account-token Secret names its ServiceAccount in this annotation',
        });
    }),
  );

/** io.k8s.api.core.v1.ServiceAccount (no secrets or imagePullSecrets: the bundle sets none). */
export const serviceAccountSchema = z.strictObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('ServiceAccount'),
  metadata: namespacedMeta(dnsSubdomain),
  automountServiceAccountToken: z.optional(z.boolean()),
});

const nonEmpty = z.string().check(z.minLength(1));

/** io.k8s.api.rbac.v1.PolicyRule: resource rules need groups and resources; verbs always. */
const policyRule = z
  .strictObject({
    verbs: z.array(nonEmpty).check(z.minLength(1, 'verbs must contain at least one value')),
    apiGroups: z.optional(z.array(z.string())),
    resources: z.optional(z.array(nonEmpty)),
    resourceNames: z.optional(z.array(nonEmpty)),
    nonResourceURLs: z.optional(z.array(nonEmpty)),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.nonResourceURLs?.length) {
        if (r.apiGroups?.length || r.resources?.length)
          ctx.addIssue({
            code: 'custom',
            message: 'rules cannot apply to both regular resources and non-resource URLs',
          });
        return;
      }
      if (!r.apiGroups?.length)
        ctx.addIssue({
          code: 'custom',
          path: ['apiGroups'],
          message: 'resource rules must supply at least one api group',
        });
      if (!r.resources?.length)
        ctx.addIssue({
          code: 'custom',
          path: ['resources'],
          message: 'resource rules must supply at least one resource',
        });
    }),
  );

/** io.k8s.api.rbac.v1.ClusterRole (without aggregationRule, which the bundle does not use). */
export const clusterRoleSchema = z.strictObject({
  apiVersion: z.literal(`${RBAC_GROUP}/v1`),
  kind: z.literal('ClusterRole'),
  metadata: clusterMeta(pathSegmentName),
  rules: z.optional(z.array(policyRule)),
});

/** io.k8s.api.rbac.v1.Subject, with the API server's per-kind rules. */
const subject = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ServiceAccount'),
    apiGroup: z.optional(z.literal('')),
    name: dnsSubdomain,
    namespace: dnsLabel,
  }),
  z.strictObject({
    kind: z.enum(['User', 'Group']),
    apiGroup: z.literal(RBAC_GROUP),
    name: nonEmpty,
  }),
]);

/** io.k8s.api.rbac.v1.ClusterRoleBinding: it may only refer to a ClusterRole. */
export const clusterRoleBindingSchema = z.strictObject({
  apiVersion: z.literal(`${RBAC_GROUP}/v1`),
  kind: z.literal('ClusterRoleBinding'),
  metadata: clusterMeta(pathSegmentName),
  roleRef: z.strictObject({
    apiGroup: z.literal(RBAC_GROUP),
    kind: z.literal('ClusterRole'),
    name: pathSegmentName,
  }),
  subjects: z.optional(z.array(subject)),
});

export type Secret = z.infer<typeof secretSchema>;
export type ServiceAccount = z.infer<typeof serviceAccountSchema>;
export type ClusterRole = z.infer<typeof clusterRoleSchema>;
export type ClusterRoleBinding = z.infer<typeof clusterRoleBindingSchema>;
/** Any object the bundle writes. */
export type KubernetesObject = Secret | ServiceAccount | ClusterRole | ClusterRoleBinding;

type Body<T> = Omit<T, 'apiVersion' | 'kind'>;

/** A v1 Secret; apiVersion and kind come first, as kubectl prints them. */
export const secret = (body: Body<Secret>): Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  ...body,
});

/** A v1 ServiceAccount. */
export const serviceAccount = (body: Body<ServiceAccount>): ServiceAccount => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  ...body,
});

/** An rbac.authorization.k8s.io/v1 ClusterRole. */
export const clusterRole = (body: Body<ClusterRole>): ClusterRole => ({
  apiVersion: `${RBAC_GROUP}/v1`,
  kind: 'ClusterRole',
  ...body,
});

/** An rbac.authorization.k8s.io/v1 ClusterRoleBinding. */
export const clusterRoleBinding = (body: Body<ClusterRoleBinding>): ClusterRoleBinding => ({
  apiVersion: `${RBAC_GROUP}/v1`,
  kind: 'ClusterRoleBinding',
  ...body,
});

let english: z.core.$ZodErrorMap | undefined;
const englishMessages = (): z.core.$ZodErrorMap => (english ??= en().localeError);

const SCHEMAS = {
  Secret: secretSchema,
  ServiceAccount: serviceAccountSchema,
  ClusterRole: clusterRoleSchema,
  ClusterRoleBinding: clusterRoleBindingSchema,
} as const;

/** Problems the API server would report for an object, as "path: message"; empty when valid. */
export function kubernetesProblems(object: unknown): string[] {
  const kind = (object as { kind?: unknown } | null)?.kind;
  const schema = typeof kind === 'string' ? SCHEMAS[kind as keyof typeof SCHEMAS] : undefined;
  if (!schema) return [`kind: must be one of ${Object.keys(SCHEMAS).join(', ')}`];
  // The schemas' own wording in English (zod/mini loads no messages by itself): these problems
  // are the generator's bugs, reported to whoever files them.
  const r = schema.safeParse(object, { error: englishMessages() });
  return r.success
    ? []
    : r.error.issues.map((i) => `${i.path.map(String).join('.') || '(object)'}: ${i.message}`);
}
