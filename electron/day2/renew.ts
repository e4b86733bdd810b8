/**
 * Renewal: the same CA re-issues the chosen leaves with new keys and serials and the same
 * subject, SANs and roles (validity from the plan); every other file of the bundle is written
 * again, certificates that were not chosen byte for byte, so the new folder is a whole bundle.
 */
import { issueOne, type IssuedCert, type IssueWarning } from '../../shared/pki/issue';
import type { CaMaterial } from '../../shared/pki/ca';
import { ok, type Result } from '../../shared/result';
import { exportBundle, type ExportRequest } from '../export/export-service';
import { webCrypto } from '../node/node-crypto';
import { keptCert, type SourceBundle } from './bundle-reader';
import { caExportOf, keptP12, p12Options, sourcePki, type Day2Result } from './day2-export';
import { sameText } from '../../shared/text/text';

/** What to renew and where the new bundle goes. */
export interface RenewRequest {
  readonly source: SourceBundle;
  /** The source's CA, unlocked (see unlockCa). */
  readonly ca: CaMaterial;
  /** Certificate ids to re-issue (see selectForRenewal). */
  readonly ids: readonly string[];
  readonly target: string;
  /** Needed only when the bundle has .p12 files and a client certificate is renewed. */
  readonly p12Password?: string;
  readonly now: Date;
}

/** Renewed bundle: which certificates are new and which were copied. */
export interface RenewResult extends Day2Result {
  readonly renewed: readonly string[];
  readonly kept: readonly string[];
}

/** A renewal ready to write: the exporter's request (certificates issued) and what changed. */
export interface PreparedRenewal {
  readonly request: Omit<ExportRequest, 'target' | 'zip'>;
  readonly renewed: readonly string[];
  readonly kept: readonly string[];
}

/**
 * Re-issues `ids` without writing anything, so the window can show the new certificates before
 * they are written (and then write exactly those).
 */
export async function prepareRenewal(
  req: Omit<RenewRequest, 'target'>,
): Promise<Result<PreparedRenewal>> {
  const { source, now } = req;
  const renew = new Set(req.ids);
  const certs: IssuedCert[] = [];
  const warnings: IssueWarning[] = [];
  const issued = await Promise.all(
    source.leaves.map((l) =>
      renew.has(l.entry.id)
        ? issueOne(l.spec, req.ca, { crypto: webCrypto, now, leaf: source.plan.leaf })
        : Promise.resolve(undefined),
    ),
  );
  for (const [i, leaf] of source.leaves.entries()) {
    const r = issued[i];
    if (r === undefined) {
      certs.push(keptCert(leaf));
      continue;
    }
    if (!r.ok) return r;
    certs.push(r.value.cert);
    warnings.push(...r.value.warnings);
  }
  const unique = warnings.filter(
    (w, i) => warnings.findIndex((x) => sameText(x.text, w.text)) === i,
  );
  return ok({
    request: {
      plan: source.plan,
      issued: sourcePki(source, certs, unique),
      caKey: caExportOf(source.manifest),
      ...(source.caKeyFile ? { caKeyFile: source.caKeyFile } : {}),
      trustPem: source.trustPem,
      ...p12Options(source.manifest, req.p12Password),
      keepP12: keptP12(source.leaves.filter((l) => !renew.has(l.entry.id))),
      renewed: source.leaves.filter((l) => renew.has(l.entry.id)).map((l) => l.entry.id),
      now,
    },
    renewed: source.leaves.filter((l) => renew.has(l.entry.id)).map((l) => l.entry.id),
    kept: source.leaves.filter((l) => !renew.has(l.entry.id)).map((l) => l.entry.id),
  });
}

/** Re-issues `ids` and writes the whole new bundle, or nothing. */
export async function renewBundle(req: RenewRequest): Promise<Result<RenewResult>> {
  const p = await prepareRenewal(req);
  if (!p.ok) return p;
  const w = await exportBundle({ ...p.value.request, target: req.target });
  if (!w.ok) return w;
  return ok({
    target: w.value.target,
    files: w.value.files,
    warnings: w.value.warnings,
    renewed: p.value.renewed,
    kept: p.value.kept,
  });
}
