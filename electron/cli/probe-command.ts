/** `probe`'s arguments: parsed here, checked and run by probe.ts. */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { runProbe } from './probe';

/** Runs `probe URL… [options]`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean' },
      cacert: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  return runProbe(
    positionals,
    {
      json: values.json ?? false,
      ...(values.cacert !== undefined ? { cacert: values.cacert } : {}),
      ...(values.cert !== undefined ? { cert: values.cert } : {}),
      ...(values.key !== undefined ? { key: values.key } : {}),
    },
    io,
  );
}
