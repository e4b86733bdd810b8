/**
 * Long-lived etcd members for the day-2 test: each member runs in its own process group from its
 * installed config file and can be stopped and started again (rolling restarts), health is asked
 * of etcdctl one endpoint at a time, and ports stay below the kernel's ephemeral range.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { runAsync } from './async-run';
import { readEnvFile } from './etcd-cluster';

/** Every process group this module started, so a crashed test still kills its etcd members. */
const groups = new Set<number>();
process.once('exit', () => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/**
 * `count` consecutive free ports between 20000 and 32000. Below Linux's ephemeral range
 * (32768+), no outgoing connection can take a stopped member's port as its source port while
 * the member restarts, and the range differs from freePorts() of the other cluster tests.
 */
export async function quietPorts(count: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * (12_000 - count));
    const ports = Array.from({ length: count }, (_, i) => base + i);
    const free = await Promise.all(ports.map(portFree));
    if (free.every(Boolean)) return ports;
  }
  throw new Error(`no ${count} consecutive free ports between 20000 and 32000`);
}

/** One etcd member that can be stopped and started again from the same config file. */
export interface LiveMember {
  readonly name: string;
  /** Its client URL, https://127.0.0.1:port. */
  readonly endpoint: string;
  readonly configFile: string;
  running(): boolean;
  /** Process id of the current run (a swap without restart keeps it). */
  pid(): number | undefined;
  /** Starts etcd --config-file in a new process group; throws when already running. */
  start(): void;
  /** SIGTERM to the group and wait for exit (etcd then exits with 143 after a clean stop). */
  stop(): Promise<number | string | null>;
  /** Everything every run of this member printed, runs separated by a marker line. */
  log(): string;
}

/** A member of the cluster in `cwd`, not started yet. */
export function liveMember(
  name: string,
  endpoint: string,
  configFile: string,
  cwd: string,
): LiveMember {
  let proc: ChildProcess | undefined;
  let exited: Promise<number | string | null> = Promise.resolve(null);
  const chunks: string[] = [];
  const running = () => proc !== undefined && proc.exitCode === null && proc.signalCode === null;
  return {
    name,
    endpoint,
    configFile,
    running,
    pid: () => proc?.pid,
    start() {
      if (running()) throw new Error(`etcd ${name} is already running`);
      chunks.push(`\n===== start ${name} ${new Date().toISOString()} =====\n`);
      // detached: its own process group, so a stop reaches every process it may have spawned.
      const p = spawn('etcd', ['--config-file', configFile], { cwd, detached: true });
      proc = p;
      if (p.pid !== undefined) groups.add(p.pid);
      p.stdout?.on('data', (b: Buffer) => chunks.push(b.toString()));
      p.stderr?.on('data', (b: Buffer) => chunks.push(b.toString()));
      exited = new Promise((resolve) =>
        p.once('exit', (code, signal) => {
          if (p.pid !== undefined) groups.delete(p.pid);
          resolve(code ?? signal);
        }),
      );
    },
    async stop() {
      if (proc?.pid !== undefined && running()) process.kill(-proc.pid, 'SIGTERM');
      return exited;
    },
    log: () => chunks.join(''),
  };
}

/** Stops members one at a time, last first (a parallel stop costs seconds of leader hand-over). */
export async function stopMembers(members: readonly LiveMember[]): Promise<void> {
  for (const m of [...members].reverse()) await m.stop();
}

/**
 * Environment for etcdctl from an installed etcdctl.env, read now (so replaced client files
 * are picked up), without any ETCDCTL_* of the caller; `extra` may override variables.
 * `withoutEtcdctl`: no ETCDCTL_* at all, for command lines that spell out every flag (etcdctl
 * exits when a flag shadows a variable).
 */
export function etcdctlEnv(
  envFile: string,
  extra: Record<string, string> = {},
  opts: { withoutEtcdctl?: boolean } = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ETCDCTL_')) env[k] = v;
  return opts.withoutEtcdctl ? { ...env, ...extra } : { ...env, ...readEnvFile(envFile), ...extra };
}

