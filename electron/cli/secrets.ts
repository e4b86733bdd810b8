/**
 * Where the CLI's secrets come from: an environment variable (argv is visible to every user in
 * `ps`), else typed on the terminal when there is one. Never a default.
 */
import { fail, ok, type Result } from '../../shared/result';
import { checkPassphrase } from '../export/key-encryption';
import type { CliIo } from './io';
import { msg, type AppText } from '../../shared/text/text';

/** Environment variables that carry secrets into the CLI. */
export const SECRET_ENV = {
  /** Passphrase of the bundle's CA key: encrypts it on issue, opens it on renew and add-member. */
  caExport: 'ETW_CA_PASSPHRASE',
  /** Passphrase of an imported, encrypted CA key (`issue --ca-key`, day-2 `--ca-key`). */
  caImport: 'ETW_CA_KEY_PASSPHRASE',
  /** Passphrase of the new CA key that `rotate-ca` makes (default: ETW_CA_PASSPHRASE's value). */
  newCa: 'ETW_NEW_CA_PASSPHRASE',
  /** Password of the client .p12 files (`--pkcs12`). */
  p12: 'ETW_P12_PASSWORD',
} as const;

/** The PKCS#12 password's variable, named in refusals as `ETW_P12_PASSWORD (PKCS#12 password)`. */
export const p12EnvName: AppText = msg('what.env-secret', {
  env: SECRET_ENV.p12,
  what: msg('what.p12-password', {}),
});

/**
 * A passphrase that will protect something new: the first set variable of `env`, else typed
 * twice on the terminal. `none` is the one-line refusal when there is neither.
 */
export async function newSecret(
  io: CliIo,
  o: {
    readonly env: readonly string[];
    /** What the secret is, in every language (`what.ca-passphrase`, …). */
    readonly what: AppText;
    /** The refusal when there is no variable and no terminal. */
    readonly none: AppText;
    /** The terminal prompts, in the CLI's language. */
    readonly prompt: string;
    readonly again: string;
  },
): Promise<Result<string>> {
  for (const name of o.env) {
    const v = io.env[name];
    if (v !== undefined && v !== '')
      return checkPassphrase(v, msg('what.env-secret', { env: name, what: o.what }));
  }
  if (!io.readSecret) return fail('passphrase-needed', o.none);
  const first = await io.readSecret(o.prompt);
  if (first === undefined)
    return fail('passphrase-needed', msg('secret.none-typed', { what: o.what }));
  const checked = checkPassphrase(first, o.what);
  if (!checked.ok) return checked;
  const again = await io.readSecret(o.again);
  if (again !== first) return fail('passphrase-needed', msg('secret.differ', { what: o.what }));
  return ok(first);
}

/** A passphrase that opens something that exists: the variable, else typed once, else none. */
export async function existingSecret(
  io: CliIo,
  o: { readonly env: string; readonly prompt: string },
): Promise<string | undefined> {
  const v = io.env[o.env];
  if (v !== undefined && v !== '') return v;
  if (!io.readSecret) return undefined;
  const typed = await io.readSecret(o.prompt);
  return typed === '' ? undefined : typed;
}
