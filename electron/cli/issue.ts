/**
 * `issue --plan FILE --out DIR`: the headless path from a plan file to a finished bundle, for
 * scripts, CI renewals and the real-cluster tests. Secrets come from environment variables only
 * (argv is visible to every user in `ps`); bad input is one line naming the file or plan field.
 */
import './zod-setup';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fsErrorText } from '../node/fs-errors';
import { parsePlanYaml } from '../../shared/plan/plan';
import type { CaMaterial } from '../../shared/pki/ca';
import type { CaExport } from '../../shared/generate/types';
import type { AppError } from '../../shared/result';
import { checkTarget } from '../export/bundle-writer';
import { exportBundle } from '../export/export-service';
import { checkPassphrase } from '../export/key-encryption';
import { importExistingCa, issuePlan } from '../pki/pki-service';
import { EXIT, type CliIo } from './io';

/** Environment variables that carry secrets into the CLI. */
export const SECRET_ENV = {
  /** Passphrase that encrypts the exported CA key (`--export-ca-key encrypted`). */
  caExport: 'ETW_CA_PASSPHRASE',
  /** Passphrase of an imported, encrypted CA key (`--ca-key`). */
  caImport: 'ETW_CA_KEY_PASSPHRASE',
  /** Password of the client .p12 files (`--pkcs12`). */
  p12: 'ETW_P12_PASSWORD',
} as const;

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
  const bad = (message: string): number => {
    io.err(`etcd-tls-wizard issue: ${message}`);
    return EXIT.badInput;
  };
  const badError = (e: AppError): number => bad(e.message);

  const planPath = str(opts.plan);
  const out = str(opts.out);
  if (!planPath || !out) return bad('--plan FILE and --out DIR are both required');
  const caExport = (str(opts['export-ca-key']) ?? 'none') as CaExport;
  if (!CA_EXPORTS.includes(caExport))
    return bad(`--export-ca-key must be none, encrypted or plain, not "${caExport}"`);
  const caCertPath = str(opts['ca-cert']);
  const caKeyPath = str(opts['ca-key']);
  if ((caCertPath === undefined) !== (caKeyPath === undefined))
    return bad(
      '--ca-cert and --ca-key go together: give both files of the existing CA, or neither',
    );

  let caPassphrase: string | undefined;
  if (caExport === 'encrypted') {
    const p = checkPassphrase(
      io.env[SECRET_ENV.caExport],
      `${SECRET_ENV.caExport} (CA key passphrase)`,
    );
    if (!p.ok) return badError(p.error);
    caPassphrase = p.value;
  }
  const wantP12 = opts.pkcs12 === true || opts['pkcs12-legacy'] === true;
  let p12: { password: string; legacy: boolean } | undefined;
  if (wantP12) {
    const p = checkPassphrase(io.env[SECRET_ENV.p12], `${SECRET_ENV.p12} (PKCS#12 password)`);
    if (!p.ok) return badError(p.error);
    p12 = { password: p.value, legacy: opts['pkcs12-legacy'] === true };
  }

  let planText: string;
  try {
    planText = await readFile(planPath, 'utf8');
  } catch (e) {
    return bad(
      `cannot read the plan file ${planPath}: ${fsErrorText(e)}; write one with: etcd-tls-wizard init > plan.yaml`,
    );
  }
  const plan = parsePlanYaml(planText, planPath);
  if (!plan.ok) return badError(plan.error);

  // Refuse a busy folder before spending time on keys.
  const free = await checkTarget(out);
  if (!free.ok) return badError(free.error);

  let ca: CaMaterial | undefined;
  if (caCertPath && caKeyPath) {
    let cert: Uint8Array;
    let key: Uint8Array;
    try {
      cert = await readFile(caCertPath);
    } catch (e) {
      return bad(`cannot read the CA certificate ${caCertPath}: ${fsErrorText(e)}`);
    }
    try {
      key = await readFile(caKeyPath);
    } catch (e) {
      return bad(`cannot read the CA key ${caKeyPath}: ${fsErrorText(e)}`);
    }
    const passphrase = io.env[SECRET_ENV.caImport];
    const imported = await importExistingCa({
      cert,
      key,
      ...(passphrase ? { passphrase } : {}),
      certName: caCertPath,
      keyName: caKeyPath,
    });
    if (!imported.ok) {
      const hint =
        imported.error.code === 'passphrase-needed' && !passphrase
          ? ` (set ${SECRET_ENV.caImport})`
          : '';
      return bad(`${imported.error.message}${hint}`);
    }
    ca = imported.value;
  }

  const issued = await issuePlan(plan.value, ca ? { ca } : {});
  if (!issued.ok) return badError(issued.error);

  const result = await exportBundle({
    plan: plan.value,
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
  for (const w of r.warnings) io.err(`warning: ${w}`);
  io.out(
    `Wrote ${r.files.length} files to ${r.target}${r.zip ? ` and ${r.zip}` : ''} (${issued.value.certs.length} certificates, CA ${issued.value.ca.imported ? 'imported' : 'new'}).`,
  );
  if (caExport === 'none' && !issued.value.ca.imported)
    io.out(
      'The CA key was not exported: this CA cannot sign more certificates. Use --export-ca-key encrypted to keep it.',
    );
  return EXIT.ok;
}
