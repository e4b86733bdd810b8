/**
 * rotate-ca: a new CA and the three bundles that move a running cluster to it without a moment
 * in which two machines distrust each other (shared/day2/rotation.ts proves the order), plus
 * RUNBOOK.md. All four are written as one folder through the bundle writer: all or nothing.
 */
import { rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  rotatedCommonName,
  phaseNote,
  rotationGap,
  ROTATION_PHASES,
} from '../../shared/day2/rotation';
import { rotationRunbook } from '../../shared/day2/runbook';
import type { CaSummary } from '../../shared/generate';
import { issuePki, type IssuedPki } from '../../shared/pki/issue';
import { validatePlan } from '../../shared/plan/plan';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { caSummaryOf, certificateBlocks } from '../export/bundle-input';
import { checkTargets, writeBundle, type OutFile } from '../export/bundle-writer';
import { assembleBundle, type ExportRequest } from '../export/export-service';
import { encryptPrivateKeyPem } from '../export/key-encryption';
import { writeZip } from '../export/zip';
import { webCrypto } from '../node/node-crypto';
import { keptCert, type SourceBundle } from './bundle-reader';
import { caExportOf, p12Options, sourcePki } from './day2-export';
import { msg, type AppText } from '../../shared/text/text';

/** What rotate-ca needs. */
export interface RotateRequest {
  readonly source: SourceBundle;
  readonly target: string;
  /** Encrypts the new CA's key (the policy of key-encryption.ts applies). */
  readonly newCaPassphrase: string;
  /** Common name of the new CA; default: the old one with today's date. */
  readonly commonName?: string;
  /** Needed when the bundle has .p12 files (every one is made again: its chain changes). */
  readonly p12Password?: string;
  readonly now: Date;
}

/** What rotate-ca wrote. */
export interface RotateResult {
  readonly target: string;
  readonly folders: readonly string[];
  readonly files: readonly string[];
  readonly oldTrust: readonly CaSummary[];
  readonly newCa: CaSummary;
  readonly warnings: readonly AppText[];
  /** Absolute path of the zip, when one was asked for. */
  readonly zip?: string;
}

const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** The new plan: the same cluster, the CA under its new name. */
function rotatedPlan(plan: Plan, commonName: string): Result<Plan> {
  const v = validatePlan({ ...plan, ca: { ...plan.ca, commonName } });
  if (v.plan) return ok(v.plan);
  const i = v.issues[0]!;
  return fail(
    'option-invalid',
    msg('rotate.name-issue', { name: commonName, field: i.path, problem: i.text }),
    '--ca-common-name',
  );
}

/** A rotation ready to write: the new CA and every leaf issued from it, nothing encrypted yet. */
export interface PreparedRotation {
  readonly source: SourceBundle;
  /** The plan with the new CA's name. */
  readonly plan: Plan;
  readonly fresh: IssuedPki;
  readonly oldTrust: readonly CaSummary[];
  readonly newCa: CaSummary;
  readonly now: Date;
}

/** Makes the new CA, re-issues every leaf from it and writes the three phases and the runbook. */
export async function rotateCa(req: RotateRequest): Promise<Result<RotateResult>> {
  const p = await prepareRotation(req);
  if (!p.ok) return p;
  return writeRotation(p.value, req);
}

/** Makes the new CA and its leaves in memory (the window shows them before anything is written). */
export async function prepareRotation(
  req: Pick<RotateRequest, 'source' | 'commonName' | 'now'>,
): Promise<Result<PreparedRotation>> {
  const { source, now } = req;
  if (rotationGap() !== undefined) throw new Error('bug: the rotation phases leave a trust gap');
  const plan = rotatedPlan(
    source.plan,
    req.commonName ?? rotatedCommonName(source.plan.ca.commonName, now),
  );
  if (!plan.ok) return plan;
  const oldTrust = certificateBlocks(source.trustPem).map(caSummaryOf);
  const issued = await issuePki(plan.value, { crypto: webCrypto, now });
  if (!issued.ok) return issued;
  const newCa = caSummaryOf(issued.value.ca.certPem);
  const twin = oldTrust.find((c) => c.subject === newCa.subject);
  if (twin)
    return fail(
      'option-invalid',
      msg('rotate.name-trusted', { subject: twin.subject }),
      '--ca-common-name',
    );
  return ok({ source, plan: plan.value, fresh: issued.value, oldTrust, newCa, now });
}

