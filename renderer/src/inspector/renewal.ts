/**
 * Renewal: from an inspected set, a plan that re-issues the same certificates (same names,
 * SANs and roles) from the dropped CA. Pure: the store action feeds it and starts the wizard.
 */
import type { CertificateReport, InspectionAnalysis } from '../../../shared/lint/inspect-report';
import { KEY_ALGORITHMS, type KeyAlgorithm } from '../../../shared/pki/algorithms';
import type { KeyInfo } from '../../../shared/pki/model';
import type { PlanInput } from '../../../shared/plan/schema';

/** What renewal found: the plan draft, and where the CA and its key are (file names). */
export interface RenewalSource {
  readonly draft: PlanInput;
  readonly ca?: { readonly certFile: string; readonly keyFile?: string; readonly subject: string };
  /** Member and client names, for the confirmation text. */
  readonly members: readonly string[];
  readonly clients: readonly string[];
  /** The found certificate each of the plan's certificates replaces, by certificate id. */
  readonly previous: readonly { readonly id: string; readonly report: CertificateReport }[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
const NAME_RE = /^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$/i;

/** A plan-valid name from a CN (`etcd0.example` stays, `etcd 0!` becomes `etcd-0`). */
export function planName(cn: string | undefined, fallback: string): string {
  const n = (cn ?? '')
    .replace(/[^a-z0-9._-]+/gi, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, '')
    .slice(0, 64);
  return NAME_RE.test(n) ? n : fallback;
}

/** The wizard's key algorithm for a decoded key (falls back to the default). */
export function keyAlgorithmOf(key: KeyInfo | undefined): KeyAlgorithm {
  if (key?.algorithm && (KEY_ALGORITHMS as readonly string[]).includes(key.algorithm))
    return key.algorithm;
  if (key?.type === 'rsa')
    return key.bits && key.bits >= 4096
      ? 'rsa-4096'
      : key.bits && key.bits >= 3072
        ? 'rsa-3072'
        : 'rsa-2048';
  if (key?.type === 'ec') return key.curve === 'P-384' ? 'ecdsa-p384' : 'ecdsa-p256';
  if (key?.type === 'ed25519') return 'ed25519';
  return 'ecdsa-p256';
}

const days = (c: CertificateReport): number =>
  Math.max(
    1,
    Math.round(
      (Date.parse(c.certificate.notAfter) - Date.parse(c.certificate.notBefore)) / 86_400_000,
    ),
  );

const isServing = (c: CertificateReport) =>
  c.roles.includes('etcd-server') || c.roles.includes('etcd-peer');

/** Guesses the client kind from the CN the certificate carries. */
function clientKind(cn: string): 'kube-apiserver' | 'apisix' | 'etcdctl' | 'custom' {
  if (/apiserver|kube/i.test(cn)) return 'kube-apiserver';
  if (/apisix/i.test(cn)) return 'apisix';
  if (/etcdctl|^root$|admin/i.test(cn)) return 'etcdctl';
  return 'custom';
}

/** Builds the renewal plan; undefined when there is no member or client certificate at all. */
export function renewalFrom(analysis: InspectionAnalysis): RenewalSource | undefined {
  const certs = analysis.certificates;
  const cas = certs.filter((c) => c.roles.includes('ca'));
  // A certificate recognised as not etcd's (kube-apiserver's own) is no member or client to renew.
  const leaves = certs.filter((c) => !c.roles.includes('ca') && c.purpose === undefined);
  if (leaves.length === 0) return undefined;
  // The CA that issued most of the leaves is the one to renew from.
  const issued = (ca: CertificateReport) =>
    leaves.filter(
      (l) =>
        l.issuer.status === 'found' &&
        l.issuer.fingerprintSha256 === ca.certificate.fingerprintSha256,
    ).length;
  const ca = [...cas].sort((a, b) => issued(b) - issued(a))[0];

  const members = new Map<string, string[]>();
  const found = new Map<string, CertificateReport[]>();
  const extraSans = new Set<string>();
  const serving = leaves.filter(isServing);
  serving.forEach((c, i) => {
    const name = planName(c.certificate.subject.commonName, `etcd${i}`);
    found.set(name, [...(found.get(name) ?? []), c]);
    const list = members.get(name) ?? [];
    for (const san of c.certificate.sans) {
      if (san.type !== 'dns' && san.type !== 'ip') continue;
      if (san.value.startsWith('*.')) extraSans.add(san.value);
      else if (!LOOPBACK.has(san.value) && !list.includes(san.value)) list.push(san.value);
    }
    members.set(name, list);
  });
  // A name on more than one member's certificate is no member's own address: it is a load
  // balancer, VIP or service name, which the plan keeps in cluster.extraSans for every member.
  const owners = new Map<string, number>();
  for (const list of members.values())
    for (const a of list) owners.set(a, (owners.get(a) ?? 0) + 1);
  for (const [a, n] of owners) if (n > 1) extraSans.add(a);
  for (const [name, list] of members)
    members.set(
      name,
      list.filter((a) => !extraSans.has(a)),
    );
  const hasLoopback = serving.some((c) => c.certificate.sans.some((s) => LOOPBACK.has(s.value)));
  const clients = new Map<
    string,
    { name: string; kind: ReturnType<typeof clientKind>; commonName: string }
  >();
  const clientFound = new Map<string, CertificateReport>();
  leaves
    .filter((c) => !isServing(c))
    .forEach((c, i) => {
      const cn = c.certificate.subject.commonName ?? '';
      const name = planName(cn, `client${i}`);
      if (!clients.has(name)) {
        clients.set(name, { name, kind: clientKind(cn), commonName: cn });
        clientFound.set(name, c);
      }
    });
  const leafRef = serving[0] ?? leaves[0]!;
  const draft: PlanInput = {
    version: 1,
    ca: {
      commonName: ca?.certificate.subject.commonName ?? 'etcd-ca',
      key: keyAlgorithmOf(ca?.certificate.key),
      validityDays: ca ? Math.min(36500, days(ca)) : 3650,
    },
    leaf: {
      key: keyAlgorithmOf(leafRef.certificate.key),
      validityDays: Math.min(3650, days(leafRef)),
    },
    cluster: {
      loopbackSans: hasLoopback || serving.length === 0,
      extraSans: [...extraSans],
      members: [...members].map(([name, addresses]) => ({ name, addresses })),
    },
    clients: [...clients.values()],
  };
  return {
    draft,
    ...(ca
      ? {
          ca: {
            certFile: ca.file,
            subject: ca.certificate.subject.text,
            ...(ca.keyFiles[0] ? { keyFile: ca.keyFiles[0] } : {}),
          },
        }
      : {}),
    members: [...members.keys()],
    clients: [...clients.keys()],
    previous: [
      ...[...found].flatMap(([name, list]) => {
        // Server and peer certificates often carry the same usages: the file name tells them
        // apart. One certificate alone serves both roles.
        const peerish = (c: CertificateReport) => /peer/i.test(c.file);
        const server = list.find((c) => !peerish(c)) ?? list[0]!;
        const peer = list.find((c) => c !== server && c.roles.includes('etcd-peer')) ?? server;
        return [
          { id: `server:${name}`, report: server },
          { id: `peer:${name}`, report: peer },
        ];
      }),
      ...[...clientFound].map(([name, report]) => ({ id: `client:${name}`, report })),
    ],
  };
}
