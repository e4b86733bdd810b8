/**
 * Runs the shell lines of a CA rotation's RUNBOOK.md as an admin would, phase by phase, against
 * the test's cluster: the lines that touch only files under the test folder run as written (the
 * `install` commands, the etcdctl and openssl checks), `systemctl restart <unit>` becomes a stop
 * and start of that member, and lines for machines this test does not have (kube-apiserver,
 * APISIX, Kubernetes, systemd queries) are recorded as skipped, with the reason.
 */
import { readFileSync } from 'node:fs';
import { runAsync } from './async-run';

/** One shell line of the runbook. */
export interface RunbookLine {
  /** 1, 2 or 3. */
  readonly phase: number;
  /** The phase's folder, from its heading. */
  readonly folder: string;
  readonly part: 'steps' | 'check';
  /** From the `# member n1`-style comment above it, if any. */
  readonly machine?: string;
  readonly command: string;
}

/** The English section's shell lines, in order. Throws when a phase heading is missing. */
export function runbookLines(file: string): RunbookLine[] {
  const all = readFileSync(file, 'utf8').split('\n');
  const start = all.findIndex((l) => l === '## English');
  if (start < 0) throw new Error(`${file}: no "## English" section`);
  const rest = all.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const lines = end < 0 ? rest : rest.slice(0, end);
  const out: RunbookLine[] = [];
  let phase = 0;
  let folder = '';
  let part: 'steps' | 'check' = 'steps';
  let machine: string | undefined;
  let inBlock = false;
  for (const l of lines) {
    const h = /^### Phase (\d): .*\(`([^`]+)\/`\)$/.exec(l);
    if (h) {
      phase = Number(h[1]);
      folder = h[2]!;
      part = 'steps';
      continue;
    }
    if (l.startsWith('#### ')) {
      part = /check/i.test(l) ? 'check' : 'steps';
      continue;
    }
    if (l.startsWith('```')) {
      inBlock = !inBlock && l.startsWith('```sh');
      machine = undefined;
      continue;
    }
    if (!inBlock || l.trim() === '') continue;
    if (l.startsWith('# ')) {
      machine = l.slice(2).trim();
      continue;
    }
    if (phase === 0) continue; // commands before the first phase (none expected)
    out.push({ phase, folder, part, ...(machine ? { machine } : {}), command: l.trim() });
  }
  for (const p of [1, 2, 3])
    if (!out.some((x) => x.phase === p)) throw new Error(`${file}: no commands for phase ${p}`);
  return out;
}

/** What happened to one line. */
export interface RunbookOutcome {
  readonly line: RunbookLine;
  readonly ran: boolean;
  /** Why it was not run, or its output when it ran. */
  readonly note: string;
}

/** The test's side of the runbook. */
export interface RunbookHooks {
  /** Folder the runbook's relative paths start from (the rotate-ca output). */
  readonly cwd: string;
  /** Absolute paths under this folder may be written and read; others belong to real machines. */
  readonly sandbox: string;
  /** Environment for the commands (no ETCDCTL_*: the lines spell out their flags). */
  readonly env: NodeJS.ProcessEnv;
  /** `systemctl restart <unit>`: stop that member and start it again. */
  restart(unit: string): Promise<void>;
  /** Called after each line that ran, to assert on its output. */
  check?(line: RunbookLine, stdout: string): void;
}

const SKIP: readonly [RegExp, string][] = [
  [/^(crictl|kubectl)\b/, 'no Kubernetes in this test'],
  [/^apisix\b|^curl .*apisix/, 'no APISIX in this test'],
  [/^systemctl (show|daemon-reload|enable|status)\b/, 'no systemd in this test'],
];

/** Absolute paths a line names (in arguments, after `=` or a redirection). */
const absolutePaths = (command: string) =>
  [...command.matchAll(/(?:^|[\s=<>])(\/[^\s;|&)]+)/g)].map((m) => m[1]!);

/** Runs the lines of `phase` in order; throws on the first line that fails. */
export async function runPhase(
  lines: readonly RunbookLine[],
  phase: number,
  hooks: RunbookHooks,
): Promise<RunbookOutcome[]> {
  const outcomes: RunbookOutcome[] = [];
  for (const line of lines.filter((l) => l.phase === phase)) {
    const c = line.command;
    const restart = /^systemctl restart (\S+)$/.exec(c);
    if (restart) {
      await hooks.restart(restart[1]!);
      outcomes.push({ line, ran: true, note: 'stopped and started the member' });
      continue;
    }
    const skip = SKIP.find(([re]) => re.test(c));
    const outside = absolutePaths(c).filter(
      (p) => p !== '/dev/null' && !p.startsWith(`${hooks.sandbox}/`),
    );
    if (skip || outside.length > 0) {
      outcomes.push({ line, ran: false, note: skip ? skip[1] : `outside the test: ${outside[0]}` });
      continue;
    }
    const r = await runAsync('sh', ['-c', c], {
      cwd: hooks.cwd,
      env: hooks.env,
      timeoutMs: 90_000,
    });
    if (r.status !== 0)
      throw new Error(
        `RUNBOOK phase ${phase} (${line.machine ?? 'admin'}): \`${c}\` failed (${r.timedOut ? 'timeout' : `exit ${r.status}`}):\n${r.stderr}${r.stdout}`,
      );
    hooks.check?.(line, r.stdout);
    outcomes.push({ line, ran: true, note: r.stdout.trim() });
  }
  return outcomes;
}
