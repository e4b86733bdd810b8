/**
 * Go's own verdict on a certificate, for tests: etcd, etcdctl and kube-apiserver verify with
 * Go's crypto/x509, so the wizard's explanations are checked against it, error text included.
 * The judge (go-judge/main.go, standard library only) is built once per Go version and source,
 * into the temp folder, and reused by every test file. Use with
 * `describe.skipIf(!needTool('go'))(…)`: CI has Go, so a missing one fails there.
 */
import { createHash } from 'node:crypto';
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, runOk } from './tools';

const SOURCE = join(__dirname, 'go-judge', 'main.go');

/** Which extended key usage the verifier asks for (Go's ExtKeyUsageServerAuth, …Client, …Any). */
export type JudgeUsage = 'server' | 'client' | 'any';

/** One question for Go: PEM texts as read from files, and the moment to verify at. */
export interface JudgeRequest {
  readonly roots: string;
  readonly intermediates?: string;
  readonly leaf: string;
  /** DNS name or IP the client dials (VerifyOptions.DNSName); leave out for a client certificate. */
  readonly name?: string;
  /** Empty or absent means ['server'], as in Go. etcd checks client certificates with ['client']. */
  readonly keyUsages?: readonly JudgeUsage[];
  readonly currentTime: Date;
}

/** Go's answer; error texts are exactly Go's. */
export interface JudgeVerdict {
  readonly ok: boolean;
  /** Verify with the name: Go checks expiry, then the name, then the chain, then key usage. */
  readonly error: string | null;
  /** Verify without the name. */
  readonly chainError: string | null;
  /** VerifyHostname alone; null when no name was asked about. */
  readonly hostnameError: string | null;
  /** Subjects of each chain Go built, leaf first; null when none. */
  readonly chains: string[][] | null;
}

let built: string | undefined;

/** Runs `go build`, in Go's own cache or, when that fails (unwritable HOME), in a private one. */
function goBuild(out: string, cwd: string): SpawnSyncReturns<string> {
  const build = (cache?: string) =>
    run('go', ['build', '-o', out, SOURCE], {
      cwd,
      // A cold cache compiles crypto/x509 and its dependencies: allow for a slow shared CPU.
      timeoutMs: 200_000,
      env: {
        ...process.env,
        ...(cache !== undefined && { GOCACHE: cache }),
        GOFLAGS: '',
        GOPROXY: 'off',
        GOTOOLCHAIN: 'local',
      },
    });
  const r = build();
  return r.status !== 0 && /build cache|GOCACHE/.test(r.stderr)
    ? build(join(tmpdir(), 'etw-go-cache'))
    : r;
}

/** Builds the judge if this Go and this source have not been built yet; returns its path. */
export function buildGoJudge(): string {
  if (built !== undefined) return built;
  const goVersion = runOk('go', ['version']).trim();
  const key = createHash('sha256')
    .update(goVersion)
    .update(readFileSync(SOURCE))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `etw-go-judge-${key}`);
  const binary = join(dir, 'go-judge');
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    // Test files build in parallel: each writes its own file and renames it into place.
    const partial = `${binary}.${process.pid}`;
    const r = goBuild(partial, dir);
    if (r.status !== 0)
      throw new Error(`go build ${SOURCE} failed (${r.status ?? r.signal}): ${r.stderr}`);
    renameSync(partial, binary);
  }
  built = binary;
  return binary;
}

/** Asks Go about each request in one run of the judge. */
export function judgeAll(requests: readonly JudgeRequest[]): JudgeVerdict[] {
  const input = JSON.stringify(
    requests.map((q) => ({
      roots: q.roots,
      intermediates: q.intermediates ?? '',
      leaf: q.leaf,
      name: q.name ?? '',
      keyUsages: q.keyUsages ?? [],
      currentTime: q.currentTime.toISOString(),
    })),
  );
  const r = run(buildGoJudge(), [], { input });
  // A malformed request (exit 2) is a bug in the test, not a verdict.
  if (r.status !== 0) throw new Error(`go-judge failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as JudgeVerdict[];
}

/** Asks Go about one certificate. */
export function judge(request: JudgeRequest): JudgeVerdict {
  return judgeAll([request])[0]!;
}
