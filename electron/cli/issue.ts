/**
 * `issue --plan FILE --out DIR`: the headless path from a plan file to a finished bundle, for
 * scripts, CI renewals and the real-cluster tests. Secrets come from environment variables or a
 * terminal, never argv (visible to every user in `ps`); bad input is one line naming the file or
 * plan field. The CA key is kept, encrypted, unless the user discards it by name.
 */
import './zod-setup';
import { parseArgs } from 'node:util';
import { escapeControls, quoteInput } from '../../shared/text/one-line';
import { readRegularFile } from '../node/read-regular-file';
import { checkPassphrase } from '../export/key-encryption';
import type { CaMaterial } from '../../shared/pki/ca';
import type { CaExport } from '../../shared/generate/types';
import type { AppError } from '../../shared/result';
import { EXIT, textOf, type CliIo } from './io';
import { SECRET_ENV, newSecret, p12EnvName } from './secrets';
import { appText } from './app-text';
import { msg } from '../../shared/text/text';

export { SECRET_ENV } from './secrets';

const CA_EXPORTS: readonly CaExport[] = ['none', 'encrypted', 'plain'];

type Opts = Record<string, string | boolean | undefined>;
const str = (v: string | boolean | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

/** Runs `issue --plan FILE --out DIR [options]` from its arguments. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      plan: { type: 'string' },
      out: { type: 'string' },
      'export-ca-key': { type: 'string' }, // none | encrypted | plain
      'ca-cert': { type: 'string' },
      'ca-key': { type: 'string' },
      zip: { type: 'boolean' },
      pkcs12: { type: 'boolean' },
      'pkcs12-legacy': { type: 'boolean' },
    },
    strict: true,
  });
  return runIssue(values, io);
}

/** Runs `issue`; every expected failure is one line on stderr and exit code 2. */
export async function runIssue(opts: Opts, io: CliIo): Promise<number> {
  const t = textOf(io);
  const bad = (message: string): number => {
    // One line whatever the message echoes (a plan value, a file name).
    io.err(`etcd-tls-wizard issue: ${escapeControls(message)}`);
    return EXIT.badInput;
  };
  const badError = (e: AppError): number => bad(appText(io, e.text));

  const planPath = str(opts.plan);
  const out = str(opts.out);
  if (!planPath || !out) return bad(t('issueNeedPlanOut'));
  // Encrypted by default: a CA whose key is lost can never renew or add a certificate.
  const caExport = (str(opts['export-ca-key']) ?? 'encrypted') as CaExport;
  if (!CA_EXPORTS.includes(caExport))
    return bad(t('issueExportCaKey', { value: quoteInput(caExport) }));
  const caCertPath = str(opts['ca-cert']);
  const caKeyPath = str(opts['ca-key']);
  if ((caCertPath === undefined) !== (caKeyPath === undefined)) return bad(t('issueCaPair'));

  const steps = await import('./issue-steps');
  const { DEFAULT_MAX_DECODE_BYTES, checkTarget, exportBundle, importExistingCa, issuePlan } =
    steps;
  const read = await steps.readPlanFile(planPath);
  if (!read.ok)
    return bad(
      read.error.code === 'input-unreadable'
        ? t('issueInitHint', { message: appText(io, read.error.text) })
        : appText(io, read.error.text),
    );
  const planRead = read.value.plan;
  if (!planRead) return badError(read.value.error!);
  // The plan's own language wins; without one, the bundle speaks the CLI's language.
  const draft = read.value.draft as { language?: unknown } | null;
  const plan =
    draft?.language === undefined && io.language !== undefined
      ? { ...planRead, language: io.language }
      : planRead;

  // Refuse a busy folder before spending time on keys.
  const free = await checkTarget(out);
  if (!free.ok) return badError(free.error);

  let ca: CaMaterial | undefined;
  if (caCertPath && caKeyPath) {
    const maxBytes = DEFAULT_MAX_DECODE_BYTES;
    const cert = await readRegularFile(caCertPath, { maxBytes, what: msg('what.ca-cert', {}) });
    if (!cert.ok) return badError(cert.error);
    const key = await readRegularFile(caKeyPath, { maxBytes, what: msg('what.ca-key', {}) });
    if (!key.ok) return badError(key.error);
    const passphrase = io.env[SECRET_ENV.caImport];
    const imported = await importExistingCa({
      cert: cert.value,
      key: key.value,
      ...(passphrase ? { passphrase } : {}),
      certName: caCertPath,
      keyName: caKeyPath,
    });
    if (!imported.ok) {
      return bad(
        imported.error.code === 'passphrase-needed' && !passphrase
          ? t('issueSetVariable', {
              message: appText(io, imported.error.text),
              env: SECRET_ENV.caImport,
            })
          : appText(io, imported.error.text),
      );
    }
    ca = imported.value;
  }

  // Secrets after the plan, the folder and the CA are known good, so nobody types a passphrase
  // in vain.
  let caPassphrase: string | undefined;
  if (caExport === 'encrypted') {
    const p = await newSecret(io, {
      env: [SECRET_ENV.caExport],
      what: msg('what.ca-passphrase', {}),
      prompt: t('promptCaPassphrase'),
      again: t('promptCaPassphraseAgain'),
      none: msg('secret.ca-export-missing', { env: SECRET_ENV.caExport }),
    });
    if (!p.ok) return badError(p.error);
    caPassphrase = p.value;
  }
  const wantP12 = opts.pkcs12 === true || opts['pkcs12-legacy'] === true;
  let p12: { password: string; legacy: boolean } | undefined;
  if (wantP12) {
    const p = checkPassphrase(io.env[SECRET_ENV.p12], p12EnvName);
    if (!p.ok) return badError(p.error);
    p12 = { password: p.value, legacy: opts['pkcs12-legacy'] === true };
  }

  const issued = await issuePlan(plan, ca ? { ca } : {});
  if (!issued.ok) return badError(issued.error);

  const result = await exportBundle({
    plan,
    issued: issued.value,
    target: out,
    caKey: caExport,
    ...(caPassphrase !== undefined ? { caPassphrase } : {}),
    ...(p12 ? { pkcs12: p12 } : {}),
    zip: opts.zip === true,
    now: new Date(),
  });
  if (!result.ok) return badError(result.error);

  const r = result.value;
  for (const w of r.warnings) io.err(t('warning', { text: appText(io, w) }));
  const summary = {
    files: r.files.length,
    target: r.target,
    certs: issued.value.certs.length,
    ca: t(issued.value.ca.imported ? 'issueCaImported' : 'issueCaNew'),
  };
  io.out(r.zip ? t('issueWroteZip', { ...summary, zip: r.zip }) : t('issueWrote', summary));
  if (caExport === 'none' && !issued.value.ca.imported) io.out(t('issueCaDiscarded'));
  return EXIT.ok;
}
