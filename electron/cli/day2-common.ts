/**
 * What the day-2 commands share on the command line: one line on stderr and exit 2 for every
 * refusal, the bundle opened and checked, and the CA key opened with the passphrase from the
 * environment or the terminal, with messages that name the variable or flag to set.
 */
import { readFile } from 'node:fs/promises';
import type { CliText } from '../../shared/cli/messages';
import type { CaMaterial } from '../../shared/pki/ca';
import type { AppError } from '../../shared/result';
import { checkTarget } from '../export/bundle-writer';
import { caKeyEncrypted, readBundle, unlockCa, type SourceBundle } from '../day2/bundle-reader';
import { fsErrorText } from '../node/fs-errors';
import { EXIT, textOf, type CliIo } from './io';
import { SECRET_ENV, existingSecret } from './secrets';
import { appText } from './app-text';
import type { AppText } from '../../shared/text/text';

/**
 * A refusal: writes one line and returns the exit code; `t` words the CLI's own texts and `text`
 * renders a service's text, both in the command's language.
 */
export type Refuse = ((message: string) => number) & {
  readonly t: CliText;
  readonly text: (text: AppText) => string;
};

/** The refusal function of a command (`etcd-tls-wizard <command>: …`). */
export function refuser(io: CliIo, command: string): Refuse {
  const refuse = (message: string): number => {
    io.err(`etcd-tls-wizard ${command}: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return EXIT.badInput;
  };
  return Object.assign(refuse, { t: textOf(io), text: (text: AppText) => appText(io, text) });
}

/**
 * The bundle with the CLI's language when its plan.yaml names none (a plan that names one
 * keeps it: a zh-CN bundle stays zh-CN whoever renews it).
 */
export function inCliLanguage(io: CliIo, source: SourceBundle): SourceBundle {
  return source.planSetsLanguage || io.language === undefined
    ? source
    : { ...source, plan: { ...source.plan, language: io.language } };
}

/** The one BUNDLE positional and a free --out folder, or a refusal. */
export async function bundleAndTarget(
  positionals: readonly string[],
  out: string | undefined,
  refuse: Refuse,
  outName = 'NEW',
): Promise<{ bundle: string; out: string } | number> {
  if (positionals.length !== 1 || out === undefined)
    return refuse(refuse.t('day2BundleAndOut', { out: outName }));
  const free = await checkTarget(out);
  if (!free.ok) return refuse(refuse.text(free.error.text));
  return { bundle: positionals[0]!, out };
}

/** Opens and checks the bundle, in the CLI's language when its plan names none, or refuses. */
export async function openBundle(
  io: CliIo,
  path: string,
  refuse: Refuse,
): Promise<SourceBundle | number> {
  const b = await readBundle(path);
  return b.ok ? inCliLanguage(io, b.value) : refuse(appText(io, b.error.text));
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
      return refuse(
        refuse.t('day2CaKeyUnreadable', { path: caKeyPath, reason: refuse.text(fsErrorText(e)) }),
      );
    }
  }
  const encrypted =
    keyFile !== undefined
      ? /ENCRYPTED/.test(Buffer.from(keyFile.bytes).toString('latin1'))
      : caKeyEncrypted(bundle);
  const passphrase = encrypted
    ? await existingSecret(io, {
        env,
        prompt: refuse.t('promptCaPassphrase'),
      })
    : undefined;
  const ca = await unlockCa(bundle, {
    ...(passphrase !== undefined ? { passphrase } : {}),
    ...(keyFile ? { keyFile } : {}),
  });
  if (ca.ok) return ca.value;
  return refuse(caKeyMessage(ca.error, env, refuse));
}

/** The CA key failures in words that name what to set. */
function caKeyMessage(e: AppError, env: string, refuse: Refuse): string {
  const { t } = refuse;
  const where = e.path ?? t('day2TheCaKey');
  switch (e.code) {
    case 'ca-key-missing':
      return t('day2CaKeyMissing', { where, env: SECRET_ENV.caImport });
    case 'passphrase-needed':
      return t('day2PassphraseNeeded', { where, env });
    case 'passphrase-wrong':
      return t('day2PassphraseWrong', { where, env });
    default:
      return t('nothingWritten', { message: refuse.text(e.text) });
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
    return { refused: refuse(refuse.t('day2BadPort', { flag, value })) };
  return n;
}
