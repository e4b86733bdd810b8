/**
 * The executable's entry (dist/cli.cjs): wires the process's arguments, streams and exit code to
 * main(), then keeps the compiled code of the command for the next run. Kept apart so that tests
 * import main() without running it.
 *
 * Output goes straight to file descriptors 1 and 2, and whether stdin is a terminal is asked only
 * when a command wants a typed secret: process.stdout/process.stderr and node:tty build Node's
 * socket and TTY streams (node:net and its friends), 2 to 4 ms of every run, `--help` included.
 */
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { saveCodeCaches } from '../node/code-cache-writes';
import { tuneTieringForCommandLine } from '../node/v8-tiering';
import { main } from './index';
import type * as Tty from 'node:tty';
import type { CliIo } from './io';

/**
 * A sink for descriptor `fd` (1 or 2). Writes are synchronous and complete, as Node's own stdio
 * is on Linux for files, pipes and terminals. A descriptor someone else made non-blocking (EAGAIN
 * on a full pipe) hands the rest, and everything after it, to Node's stream, which waits for the
 * reader; a reader that has gone away (EPIPE, `| head`) or a descriptor that was never open
 * (EBADF) ends the output quietly, as a command killed by SIGPIPE would. On Windows everything
 * goes through Node's streams: a console there wants UTF-16 (Chinese text written as UTF-8 bytes
 * would come out garbled), which only Node's TTY stream does.
 */
function sink(fd: 1 | 2): (text: string) => void {
  let mode: 'direct' | 'stream' | 'closed' = process.platform === 'win32' ? 'stream' : 'direct';
  const stream = (): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);
  return (text) => {
    if (mode === 'closed') return;
    if (mode === 'stream') {
      stream().write(text);
      return;
    }
    // Set only after a short write: until then nothing of `text` has gone out.
    let bytes: Buffer | undefined;
    let done = 0;
    try {
      // The string itself first: Node encodes it straight into the write, where a Buffer of a
      // report of megabytes would cost a copy and a second pass over it. Only a short write
      // (all that a full pipe took) needs the bytes, to go on from where it stopped.
      done = writeSync(fd, text);
      if (done < Buffer.byteLength(text, 'utf8')) {
        bytes = Buffer.from(text, 'utf8');
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'EBADF') {
        mode = 'closed';
        return;
      }
      if (code !== 'EAGAIN') throw e;
      mode = 'stream';
      stream().write(bytes ? bytes.subarray(done) : text);
    }
  };
}

const stdout = sink(1);
const stderr = sink(2);

/** Whether stdin is a terminal, asked once and only when a secret is wanted. */
let terminal: boolean | undefined;
const stdinIsTerminal = (): boolean =>
  (terminal ??= (createRequire(__filename)('node:tty') as typeof Tty).isatty(0));

const readSecret = async (prompt: string): Promise<string | undefined> =>
  (await import('./tty')).readSecretFromTerminal(prompt);

const io: CliIo = {
  // The text and its newline apart: `${s}\n` would copy a report of megabytes once more.
  out: (s) => {
    stdout(s);
    if (!s.endsWith('\n')) stdout('\n');
  },
  err: (s) => stderr(s.endsWith('\n') ? s : `${s}\n`),
  env: process.env,
  // Before the command's code is loaded (v8-tiering.ts says why).
  beforeCommand: () => tuneTieringForCommandLine(),
  // Typed secrets only from a person at a terminal; a pipe is a script, which uses the env.
  // Present only then (CliIo), looked up when read: main() keeps this getter as it is.
  get readSecret() {
    return stdinIsTerminal() ? readSecret : undefined;
  },
};

main(process.argv.slice(2), io).then(
  (code) => {
    saveCodeCaches();
    process.exitCode = code;
  },
  (e: unknown) => {
    stderr(
      `etcd-tls-wizard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 3;
  },
);