/**
 * Encrypts the new CA key and writes the three phases and RUNBOOK.md as one folder (and
 * `<target>.zip` when asked), all or nothing.
 */
export async function writeRotation(
  p: PreparedRotation,
  req: Pick<RotateRequest, 'target' | 'newCaPassphrase' | 'p12Password'> & {
    readonly zip?: boolean;
    /** Language of the phase bundles' READMEs; the plan's when absent. */
    readonly language?: Plan['language'];
  },
): Promise<Result<RotateResult>> {
  const { source, fresh, oldTrust, newCa, now } = p;
  const lang = <T extends Plan>(x: T): T => (req.language ? { ...x, language: req.language } : x);
  const plan = lang(p.plan);
  const key = await encryptPrivateKeyPem(fresh.ca.keyPem, req.newCaPassphrase, {
    what: msg('what.new-ca-passphrase', {}),
  });
  if (!key.ok) return key;

  const both = withNewline(source.trustPem) + fresh.ca.certPem;
  const p12 = p12Options(source.manifest, req.p12Password);
  const [p1, p2, p3] = ROTATION_PHASES;
  const bundles: [string, Omit<ExportRequest, 'target' | 'zip'>][] = [
    [
      p1!.folder,
      {
        plan: lang(source.plan),
        issued: sourcePki(source, source.leaves.map(keptCert)),
        caKey: caExportOf(source.manifest),
        ...(source.caKeyFile ? { caKeyFile: source.caKeyFile } : {}),
        trustPem: both,
        ...p12,
        notes: [phaseNote(p1!)],
        now,
      },
    ],
    [
      p2!.folder,
      {
        plan,
        issued: fresh,
        caKey: 'encrypted',
        caKeyFile: key.value,
        trustPem: both,
        ...p12,
        notes: [phaseNote(p2!)],
        now,
      },
    ],
    [
      p3!.folder,
      {
        plan,
        issued: fresh,
        caKey: 'encrypted',
        caKeyFile: key.value,
        trustPem: fresh.ca.certPem,
        ...p12,
        notes: [phaseNote(p3!)],
        now,
      },
    ],
  ];
  const files: OutFile[] = [];
  // One text per warning, however many phases raise it (texts are plain data: keyed by JSON).
  const warnings = new Map<string, AppText>();
  for (const [folder, r] of bundles) {
    const a = await assembleBundle(r);
    if (!a.ok) return a;
    for (const f of a.value.files) files.push({ ...f, path: `${folder}/${f.path}` });
    for (const w of a.value.warnings) warnings.set(JSON.stringify(w), w);
  }
  files.push({
    path: 'RUNBOOK.md',
    content: rotationRunbook({ plan, oldTrust, newCa }),
    mode: 'public',
  });
  const target = resolve(req.target);
  const zipPath = req.zip ? `${target}.zip` : undefined;
  if (zipPath) {
    const free = await checkTargets(target, zipPath, files);
    if (!free.ok) return free;
    const zw = await writeZip(zipPath, files, { root: basename(target), now });
    if (!zw.ok) return zw;
  }
  const w = await writeBundle(target, files);
  if (!w.ok) {
    if (zipPath) await rm(zipPath, { force: true });
    return w;
  }
  return ok({
    target: w.value.target,
    folders: bundles.map(([f]) => f),
    files: w.value.written,
    oldTrust,
    newCa,
    warnings: [...warnings.values()],
    ...(zipPath ? { zip: zipPath } : {}),
  });
}
