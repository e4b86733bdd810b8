/** The CLI's main() run in-process, as the CLI tests call it. */
import { main } from '../cli/index';

/**
 * Runs `main(args)` with `env` as the only environment, collecting what it prints, so tests read
 * the exit code, both streams and how many lines went to stderr.
 */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err.length };
}
