/**
 * A client that keeps writing while the cluster is being changed: every `intervalMs` it starts
 * `etcdctl put <new key>` with the installed etcdctl.env (re-read for every put, so replaced
 * client files and a longer endpoint list take effect as an admin's next command would), and
 * records each acknowledged key and each failed attempt with its phase and timestamps.
 *
 * etcdctl per put measured here: ~55 ms wall and ~14 ms CPU with three endpoints, so a new
 * process per put keeps a 50 ms cadence with two or three in flight.
 */
import { runAsync } from './async-run';
import { etcdctlEnv } from './etcd-live';

/** One `etcdctl put`: acknowledged (exit 0 and "OK") or failed, with its phase. */
export interface WriteAttempt {
  readonly key: string;
  readonly phase: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ok: boolean;
  /** The first "Error:" line of etcdctl, or how the process ended. */
  readonly error?: string;
}

/** What happened in one phase. */
export interface PhaseStats {
  readonly phase: string;
  readonly attempts: number;
  readonly acked: number;
  readonly failed: number;
  /** Ticks with no put started because `maxInFlight` puts were still running. */
  readonly stalled: number;
  /** Longest time between two acknowledgements in this phase (information, not asserted). */
  readonly maxAckGapMs: number;
}

/** A running writer. */
export interface Writer {
  /** Attempts started from now on belong to `phase`. */
  setPhase(phase: string): void;
  /** Stops starting puts and waits for the ones in flight. */
  stop(): Promise<void>;
  attempts(): readonly WriteAttempt[];
  /** Keys etcd acknowledged. */
  acked(): string[];
  /** Per phase, in the order the phases were entered. */
  stats(): PhaseStats[];
}

/** Options of {@link startWriter}. */
export interface WriterOptions {
  /** Key prefix; keys are `<prefix><6-digit counter>`. */
  readonly prefix: string;
  readonly intervalMs?: number;
  /** etcdctl --command-timeout, in seconds. */
  readonly commandTimeoutS?: number;
  readonly maxInFlight?: number;
}

const errorLine = (stderr: string) =>
  stderr
    .split('\n')
    .find((l) => l.startsWith('Error:'))
    ?.trim() ??
  stderr.trim().split('\n').pop() ??
  '';

/** Starts writing at once through the client files named by `envFile`. */
export function startWriter(envFile: string, opts: WriterOptions): Writer {
  const intervalMs = opts.intervalMs ?? 50;
  const timeoutS = opts.commandTimeoutS ?? 5;
  const maxInFlight = opts.maxInFlight ?? 4;
  let phase = 'start';
  const phases: string[] = [phase];
  const stalled = new Map<string, number>();
  const done: WriteAttempt[] = [];
  const inFlight = new Set<Promise<void>>();
  let counter = 0;

  const put = async (key: string, p: string) => {
    const startedAt = Date.now();
    const r = await runAsync('etcdctl', ['put', key, p], {
      env: etcdctlEnv(envFile, {
        ETCDCTL_COMMAND_TIMEOUT: `${timeoutS}s`,
        ETCDCTL_DIAL_TIMEOUT: '2s',
      }),
      timeoutMs: (timeoutS + 5) * 1000,
    });
    const ok = r.status === 0 && r.stdout.trim() === 'OK';
    done.push({
      key,
      phase: p,
      startedAt,
      endedAt: Date.now(),
      ok,
      ...(ok
        ? {}
        : {
            error: r.timedOut ? 'killed after timeout' : `exit ${r.status}: ${errorLine(r.stderr)}`,
          }),
    });
  };

  const timer = setInterval(() => {
    if (inFlight.size >= maxInFlight) {
      stalled.set(phase, (stalled.get(phase) ?? 0) + 1);
      return;
    }
    const key = `${opts.prefix}${String(++counter).padStart(6, '0')}`;
    const job = put(key, phase).finally(() => inFlight.delete(job));
    inFlight.add(job);
  }, intervalMs);

  return {
    setPhase(p) {
      phase = p;
      if (!phases.includes(p)) phases.push(p);
    },
    async stop() {
      clearInterval(timer);
      await Promise.all([...inFlight]);
    },
    attempts: () => [...done].sort((a, b) => a.startedAt - b.startedAt),
    acked: () => done.filter((a) => a.ok).map((a) => a.key),
    stats: () =>
      phases.map((p) => {
        const mine = done.filter((a) => a.phase === p);
        const acks = mine
          .filter((a) => a.ok)
          .map((a) => a.endedAt)
          .sort((a, b) => a - b);
        let gap = 0;
        for (let i = 1; i < acks.length; i++) gap = Math.max(gap, acks[i]! - acks[i - 1]!);
        return {
          phase: p,
          attempts: mine.length,
          acked: acks.length,
          failed: mine.length - acks.length,
          stalled: stalled.get(p) ?? 0,
          maxAckGapMs: gap,
        };
      }),
  };
}
