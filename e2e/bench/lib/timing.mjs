/**
 * Timing whole processes. Each command runs under a small bash wrapper that reads the clock
 * ($EPOCHREALTIME, microseconds) right around it and reports, with `times`, the CPU time of it
 * and every descendant it waited for (so a shell script of 200 cfssl calls counts them all).
 * Contenders of a row run interleaved (ours, peer, ours, peer, … with the order flipped every
 * round), so a busy neighbour slows both sides alike and the ratio stays meaningful.
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';

const WRAPPER = String.raw`
in="$1"; shift
s=$EPOCHREALTIME
if [ -n "$in" ]; then "$@" <"$in" >/dev/null 2>"$BENCH_ERR"; else "$@" </dev/null >/dev/null 2>"$BENCH_ERR"; fi
rc=$?
e=$EPOCHREALTIME
echo "$s $e $rc" >&3
times >&3
`;

const seconds = (t) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

/**
 * Runs `cmd args` once; resolves { wallMs, cpuMs }. A non-zero exit rejects with its stderr
 * (a broken contender must not produce a fast, wrong number).
 */
export function timeProcess(cmd, args, { env, cwd, stdinFile, okCodes = [0] } = {}) {
  return new Promise((resolvePromise, reject) => {
    const errFile = `/tmp/etw-bench-${process.pid}-${Math.random().toString(36).slice(2)}.err`;
    const child = spawn('bash', ['-c', WRAPPER, 'bench', stdinFile ?? '', cmd, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_ERR: errFile },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let report = '';
    child.stdio[3].on('data', (d) => (report += d));
    child.on('error', reject);
    child.on('close', async () => {
      const err = await readFile(errFile, 'utf8').catch(() => '');
      await rm(errFile, { force: true });
      const lines = report.trim().split('\n');
      const [s, e, rc] = (lines[0] ?? '').split(' ').map(Number);
      const children = (lines[2] ?? '').trim().split(/\s+/).map(seconds);
      if (!okCodes.includes(rc)) {
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${rc}:\n${err.slice(0, 2000)}`));
        return;
      }
      resolvePromise({ wallMs: (e - s) * 1000, cpuMs: (children[0] + children[1]) * 1000 });
    });
  });
}

/**
 * Runs every contender `runs` times, interleaved. `contenders` maps a name to an async function
 * returning { wallMs, cpuMs }; `before(name, round)` and `after(name, round)` prepare and clean up
 * outside the timed part. Resolves { [name]: { wall: number[], cpu: number[] } }.
 */
export async function interleave(contenders, runs, { before, after, warmup = 1 } = {}) {
  const names = Object.keys(contenders);
  const out = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [] }]));
  for (let round = -warmup; round < runs; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      await before?.(name, round);
      const t = await contenders[name](round);
      await after?.(name, round);
      if (round < 0) continue; // warm-up: disk cache, page cache of the binaries
      out[name].wall.push(t.wallMs);
      out[name].cpu.push(t.cpuMs);
    }
  }
  return out;
}
