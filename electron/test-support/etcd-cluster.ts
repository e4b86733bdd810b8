/**
 * Runs real etcd members for integration tests: free ports, start from a generated config file,
 * flags file or env file, wait for health over mTLS, call the HTTP gateway, stop one member at a
 * time with SIGTERM: parallel stops cost ~7 s of leader hand-over
 * (docs/testing.md#stopping-etcd-members).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';

/** `count` distinct free TCP ports on 127.0.0.1 (held open together, so they differ). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const s = createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const a = s.address();
    if (a === null || typeof a === 'string') throw new Error('no port');
    return a.port;
  });
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** One running etcd process and its captured log. */
export interface EtcdMember {
  readonly name: string;
  readonly proc: ChildProcess;
  /** stdout + stderr so far. */
  log(): string;
  /** SIGTERM and wait for exit; resolves with the exit code or signal. */
  stop(): Promise<number | string | null>;
}

/** How to start a member: exactly as the bundle's file says. */
export type StartFrom =
  { readonly configFile: string } | { readonly flagsFile: string } | { readonly envFile: string };

/** Starts etcd for one member from a generated file; the process belongs to the caller. */
export function startMember(name: string, from: StartFrom, cwd: string): EtcdMember {
  let proc: ChildProcess;
  if ('configFile' in from) {
    proc = spawn('etcd', ['--config-file', from.configFile], { cwd });
  } else if ('flagsFile' in from) {
    // etcd.flags is "etcd \ --x=y \ …": run it with sh, exec'ing etcd so SIGTERM reaches it.
    const text = readFileSync(from.flagsFile, 'utf8');
    if (!/^etcd \\$/m.test(text)) throw new Error(`${from.flagsFile}: no "etcd \\" line`);
    proc = spawn('sh', ['-c', text.replace(/^etcd \\$/m, 'exec etcd \\')], { cwd });
  } else {
    // As the file's header says: set -a; . ./etcd.env; set +a — then etcd with no flags.
    proc = spawn('sh', ['-c', 'set -a; . "$0"; set +a; exec etcd', from.envFile], { cwd });
  }
  const chunks: string[] = [];
  proc.stdout?.on('data', (b: Buffer) => chunks.push(b.toString()));
  proc.stderr?.on('data', (b: Buffer) => chunks.push(b.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    proc.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return {
    name,
    proc,
    log: () => chunks.join(''),
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

/** Stops members one at a time, last started first. */
export async function stopAll(members: readonly EtcdMember[]): Promise<void> {
  for (const m of [...members].reverse()) await m.stop();
}

/** Client TLS material for calls to etcd. */
export interface ClientTls {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/** A small HTTPS call with a client certificate; resolves even on TLS or HTTP errors. */
export function httpsCall(
  url: string,
  tls: ClientTls,
  opts: { method?: string; body?: string; timeoutMs?: number } = {},
): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: opts.method ?? 'GET',
        ca: readFileSync(tls.ca),
        cert: readFileSync(tls.cert),
        key: readFileSync(tls.key),
        headers: opts.body ? { 'content-type': 'application/json' } : {},
        timeout: opts.timeoutMs ?? 5000,
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString() }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ error: e.message }));
    req.end(opts.body);
  });
}

/** Polls `GET /health` on every endpoint until all say healthy, or throws with the logs. */
export async function waitHealthy(
  endpoints: readonly string[],
  tls: ClientTls,
  members: readonly EtcdMember[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const dead = members.find((m) => m.proc.exitCode !== null || m.proc.signalCode !== null);
    if (dead) throw new Error(`etcd ${dead.name} exited early:\n${dead.log().slice(-3000)}`);
    const answers = await Promise.all(
      endpoints.map((e) => httpsCall(`${e}/health`, tls, { timeoutMs: 2000 })),
    );
    if (
      answers.every((a) => 'status' in a && a.status === 200 && /"health":\s*"true"/.test(a.body))
    )
      return;
    last = JSON.stringify(answers);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `cluster not healthy after ${timeoutMs} ms: ${last}\n${members.map((m) => `--- ${m.name}\n${m.log().slice(-2000)}`).join('\n')}`,
  );
}

/** Reads the `export K=V` lines of a generated etcdctl.env (values may be single-quoted). */
export function readEnvFile(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(?:export\s+)?([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let v = m[2]!;
    if (/^'.*'$/.test(v)) v = v.slice(1, -1).replace(/'\\''/g, "'");
    else if (/^".*"$/.test(v)) v = v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    env[m[1]!] = v;
  }
  return env;
}
