/**
 * The executable's entry (dist/cli.cjs): wires the process's arguments, streams and exit code to
 * main(), then keeps the compiled code of the command for the next run. Kept apart so that tests
 * import main() without running it.
 */
import { isatty } from 'node:tty';
import { saveCodeCaches } from '../node/code-cache-writes';
import { main } from './index';

main(process.argv.slice(2), {
  // The text and its newline apart: `${s}\n` would copy a report of megabytes once more.
  out: (s) => {
    process.stdout.write(s);
    if (!s.endsWith('\n')) process.stdout.write('\n');
  },
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  env: process.env,
  // Typed secrets only from a person at a terminal; a pipe is a script, which uses the env.
  // isatty(0), not process.stdin.isTTY: that getter builds the stdin stream, and loading Node's
  // stream code took 6 ms of every run that never reads stdin.
  ...(isatty(0)
    ? {
        readSecret: async (prompt: string) =>
          (await import('./tty')).readSecretFromTerminal(prompt),
      }
    : {}),
}).then(
  (code) => {
    saveCodeCaches();
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `etcd-tls-wizard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 3;
  },
);
