/**
 * A day-2 change prepared in memory: the certificates it needs are issued here, once, so the
 * window shows the real new serials and dates side by side with the old ones, and writing later
 * puts exactly those certificates on disk. Nothing touches the disk in this file.
 */
import { ROTATION_PHASES } from '../../shared/day2/rotation';
import { selectForRenewal } from '../../shared/day2/renew-selection';
import type { CertificateChange, ChangePreview, Day2Change } from '../../shared/ipc/channels-day2';
import type { IssuedCert } from '../../shared/pki/issue';
import type { CaMaterial } from '../../shared/pki/ca';
import { fail, ok, type Result } from '../../shared/result';
import { certificateBlocks } from '../export/bundle-input';
import type { BundleLeaf, SourceBundle } from './bundle-reader';
import { prepareRebuilt, type PreparedRebuilt, type RebuiltSource } from './day2-rebuilt';
import type { CertDecoder } from './day2-summary';
import { leafName } from './day2-summary';
import { prepareAddMember, prepareRemoveMember, type PreparedMembership } from './membership';
import { prepareRenewal, type PreparedRenewal } from './renew';
import { prepareRotation, type PreparedRotation } from './rotate-ca';
import { msg } from '../../shared/text/text';

/** An opened bundle (or rebuilt renewal) as main keeps it, with its CA once unlocked. */
export type Day2Session = {
  readonly ca?: CaMaterial;
  /** Decoded certificates, shared by the summary and every preview of this bundle. */
  readonly decoder: CertDecoder;
} & (
  | { readonly source: SourceBundle; readonly rebuilt?: undefined }
  | { readonly source?: undefined; readonly rebuilt: RebuiltSource }
);

/** A prepared change as main keeps it until it is written. */
export type PreparedChange =
  | { readonly kind: 'renew'; readonly prepared: PreparedRenewal; readonly empty: boolean }
  | {
      readonly kind: 'add-member' | 'remove-member';
      readonly prepared: PreparedMembership;
      readonly source: SourceBundle;
    }
  | { readonly kind: 'rotate-ca'; readonly prepared: PreparedRotation }
  | { readonly kind: 'rebuilt'; readonly prepared: PreparedRebuilt };

const DAY_MS = 86_400_000;

/** The refusal when a change needs the CA key and it is not unlocked yet. */
function locked(s: { readonly source: SourceBundle }): Result<never> {
  const m = s.source.manifest.ca.key;
  return m.included
    ? fail('passphrase-needed', msg('day2.ca-locked', {}), 'passphrase')
    : fail('ca-key-missing', msg('day2.no-ca-key', {}), 'keyFile');
}

const memberNames = (s: SourceBundle['plan']) => s.cluster.members.map((m) => m.name);

async function changes(
  decoder: CertDecoder,
  leaves: readonly BundleLeaf[],
  issued: readonly IssuedCert[],
  fresh: ReadonlySet<string>,
  freshKind: 'renewed' | 'reissued',
): Promise<CertificateChange[]> {
  const out: CertificateChange[] = [];
  for (const leaf of leaves) {
    const before = await decoder.decode(leaf.certPem, leaf.entry.files.cert);
    const now = issued.find((c) => c.spec.id === leaf.entry.id);
    const base = { id: leaf.entry.id, role: leaf.entry.role, name: leafName(leaf), before };
    if (!now) out.push({ ...base, change: 'removed' });
    else if (!fresh.has(leaf.entry.id)) out.push({ ...base, change: 'kept', after: before });
    else
      out.push({
        ...base,
        change: freshKind,
        after: await decoder.decode(now.certPem, now.spec.id),
      });
  }
  for (const c of issued)
    if (!leaves.some((l) => l.entry.id === c.spec.id))
      out.push({
        id: c.spec.id,
        role: c.spec.role as CertificateChange['role'],
        name: c.spec.member ?? c.spec.client ?? c.spec.id,
        change: 'added',
        after: await decoder.decode(c.certPem, c.spec.id),
      });
  return out;
}

