/**
 * `rotate-ca BUNDLE --out DIR [--ca-common-name NAME]`: a new CA, three phase bundles and
 * RUNBOOK.md. The new CA key is encrypted with ETW_NEW_CA_PASSPHRASE, or ETW_CA_PASSPHRASE when
 * that is unset (most teams keep one passphrase), or a passphrase typed twice on a terminal.
 */
import { rotateCa } from '../day2/rotate-ca';
import { checkPassphrase } from '../export/key-encryption';
import { EXIT, type CliIo } from './io';
import { bundleAndTarget, openBundle, refuser } from './day2-common';
import { SECRET_ENV, newSecret, p12EnvName } from './secrets';
import { appText } from './app-text';
import { msg } from '../../shared/text/text';

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
  const { t } = refuse;
  const args = await bundleAndTarget(positionals, o.out, refuse, 'DIR');
  if (typeof args === 'number') return args;
  const source = await openBundle(io, args.bundle, refuse);
  if (typeof source === 'number') return source;
  let p12Password: string | undefined;
  if (source.manifest.pkcs12) {
    const p = checkPassphrase(io.env[SECRET_ENV.p12], p12EnvName);
    if (!p.ok) return refuse(t('rotateP12', { message: appText(io, p.error.text) }));
    p12Password = p.value;
  }
  const pass = await newSecret(io, {
    env: [SECRET_ENV.newCa, SECRET_ENV.caExport],
    what: msg('what.new-ca-passphrase', {}),
    prompt: t('promptNewCaPassphrase'),
    again: t('promptNewCaPassphraseAgain'),
    none: msg('secret.new-ca-missing', { env: SECRET_ENV.newCa, fallback: SECRET_ENV.caExport }),
  });
  if (!pass.ok) return refuse(appText(io, pass.error.text));
  const r = await rotateCa({
    source,
    target: args.out,
    newCaPassphrase: pass.value,
    ...(o.caCommonName !== undefined ? { commonName: o.caCommonName } : {}),
    ...(p12Password !== undefined ? { p12Password } : {}),
    now: new Date(),
  });
  if (!r.ok) return refuse(appText(io, r.error.text));
  for (const w of r.value.warnings) io.err(t('warning', { text: appText(io, w) }));
  io.out(
    [
      t('rotateNewCa', {
        subject: r.value.newCa.subject,
        fingerprint: r.value.newCa.fingerprintSha256,
      }),
      t('rotateWrote', { target: r.value.target, folders: r.value.folders.join(', ') }),
      t('rotatePhases'),
    ].join('\n'),
  );
  return EXIT.ok;
}
