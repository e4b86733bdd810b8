/** `renew`'s arguments: parsed here, checked and run by renew.ts. */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { runRenew } from './renew';

/** Runs `renew BUNDLE --out NEW [options]`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      out: { type: 'string' },
      only: { type: 'string', multiple: true },
      'expiring-within': { type: 'string' },
      'ca-key': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  return runRenew(
    positionals,
    {
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.only ? { only: values.only } : {}),
      ...(values['expiring-within'] !== undefined
        ? { expiringWithin: values['expiring-within'] }
        : {}),
      ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
    },
    io,
  );
}
