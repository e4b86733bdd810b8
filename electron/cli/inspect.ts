import { EXIT, type CliIo } from './io';

/** `inspect PATH… [--json] [--host …]` (implemented by the decoder/lint work). */
export async function runInspect(
  _paths: readonly string[],
  _opts: { json: boolean; hosts: readonly string[] },
  io: CliIo,
): Promise<number> {
  io.err('etcd-tls-wizard inspect: not implemented yet');
  return EXIT.badInput;
}
