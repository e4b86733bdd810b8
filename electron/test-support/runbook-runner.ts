/**
 * Runs the shell lines of a bundle's README or a CA rotation's RUNBOOK.md as an admin would,
 * against the test's cluster: lines that touch only files under the test folder run as written
 * (the `install` and `mv` lines, the etcdctl and openssl checks, `move-leader`), `systemctl` lines that start or
 * restart etcd become a start or restart of that member, and lines for machines this test does
 * not have (kube-apiserver, APISIX, Kubernetes, systemd queries) are recorded as skipped, with
 * the reason.
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
export interface LineOutcome {
  readonly command: string;
  readonly ran: boolean;
  /** Why it was not run, what the test did instead, or the line's output. */
  readonly note: string;
}

/** The test's side of an admin's shell lines. */
export interface AdminHooks {
  /** Folder the relative paths start from (the bundle or rotate-ca output). */
  readonly cwd: string;
  /** Absolute paths under this folder may be written and read; others belong to real machines. */
  readonly sandbox: string;
  /** Environment for the commands (no ETCDCTL_*: the lines spell out their flags). */
  readonly env: NodeJS.ProcessEnv;
  /** A `systemctl` line that starts or restarts etcd: do it to the member; returns a note. */
  systemctl(command: string): Promise<string>;
}

const SKIP: readonly [RegExp, string][] = [
  [/^(until )?(crictl|kubectl)\b/, 'no Kubernetes in this test'],
  [/^apisix\b|^curl .*apisix/, 'no APISIX in this test'],
  [/^systemctl (show|status)\b/, 'no systemd in this test'],
];

/** Absolute paths a line names (in arguments, after `=` or a redirection). */
const absolutePaths = (command: string) =>
  [...command.matchAll(/(?:^|[\s=<>])(\/[^\s;|&)]+)/g)].map((m) => m[1]!);

/**
 * Runs one shell line as written when it only touches the sandbox, hands `systemctl` lines to
 * the hook, skips the rest with the reason; throws when a line that ran failed.
 */
export async function runAdminLine(
  command: string,
  hooks: AdminHooks,
  where = '',
): Promise<LineOutcome> {
  const skip = SKIP.find(([re]) => re.test(command));
  if (skip) return { command, ran: false, note: skip[1] };
  if (command.startsWith('systemctl '))
    return { command, ran: true, note: await hooks.systemctl(command) };
  const outside = absolutePaths(command).filter(
    (p) => p !== '/dev/null' && !p.startsWith(`${hooks.sandbox}/`),
  );
  if (outside.length > 0) return { command, ran: false, note: `outside the test: ${outside[0]}` };
  const once = () =>
    runAsync('sh', ['-c', command], { cwd: hooks.cwd, env: hooks.env, timeoutMs: 90_000 });
  let r = await once();
  // etcd's strict reconfiguration check refuses `member add` ("etcdserver: unhealthy cluster",
  // nothing changed) until every member has been connected for 5 s; on a loaded machine a peer
  // stream may have just reconnected. An operator waits and runs it again; so does the test,
  // a bounded number of times, and only for that refusal.
  for (let i = 0; i < 10 && r.status !== 0 && /unhealthy cluster/.test(r.stderr); i++) {
    await new Promise((done) => setTimeout(done, 1_000));
    r = await once();
  }
  if (r.status !== 0)
    throw new Error(
      `${where}\`${command}\` failed (${r.timedOut ? 'timeout' : `exit ${r.status}`}):\n${r.stderr}${r.stdout}`,
    );
  return { command, ran: true, note: r.stdout.trim() };
}

/**
 * Runs the lines of `phase` in order with {@link runAdminLine}; `check` sees each line that ran
 * and its output. Throws on the first line that fails.
 */
export async function runPhase(
  lines: readonly RunbookLine[],
  phase: number,
  hooks: AdminHooks,
  check: (line: RunbookLine, stdout: string) => void = () => {},
): Promise<(LineOutcome & { line: RunbookLine })[]> {
  const outcomes: (LineOutcome & { line: RunbookLine })[] = [];
  for (const line of lines.filter((l) => l.phase === phase)) {
    const o = await runAdminLine(
      line.command,
      hooks,
      `RUNBOOK phase ${phase} (${line.machine ?? 'admin'}): `,
    );
    if (o.ran && !line.command.startsWith('systemctl ')) check(line, o.note);
    outcomes.push({ ...o, line });
  }
  return outcomes;
}
