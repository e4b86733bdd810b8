/**
 * add-member and remove-member: a new bundle for the changed cluster. The new member's
 * certificates come from the same CA; every other certificate, key and .p12 is copied byte for
 * byte; every config is generated again (the member list changed) and the README walks through
 * `etcdctl member add` / `member remove` in the only safe order.
 */
import { addMember, removeMember, type NewMember } from '../../shared/day2/membership';
import { memberPaths } from '../../shared/generate/paths';
import type { CaMaterial } from '../../shared/pki/ca';
import { issueOne, type IssuedCert, type IssueWarning } from '../../shared/pki/issue';
import { certificateSpecs } from '../../shared/pki/profiles';
import { memberUrls } from '../../shared/plan/derive';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { exportBundle, type ExportRequest } from '../export/export-service';
import { webCrypto } from '../node/node-crypto';
import { keptCert, type SourceBundle } from './bundle-reader';
import { caExportOf, keptP12, p12Options, sourcePki, type Day2Result } from './day2-export';
import { msg, sameText } from '../../shared/text/text';

const clientUrls = (plan: Plan, names?: readonly string[]) =>
  plan.cluster.members
    .filter((m) => names === undefined || names.includes(m.name))
    .map((m) => memberUrls(plan, m).client);

/** A membership change ready to write: the exporter's request (new certificates issued). */
export interface PreparedMembership {
  readonly request: Omit<ExportRequest, 'target' | 'zip'>;
}

/** Issues the new member's server and peer certificates and writes the new bundle. */
export async function addMemberBundle(req: {
  readonly source: SourceBundle;
  readonly ca: CaMaterial;
  readonly member: NewMember;
  readonly target: string;
  readonly now: Date;
}): Promise<Result<Day2Result>> {
  const p = await prepareAddMember(req);
  return p.ok ? write(p.value, req.target) : p;
}

/** Issues the new member's certificates without writing (the window previews them first). */
export async function prepareAddMember(req: {
  readonly source: SourceBundle;
  readonly ca: CaMaterial;
  readonly member: NewMember;
  readonly now: Date;
}): Promise<Result<PreparedMembership>> {
  const { source, now } = req;
  const changed = addMember(source.plan, req.member);
  if (!changed.ok) return changed;
  const plan = changed.value.plan;
  const certs: IssuedCert[] = [];
  const warnings: IssueWarning[] = [];
  for (const spec of certificateSpecs(plan)) {
    const old = source.leaves.find((l) => l.entry.id === spec.id);
    if (old) {
      // Adding a member never changes another certificate's names; if it did, copying would lie.
      if (JSON.stringify(old.spec) !== JSON.stringify(spec))
        throw new Error(`bug: adding ${req.member.name} changed ${spec.id}`);
      certs.push(keptCert(old));
      continue;
    }
    const r = await issueOne(spec, req.ca, { crypto: webCrypto, now, leaf: plan.leaf });
    if (!r.ok) return r;
    certs.push(r.value.cert);
    for (const w of r.value.warnings)
      if (!warnings.some((x) => sameText(x.text, w.text))) warnings.push(w);
  }
  return prepared(source, plan, certs, warnings, now, {
    notes: changed.value.notes,
    change: {
      kind: 'add',
      member: req.member.name,
      runningEndpoints: clientUrls(source.plan),
    },
  });
}

/** Writes the bundle without member `name` (no CA key needed: nothing is signed). */
export async function removeMemberBundle(req: {
  readonly source: SourceBundle;
  readonly name: string;
  readonly target: string;
  readonly now: Date;
}): Promise<Result<Day2Result>> {
  const p = prepareRemoveMember(req);
  return p.ok ? write(p.value, req.target) : p;
}

/** The bundle without member `name`, in memory. */
export function prepareRemoveMember(req: {
  readonly source: SourceBundle;
  readonly name: string;
  readonly now: Date;
}): Result<PreparedMembership> {
  const { source } = req;
  const changed = removeMember(source.plan, req.name);
  if (!changed.ok) return changed;
  const plan = changed.value.plan;
  const gone = source.plan.cluster.members.find((m) => m.name === req.name);
  if (!gone) return fail('plan-invalid', msg('member.gone', { name: req.name }), '--name');
  const paths = memberPaths(source.plan, gone);
  const certs = source.leaves.filter((l) => l.entry.member !== req.name).map(keptCert);
  return prepared(source, plan, certs, [], req.now, {
    notes: changed.value.notes,
    change: {
      kind: 'remove',
      member: req.name,
      unitName: paths.unitName,
      dataDir: paths.dataDir,
      pkiDir: paths.pkiDir,
      runningEndpoints: clientUrls(plan),
    },
  });
}

function prepared(
  source: SourceBundle,
  plan: Plan,
  certs: IssuedCert[],
  warnings: IssueWarning[],
  now: Date,
  readme: Pick<ExportRequest, 'notes' | 'change'>,
): Result<PreparedMembership> {
  return ok({
    request: {
      plan,
      issued: sourcePki(source, certs, warnings),
      caKey: caExportOf(source.manifest),
      ...(source.caKeyFile ? { caKeyFile: source.caKeyFile } : {}),
      trustPem: source.trustPem,
      ...p12Options(source.manifest, undefined),
      keepP12: keptP12(source.leaves),
      ...readme,
      now,
    },
  });
}

async function write(p: PreparedMembership, target: string): Promise<Result<Day2Result>> {
  const w = await exportBundle({ ...p.request, target });
  if (!w.ok) return w;
  return ok({ target: w.value.target, files: w.value.files, warnings: w.value.warnings });
}
