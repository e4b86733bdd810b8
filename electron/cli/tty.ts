/**
 * Typing a secret on a terminal: the prompt goes to stderr (stdout may be redirected) and the
 * typed characters are not echoed. Used only when stdin is a TTY; scripts use the environment.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Asks for one line without echo; undefined when the user ends input (Ctrl-C, Ctrl-D). */
export function readSecretFromTerminal(prompt: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let muted = false;
    // readline echoes each key to its output; this output drops everything while muted.
    const output = new Writable({
      write(chunk: Buffer, encoding: BufferEncoding, done: () => void) {
        if (!muted) process.stderr.write(chunk, encoding);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (answered) return;
      process.stderr.write('\n');
      resolve(undefined);
    });
    rl.question(prompt, (answer) => {
      answered = true;
      muted = false;
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
    muted = true;
  });
}
