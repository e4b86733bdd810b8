/**
 * A BundleInput built from a plan alone, before anything is issued: lets the UI preview the
 * generated files and gives tests a realistic input. Fingerprints are placeholders.
 */
import { peerSans, resolveClients, serverSans } from '../plan/derive';
import type { Plan } from '../plan/schema';
import type { BundleInput, CertSummary } from './types';

const DAY_MS = 86_400_000;

/** Certificate summaries as issuance would produce them for `plan` at `now`. */
export function exampleBundleInput(
  plan: Plan,
  now: Date,
  options: Partial<BundleInput['options']> = {},
): BundleInput {
  const notAfter = new Date(now.getTime() + plan.leaf.validityDays * DAY_MS).toISOString();
  const notBefore = now.toISOString();
  const placeholder = (id: string) => `preview:${id}`;
  const serial = 'PREVIEW';
  const certs: CertSummary[] = [];
  for (const m of plan.cluster.members) {
    certs.push(
      {
        id: `server:${m.name}`,
        role: 'etcd-server',
        member: m.name,
        commonName: m.name,
        sans: serverSans(plan, m).map((a) => a.value),
        serial,
        notBefore,
        notAfter,
        fingerprintSha256: placeholder(`server:${m.name}`),
      },
      {
        id: `peer:${m.name}`,
        role: 'etcd-peer',
        member: m.name,
        commonName: m.name,
        sans: peerSans(plan, m).map((a) => a.value),
        serial,
        notBefore,
        notAfter,
        fingerprintSha256: placeholder(`peer:${m.name}`),
      },
    );
  }
  for (const c of resolveClients(plan))
    certs.push({
      id: `client:${c.name}`,
      role: 'client',
      client: c.name,
      kind: c.kind,
      commonName: c.commonName,
      ...(c.organization !== undefined ? { organization: c.organization } : {}),
      sans: [],
      serial,
      notBefore,
      notAfter,
      fingerprintSha256: placeholder(`client:${c.name}`),
    });
  return {
    plan,
    certs,
    ca: {
      subject: `CN=${plan.ca.commonName}`,
      serial,
      notBefore,
      notAfter: new Date(now.getTime() + plan.ca.validityDays * DAY_MS).toISOString(),
      fingerprintSha256: placeholder('ca'),
      exported: 'none',
    },
    toolVersion: 'preview',
    now,
    options: { pkcs12: false, ...options },
  };
}
