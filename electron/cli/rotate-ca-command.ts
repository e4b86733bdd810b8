/** `rotate-ca`'s arguments: parsed here, checked and run by rotate-ca.ts. */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { runRotateCa } from './rotate-ca';

/** Runs `rotate-ca BUNDLE --out DIR [--ca-common-name NAME]`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, 'ca-common-name': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  return runRotateCa(
    positionals,
    {
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values['ca-common-name'] !== undefined ? { caCommonName: values['ca-common-name'] } : {}),
    },
    io,
  );
}
