import { EXIT, type CliIo } from './io';

/** `issue --plan FILE --out DIR` (implemented by the PKI/bundle work). */
export async function runIssue(
  _opts: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<number> {
  io.err('etcd-tls-wizard issue: not implemented yet');
  return EXIT.badInput;
}
