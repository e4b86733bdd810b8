/**
 * `rotate-ca BUNDLE --out DIR [--ca-common-name NAME]`: a new CA, three phase bundles and
 * RUNBOOK.md. The new CA key is encrypted with ETW_NEW_CA_PASSPHRASE, or ETW_CA_PASSPHRASE when
 * that is unset (most teams keep one passphrase), or a passphrase typed twice on a terminal.
 */
import { rotateCa } from '../day2/rotate-ca';
import { checkPassphrase } from '../export/key-encryption';
import { EXIT, type CliIo } from './io';
import { bundleAndTarget, openBundle, refuser } from './day2-common';
import { SECRET_ENV, newSecret } from './secrets';

/** Options of rotate-ca as parsed by the dispatcher. */
export interface RotateCaOptions {
  readonly out?: string;
  readonly caCommonName?: string;
}

/** Runs `rotate-ca` (the old CA key is not needed: nothing is signed by the old CA). */
export async function runRotateCa(
  positionals: readonly string[],
  o: RotateCaOptions,
  io: CliIo,
): Promise<number> {
  const refuse = refuser(io, 'rotate-ca');
  const args = await bundleAndTarget(positionals, o.out, refuse, 'DIR');
  if (typeof args === 'number') return args;
  const source = await openBundle(args.bundle, refuse);
  if (typeof source === 'number') return source;
  let p12Password: string | undefined;
  if (source.manifest.pkcs12) {
    const p = checkPassphrase(io.env[SECRET_ENV.p12], `${SECRET_ENV.p12} (PKCS#12 password)`);
    if (!p.ok)
      return refuse(
        `${p.error.message}: the bundle has client.p12 files, and each phase needs new ones`,
      );
    p12Password = p.value;
  }
  const pass = await newSecret(io, {
    env: [SECRET_ENV.newCa, SECRET_ENV.caExport],
    what: 'new CA key passphrase',
    none: `the new CA key is written encrypted and needs a passphrase: set ${SECRET_ENV.newCa} (or ${SECRET_ENV.caExport}) to at least 12 characters, or type it on a terminal; nothing was written`,
  });
  if (!pass.ok) return refuse(pass.error.message);
  const r = await rotateCa({
    source,
    target: args.out,
    newCaPassphrase: pass.value,
    ...(o.caCommonName !== undefined ? { commonName: o.caCommonName } : {}),
    ...(p12Password !== undefined ? { p12Password } : {}),
    now: new Date(),
  });
  if (!r.ok) return refuse(r.error.message);
  for (const w of r.value.warnings) io.err(`warning: ${w}`);
  io.out(
    [
      `New CA ${r.value.newCa.subject} (SHA-256 ${r.value.newCa.fingerprintSha256}).`,
      `Wrote ${r.value.target}: ${r.value.folders.join(', ')} and RUNBOOK.md.`,
      'Do the phases in order, one machine at a time, and run each phase’s check first: RUNBOOK.md says how.',
    ].join('\n'),
  );
  return EXIT.ok;
}
