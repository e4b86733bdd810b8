/** Reading and writing the plan file: YAML text in, a validated Plan or a precise error out. */
import { parseDocument, stringify, isNode, LineCounter } from 'yaml';
import type * as z from 'zod';
import { fail, ok, type AppError, type Result } from '../result';
import { planSchema, type Plan, type PlanInput } from './schema';

/** Formats a zod path as `cluster.members[1].addresses[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );
}

/** Every problem in a plan, each with its field path; empty when valid. */
export interface PlanIssue {
  readonly path: string;
  readonly message: string;
  /** 1-based line in the YAML text, when known. */
  readonly line?: number;
}

/** Validates an already-parsed plan object. */
export function validatePlan(
  input: unknown,
): { plan: Plan; issues: [] } | { plan?: undefined; issues: PlanIssue[] } {
  const r = planSchema.safeParse(input);
  if (r.success) return { plan: r.data, issues: [] };
  return {
    issues: r.error.issues.map((i: z.core.$ZodIssue) => ({
      path: formatPath(i.path),
      message: i.message,
    })),
  };
}

/** Parses plan YAML; on failure, the first problem becomes the error (all are in `issues`). */
export function parsePlanYaml(
  text: string,
  source = 'plan',
): Result<Plan> & { issues?: PlanIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return fail(
      'plan-yaml',
      `${source}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: ${e.message.split('\n')[0]}`,
    );
  }
  const v = validatePlan(doc.toJS());
  if (v.plan) return ok(v.plan);
  const issues = v.issues.map((i) => {
    const node = doc.getIn(
      i.path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      true,
    );
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
    return line === undefined ? i : { ...i, line };
  });
  const first = issues[0]!;
  const where = `${source}${first.line ? `:${first.line}` : ''}`;
  const error: AppError = {
    code: 'plan-invalid',
    path: first.path,
    message: `${where}: ${first.path || '(top level)'}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''}`,
  };
  return { ok: false, error, issues };
}

/** Serialises a plan (or a draft) to YAML for saving. */
export function planToYaml(plan: PlanInput | Plan): string {
  return stringify(plan, { lineWidth: 0 });
}

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
