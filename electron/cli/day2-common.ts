/**
 * What the day-2 commands share on the command line: one line on stderr and exit 2 for every
 * refusal, the bundle opened and checked, and the CA key opened with the passphrase from the
 * environment or the terminal, with messages that name the variable or flag to set.
 */
import { readFile } from 'node:fs/promises';
import type { CaMaterial } from '../../shared/pki/ca';
import type { AppError } from '../../shared/result';
import { checkTarget } from '../export/bundle-writer';
import { caKeyEncrypted, readBundle, unlockCa, type SourceBundle } from '../day2/bundle-reader';
import { fsErrorText } from '../node/fs-errors';
import { EXIT, type CliIo } from './io';
import { SECRET_ENV, existingSecret } from './secrets';

/** A refusal: writes one line and returns the exit code. */
export type Refuse = (message: string) => number;

/** The refusal function of a command (`etcd-tls-wizard <command>: …`). */
export function refuser(io: CliIo, command: string): Refuse {
  return (message) => {
    io.err(`etcd-tls-wizard ${command}: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return EXIT.badInput;
  };
}

/** The one BUNDLE positional and a free --out folder, or a refusal. */
export async function bundleAndTarget(
  positionals: readonly string[],
  out: string | undefined,
  refuse: Refuse,
  outName = 'NEW',
): Promise<{ bundle: string; out: string } | number> {
  if (positionals.length !== 1 || out === undefined)
    return refuse(
      `give one bundle folder and --out ${outName} (a new folder), e.g. BUNDLE --out ${outName}`,
    );
  const free = await checkTarget(out);
  if (!free.ok) return refuse(free.error.message);
  return { bundle: positionals[0]!, out };
}

/** Opens and checks the bundle, or refuses. */
export async function openBundle(path: string, refuse: Refuse): Promise<SourceBundle | number> {
  const b = await readBundle(path);
  return b.ok ? b.value : refuse(b.error.message);
}

/**
 * The CA, ready to sign: the bundle's ca/ca.key (passphrase in ETW_CA_PASSPHRASE or typed), or
 * `--ca-key FILE` when the bundle was issued without its key (passphrase in ETW_CA_KEY_PASSPHRASE).
 */
export async function openCa(
  io: CliIo,
  bundle: SourceBundle,
  caKeyPath: string | undefined,
  refuse: Refuse,
): Promise<CaMaterial | number> {
  const env = caKeyPath === undefined ? SECRET_ENV.caExport : SECRET_ENV.caImport;
  let keyFile: { path: string; bytes: Uint8Array } | undefined;
  if (caKeyPath !== undefined) {
    try {
      keyFile = { path: caKeyPath, bytes: new Uint8Array(await readFile(caKeyPath)) };
    } catch (e) {
      return refuse(`--ca-key ${caKeyPath}: cannot read it (${fsErrorText(e)})`);
    }
  }
  const encrypted =
    keyFile !== undefined
      ? /ENCRYPTED/.test(Buffer.from(keyFile.bytes).toString('latin1'))
      : caKeyEncrypted(bundle);
  const passphrase = encrypted
    ? await existingSecret(io, { env, what: 'CA key passphrase' })
    : undefined;
  const ca = await unlockCa(bundle, {
    ...(passphrase !== undefined ? { passphrase } : {}),
    ...(keyFile ? { keyFile } : {}),
  });
  if (ca.ok) return ca.value;
  return refuse(caKeyMessage(ca.error, env));
}

/** The CA key failures in words that name what to set. */
function caKeyMessage(e: AppError, env: string): string {
  const where = e.path ?? 'the CA key';
  switch (e.code) {
    case 'ca-key-missing':
      return `${where}: the bundle has no CA key (it was issued with --export-ca-key none); give the CA key with --ca-key FILE (passphrase in ${SECRET_ENV.caImport}), or move to a new CA with rotate-ca; nothing was written`;
    case 'passphrase-needed':
      return `${where} is encrypted: set ${env} to its passphrase (or type it on a terminal); nothing was written`;
    case 'passphrase-wrong':
      return `${where}: the passphrase in ${env} does not open this key; set ${env} to the passphrase the bundle was issued with; nothing was written`;
    default:
      return `${e.message}; nothing was written`;
  }
}

/** Parses a port option; undefined when absent. */
export function portOption(
  value: string | undefined,
  flag: string,
  refuse: Refuse,
): number | undefined | { refused: number } {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535)
    return { refused: refuse(`${flag} "${value}" is not a port number (1-65535)`) };
  return n;
}
