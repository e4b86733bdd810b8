/**
 * Runs a program without blocking the event loop. The day-2 cluster test keeps a writer running
 * in the same process while it calls the CLI, etcdctl and openssl; a spawnSync there would stall
 * the writer's ticks and hide or invent gaps.
 */
import { spawn } from 'node:child_process';

/** Outcome of one program run; `status` is null when it was killed (timeout or signal). */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Options of {@link runAsync}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  /** SIGKILL after this long (default 60 s). */
  readonly timeoutMs?: number;
}

/** Spawns `cmd args`, collects its output, never rejects on a non-zero exit. */
export function runAsync(
  cmd: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        status: code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        timedOut,
      });
    });
    child.stdin.end(opts.input);
  });
}
