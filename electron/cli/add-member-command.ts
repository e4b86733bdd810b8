/** `add-member`'s arguments: parsed here, checked and run by members.ts. */
import { parseArgs } from 'node:util';
import type { CliIo } from './io';
import { runAddMember } from './members';

/** Runs `add-member BUNDLE --name N --address A … --out NEW [options]`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      out: { type: 'string' },
      name: { type: 'string' },
      address: { type: 'string', multiple: true },
      'client-port': { type: 'string' },
      'peer-port': { type: 'string' },
      'ca-key': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  return runAddMember(
    positionals,
    {
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.address ? { address: values.address } : {}),
      ...(values['client-port'] !== undefined ? { clientPort: values['client-port'] } : {}),
      ...(values['peer-port'] !== undefined ? { peerPort: values['peer-port'] } : {}),
      ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
    },
    io,
  );
}
