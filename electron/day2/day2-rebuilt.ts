/**
 * Renewal of certificates that are not a bundle of this app (loose files dropped on the
 * inspector): the window rebuilds a plan from what it found (same members, SANs and clients) and
 * hands over the CA certificate and the old certificates it matched to the plan's ids. Every
 * certificate of the plan is issued again from that CA (there are no keys to keep), shown beside
 * the old one, and written as a whole new bundle with plan.yaml and manifest.json, so the next
 * renewal can start from the bundle itself.
 */
import { X509Certificate } from 'node:crypto';
import type { ChangePreview, Day2Bundle, Day2Change } from '../../shared/ipc/channels-day2';
import { bundleLayout, type CertId } from '../../shared/generate';
import type { CaMaterial } from '../../shared/pki/ca';
import { issuePki, type IssuedPki } from '../../shared/pki/issue';
import { certificateSpecs } from '../../shared/pki/profiles';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { webCrypto } from '../node/node-crypto';
import type { CertDecoder } from './day2-summary';
import { msg } from '../../shared/text/text';

/** What main keeps of a rebuilt renewal. */
export interface RebuiltSource {
  readonly plan: Plan;
  readonly caCertPem: string;
  /** The old certificate of each plan id that had one (PEM). */
  readonly previous: ReadonlyMap<string, string>;
}

/** A rebuilt renewal ready to write. */
export interface PreparedRebuilt {
  readonly plan: Plan;
  readonly issued: IssuedPki;
  /** When it was issued: manifest.json and the expiry files count from it. */
  readonly now: Date;
}

/** Checks what the window handed over: PEM certificates, ids of the plan. */
export function rebuiltSource(
  plan: Plan,
  caCertPem: string,
  previous: readonly { readonly id: string; readonly pem: string }[],
): Result<RebuiltSource> {
  const isCert = (pem: string) => {
    try {
      new X509Certificate(pem);
      return true;
    } catch {
      return false;
    }
  };
  if (!isCert(caCertPem)) return fail('input-not-pki', msg('day2.ca-not-cert', {}), 'caCert');
  const ids = new Set(certificateSpecs(plan).map((s) => s.id));
  const map = new Map<string, string>();
  for (const p of previous) {
    if (!ids.has(p.id))
      return fail('request-invalid', msg('day2.not-in-plan', { id: p.id }), 'previous');
    if (!isCert(p.pem)) return fail('input-not-pki', msg('day2.old-not-cert', { id: p.id }), p.id);
    map.set(p.id, p.pem);
  }
  return ok({ plan, caCertPem, previous: map });
}

/** The window's view of a rebuilt renewal: the plan's certificates as they are today. */
export async function rebuiltSummary(r: RebuiltSource, decoder: CertDecoder): Promise<Day2Bundle> {
  const layout = bundleLayout(r.plan);
  const ca = await decoder.decode(r.caCertPem, 'ca.crt');
  const certificates = [];
  for (const spec of certificateSpecs(r.plan)) {
    const pem = r.previous.get(spec.id);
    if (pem === undefined) continue;
    certificates.push({
      id: spec.id,
      role: spec.role,
      name: spec.member ?? spec.client ?? spec.id,
      file: layout.certs[spec.id as CertId]?.cert ?? spec.id,
      certificate: await decoder.decode(pem, spec.id),
    });
  }
  return {
    name: ca.subject.commonName ?? ca.subject.text,
    plan: r.plan,
    createdAt: '',
    ca,
    caKey: 'none',
    trust: [ca],
    certificates,
    pkcs12: false,
    origin: 'inspection',
  };
}

/** Issues every certificate of the rebuilt plan from the CA and describes the change. */
export async function prepareRebuilt(
  r: RebuiltSource,
  ca: CaMaterial | undefined,
  change: Day2Change,
  decoder: CertDecoder,
  now: Date,
): Promise<Result<{ prepared: PreparedRebuilt; preview: Omit<ChangePreview, 'changeId'> }>> {
  if (change.kind !== 'renew') return fail('option-invalid', msg('day2.not-a-bundle', {}));
  if (!ca) return fail('ca-key-missing', msg('day2.rebuild-needs-ca-key', {}), 'keyFile');
  const issued = await issuePki(r.plan, { crypto: webCrypto, now, ca });
  if (!issued.ok) return issued;
  const trust = [await decoder.decode(r.caCertPem, 'ca.crt')];
  const certificates = [];
  for (const c of issued.value.certs) {
    const old = r.previous.get(c.spec.id);
    const after = await decoder.decode(c.certPem, c.spec.id);
    certificates.push({
      id: c.spec.id,
      role: c.spec.role,
      name: c.spec.member ?? c.spec.client ?? c.spec.id,
      change: old === undefined ? ('added' as const) : ('renewed' as const),
      ...(old !== undefined ? { before: await decoder.decode(old, c.spec.id) } : {}),
      after,
    });
  }
  const members = r.plan.cluster.members.map((m) => m.name);
  return ok({
    prepared: { plan: r.plan, issued: issued.value, now },
    preview: {
      kind: 'renew',
      certificates,
      trust: { before: trust, after: trust },
      members: { before: members, after: members },
      notes: [],
      warnings: issued.value.warnings.map((w) => w.text),
      needs: { p12Password: false, newCaPassphrase: false, caKeyChoice: true },
    },
  });
}