/** Prepares `change` on an opened bundle and describes it (the id is added by the handler). */
export async function prepareChange(
  session: Day2Session,
  change: Day2Change,
  now: Date,
): Promise<Result<{ prepared: PreparedChange; preview: Omit<ChangePreview, 'changeId'> }>> {
  if (session.rebuilt) {
    const r = await prepareRebuilt(session.rebuilt, session.ca, change, session.decoder, now);
    if (!r.ok) return r;
    return ok({
      prepared: { kind: 'rebuilt', prepared: r.value.prepared },
      preview: r.value.preview,
    });
  }
  const { source, decoder } = session;
  const trustBefore = await Promise.all(
    certificateBlocks(source.trustPem).map((p) => decoder.decode(p, source.manifest.ca.file)),
  );
  const base = {
    kind: change.kind,
    trust: { before: trustBefore, after: trustBefore },
    members: { before: memberNames(source.plan), after: memberNames(source.plan) },
    notes: [],
    warnings: [],
    needs: { p12Password: false, newCaPassphrase: false },
  };
  switch (change.kind) {
    case 'renew': {
      const sel = change.select;
      const ids = selectForRenewal(
        source.manifest,
        {
          ...(sel.mode === 'chosen' ? { only: sel.ids } : {}),
          ...(sel.mode === 'expiring' ? { expiringWithinMs: sel.withinDays * DAY_MS } : {}),
          now,
        },
        `${source.dir}/manifest.json`,
      );
      if (!ids.ok) return ids;
      const empty = ids.value.length === 0;
      if (!empty && !session.ca) return locked({ source });
      // An empty selection signs nothing, so it needs no CA: the preview just says so.
      const p = await prepareRenewal({
        source,
        ca: session.ca ?? { certPem: source.caCertPem, keyPem: '' },
        ids: ids.value,
        now,
      });
      if (!p.ok) return p;
      const renewed = new Set(p.value.renewed);
      return ok({
        prepared: { kind: 'renew', prepared: p.value, empty },
        preview: {
          ...base,
          certificates: await changes(
            decoder,
            source.leaves,
            p.value.request.issued.certs,
            renewed,
            'renewed',
          ),
          warnings: p.value.request.issued.warnings.map((w) => w.text),
          needs: {
            p12Password: source.leaves.some((l) => renewed.has(l.entry.id) && l.p12 !== undefined),
            newCaPassphrase: false,
          },
        },
      });
    }
    case 'add-member':
    case 'remove-member': {
      if (change.kind === 'add-member' && !session.ca) return locked({ source });
      const p =
        change.kind === 'add-member'
          ? await prepareAddMember({ source, ca: session.ca!, member: change.member, now })
          : prepareRemoveMember({ source, name: change.name, now });
      if (!p.ok) return p;
      const { request } = p.value;
      const issued = request.issued.certs;
      const kept = new Set(source.leaves.map((l) => l.entry.id));
      const fresh = new Set(issued.map((c) => c.spec.id).filter((id) => !kept.has(id)));
      return ok({
        prepared: { kind: change.kind, prepared: p.value, source },
        preview: {
          ...base,
          certificates: await changes(decoder, source.leaves, issued, fresh, 'renewed'),
          members: { before: base.members.before, after: memberNames(request.plan) },
          notes: request.notes ?? [],
          warnings: request.issued.warnings.map((w) => w.text),
        },
      });
    }
    case 'rotate-ca': {
      const p = await prepareRotation({
        source,
        ...(change.commonName !== undefined ? { commonName: change.commonName } : {}),
        now,
      });
      if (!p.ok) return p;
      const all = new Set(source.leaves.map((l) => l.entry.id));
      const newCa = await decoder.decode(p.value.fresh.ca.certPem, 'ca/ca.crt');
      return ok({
        prepared: { kind: 'rotate-ca', prepared: p.value },
        preview: {
          ...base,
          certificates: await changes(decoder, source.leaves, p.value.fresh.certs, all, 'reissued'),
          trust: { before: trustBefore, after: [newCa] },
          warnings: p.value.fresh.warnings.map((w) => w.text),
          needs: { p12Password: source.manifest.pkcs12, newCaPassphrase: true },
          phases: ROTATION_PHASES,
        },
      });
    }
  }
}
