/**
 * Writes a prepared day-2 change into the folder the user chose, through the same exporter and
 * bundle writer as a first export (all or nothing, keys 0600), and answers like export does: the
 * written files, the install steps, plus the change's own guide (the README's membership section
 * or RUNBOOK.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clientRoles } from '../../shared/generate';
import { installSteps } from '../../shared/generate/install-steps';
import { changeSection } from '../../shared/generate/readme-change';
import type { Day2ApplyResult } from '../../shared/ipc/channels-day2';
import type { ParsedArgOf } from '../../shared/ipc/contract';
import type { Plan } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import { exportBundle } from '../export/export-service';
import { describeWritten } from '../export/export-session';
import { checkPassphrase } from '../export/key-encryption';
import type { PreparedChange } from './day2-change';
import { writeRotation } from './rotate-ca';

/** Options of day2:apply after validation. */
export type ApplyOptions = ParsedArgOf<'day2:apply'>['options'];

const inLanguage = (plan: Plan, language?: Plan['language']): Plan =>
  language ? { ...plan, language } : plan;

/** Writes `change` into `target` (a new or empty folder). */
export async function applyChange(
  change: PreparedChange,
  target: string,
  o: ApplyOptions,
): Promise<Result<Day2ApplyResult>> {
  if (change.kind === 'rotate-ca') {
    if (o.newCaPassphrase === undefined || o.newCaPassphrase === '')
      return fail(
        'passphrase-needed',
        'The new CA key is written encrypted: enter a passphrase for it.',
        'options.newCaPassphrase',
      );
    const r = await writeRotation(change.prepared, {
      target,
      newCaPassphrase: o.newCaPassphrase,
      ...(o.pkcs12Password !== undefined ? { p12Password: o.pkcs12Password } : {}),
      zip: o.zip,
      ...(o.language ? { language: o.language } : {}),
    });
    if (!r.ok) return r;
    const runbook = await readFile(join(r.value.target, 'RUNBOOK.md'), 'utf8');
    return ok({
      kind: 'rotate-ca',
      folder: r.value.target,
      files: await describeWritten(r.value.target, r.value.files),
      ...(r.value.zip ? { zip: r.value.zip } : {}),
      warnings: r.value.warnings,
      // The phase folders are installed as RUNBOOK.md says, phase by phase.
      steps: [],
      guide: { path: 'RUNBOOK.md', text: runbook },
    });
  }
  if (change.kind === 'rebuilt') {
    const plan = inLanguage(change.prepared.plan, o.language);
    const w = await exportBundle({
      plan,
      issued: change.prepared.issued,
      caKey: o.caKey ?? 'none',
      ...(o.caPassphrase !== undefined ? { caPassphrase: o.caPassphrase } : {}),
      target,
      zip: o.zip,
      now: change.prepared.now,
    });
    if (!w.ok) return w;
    return ok({
      kind: 'renew',
      folder: w.value.target,
      files: await describeWritten(w.value.target, w.value.files),
      ...(w.value.zip ? { zip: w.value.zip } : {}),
      warnings: w.value.warnings,
      steps: installSteps(plan, clientRoles(plan)),
    });
  }
  if (change.kind === 'renew' && change.empty)
    return fail('option-invalid', 'Nothing is chosen for renewal, so there is nothing to write.');
  const { request } = change.prepared;
  const plan = inLanguage(request.plan, o.language);
  let pkcs12 = request.pkcs12;
  if (pkcs12 && o.pkcs12Password !== undefined && o.pkcs12Password !== '') {
    const p = checkPassphrase(o.pkcs12Password, 'PKCS#12 password');
    if (!p.ok) return { ok: false, error: { ...p.error, path: 'options.pkcs12Password' } };
    pkcs12 = { ...pkcs12, password: o.pkcs12Password };
  }
  const w = await exportBundle({
    ...request,
    plan,
    ...(pkcs12 ? { pkcs12 } : {}),
    target,
    zip: o.zip,
  });
  if (!w.ok) return w;
  const roles = clientRoles(plan);
  const member = request.change;
  return ok({
    kind: change.kind,
    folder: w.value.target,
    files: await describeWritten(w.value.target, w.value.files),
    ...(w.value.zip ? { zip: w.value.zip } : {}),
    warnings: w.value.warnings,
    steps: installSteps(plan, roles),
    ...(member
      ? {
          guide: {
            path: 'README.md',
            text: changeSection(plan, member, roles.etcdctl).join('\n'),
          },
        }
      : {}),
  });
}
