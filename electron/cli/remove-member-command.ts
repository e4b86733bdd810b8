/** `remove-member`'s arguments: parsed here, checked and run by members.ts. */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { runRemoveMember } from './members';

/** Runs `remove-member BUNDLE --name N --out NEW`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  return runRemoveMember(
    positionals,
    {
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
    },
    io,
  );
}
