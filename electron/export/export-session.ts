/**
 * Export of a session main holds: checks the window's options, writes the bundle through
 * {@link exportBundle} and describes what landed on disk for the export step's file tree.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedArgOf } from '../../shared/ipc/contract';
import type { WriteBundleResult, WrittenFile } from '../../shared/ipc/channels-export';
import { clientRoles } from '../../shared/generate';
import { installSteps } from '../../shared/generate/install-steps';
import { fail, ok, type Result } from '../../shared/result';
import type { PkiSession } from '../pki/pki-session';
import { exportBundle } from './export-service';

/** Options of export:write-bundle after validation. */
export type ExportOptions = ParsedArgOf<'export:write-bundle'>['options'];

/** The narrow interface the `export:*` handlers call (tests may pass a typed fake of it). */
export interface ExportService {
  readonly write: (
    pki: PkiSession,
    target: string,
    options: ExportOptions,
    now: Date,
  ) => Promise<Result<WriteBundleResult>>;
}

/** Permission class and size of each written file, read back from the disk. */
export async function describeWritten(
  folder: string,
  paths: readonly string[],
): Promise<WrittenFile[]> {
  return Promise.all(
    paths.map(async (p) => {
      const st = await lstat(join(folder, p));
      const bits = st.mode & 0o777;
      const mode: WrittenFile['mode'] =
        (bits & 0o077) === 0 ? 'secret' : bits & 0o100 ? 'executable' : 'public';
      return { path: p, mode, size: st.size };
    }),
  );
}

/** The export service that writes to the local disk. */
export function nodeExportService(): ExportService {
  return {
    write: async (pki, target, options, now) => {
      const pkcs12Password = options.pkcs12Password ?? options.passphrase;
      if (options.pkcs12 && !pkcs12Password)
        return fail(
          'passphrase-needed',
          'PKCS#12 files need a password: enter one, or turn PKCS#12 off.',
          'options.pkcs12Password',
        );
      // The bundle's language (README, comments) is chosen at export; plan.yaml records it.
      const plan = options.language ? { ...pki.plan, language: options.language } : pki.plan;
      const r = await exportBundle({
        plan,
        issued: pki.issued,
        target,
        caKey: options.caKey,
        ...(options.passphrase === undefined ? {} : { caPassphrase: options.passphrase }),
        ...(options.pkcs12 && pkcs12Password ? { pkcs12: { password: pkcs12Password } } : {}),
        zip: options.zip,
        now,
      });
      if (!r.ok) return r;
      return ok({
        folder: r.value.target,
        files: await describeWritten(r.value.target, r.value.files),
        ...(r.value.zip ? { zip: r.value.zip } : {}),
        warnings: r.value.warnings,
        steps: installSteps(plan, clientRoles(plan)),
      });
    },
  };
}