/** etcdctl with the installed client files; never rejects. */
export function etcdctl(
  envFile: string,
  args: readonly string[],
  extra: Record<string, string> = {},
) {
  return runAsync('etcdctl', args, { env: etcdctlEnv(envFile, extra), timeoutMs: 30_000 });
}

/** True when `etcdctl endpoint health` passes for exactly this endpoint. */
export async function endpointHealthy(envFile: string, endpoint: string): Promise<boolean> {
  const r = await etcdctl(envFile, ['endpoint', 'health'], {
    ETCDCTL_ENDPOINTS: endpoint,
    ETCDCTL_COMMAND_TIMEOUT: '3s',
  });
  return r.status === 0 && (r.stdout + r.stderr).includes(`${endpoint} is healthy`);
}

/** Polls `etcdctl endpoint health` of each member until all pass; throws with their logs. */
export async function waitMembersHealthy(
  envFile: string,
  members: readonly LiveMember[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(members);
  while (Date.now() < deadline) {
    for (const m of pending) {
      if (!m.running()) throw new Error(`etcd ${m.name} exited:\n${m.log().slice(-3000)}`);
      if (await endpointHealthy(envFile, m.endpoint)) pending.delete(m);
    }
    if (pending.size === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  const names = [...pending].map((m) => m.name).join(', ');
  throw new Error(
    `not healthy after ${timeoutMs} ms: ${names}\n${[...pending].map((m) => `--- ${m.name}\n${m.log().slice(-2500)}`).join('\n')}`,
  );
}

/** True when `etcdctl endpoint status` says the member at `endpoint` is the leader. */
export async function isLeader(envFile: string, endpoint: string): Promise<boolean> {
  const r = await etcdctl(envFile, ['endpoint', 'status', '-w', 'json'], {
    ETCDCTL_ENDPOINTS: endpoint,
  });
  // Member ids are 64-bit: compare the digits, JSON.parse would round them.
  const id = /"member_id":(\d+)/.exec(r.stdout)?.[1];
  return r.status === 0 && id !== undefined && /"leader":(\d+)/.exec(r.stdout)?.[1] === id;
}

/** When one member of a rolling restart went down and was healthy again (epoch ms). */
export interface RestartTimes {
  readonly member: string;
  /** It led the cluster when it was stopped (etcd then hands leadership over first). */
  readonly wasLeader: boolean;
  readonly stopAt: number;
  readonly stoppedAt: number;
  readonly startAt: number;
  readonly healthyAt: number;
}

/**
 * Restarts one member: checks that every other member is healthy (so quorum holds while this one
 * is down), stops it, runs `between` (install its new files), starts it from its config file and
 * waits until every member is healthy again. Returns when each step happened.
 */
export async function restartOne(
  envFile: string,
  members: readonly LiveMember[],
  m: LiveMember,
  between: (m: LiveMember) => void | Promise<void> = () => {},
): Promise<RestartTimes> {
  await waitMembersHealthy(
    envFile,
    members.filter((o) => o !== m),
    30_000,
  );
  const wasLeader = await isLeader(envFile, m.endpoint);
  const stopAt = Date.now();
  const code = await m.stop();
  if (code !== 143 && code !== 'SIGTERM')
    throw new Error(`etcd ${m.name} stopped with ${String(code)}:\n${m.log().slice(-3000)}`);
  const stoppedAt = Date.now();
  await between(m);
  const startAt = Date.now();
  m.start();
  await waitMembersHealthy(envFile, members);
  return { member: m.name, wasLeader, stopAt, stoppedAt, startAt, healthyAt: Date.now() };
}

/** {@link restartOne} for each member in turn. */
export async function rollingRestart(
  envFile: string,
  members: readonly LiveMember[],
  between: (m: LiveMember) => void | Promise<void> = () => {},
): Promise<RestartTimes[]> {
  const times: RestartTimes[] = [];
  for (const m of members) times.push(await restartOne(envFile, members, m, between));
  return times;
}
