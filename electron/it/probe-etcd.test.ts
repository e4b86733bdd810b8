/**
 * `etcd-tls-wizard probe` (the built CLI) against live etcd 3.4 members: a good member from an
 * issued bundle (client and peer URL), one whose certificate lacks 127.0.0.1, one without
 * clientAuth, one expired, one on plain http://, and a closed port. Each verdict is asserted,
 * and where Go has something to say, real etcdctl must print the very text the probe quotes.
 * The window's route (probe:check-endpoints with an export folder id) runs the same members.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../shared/probe/types';
import { dispatch } from '../rpc/dispatch';
import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { startProbeLab, type ProbeLab } from '../test-support/probe-lab';
import { needTool, tempDir } from '../test-support/tools';

const CLI = join(__dirname, '../../dist/cli.cjs');
const tools = needTool('etcd') && needTool('etcdctl') && needTool('openssl');

/** Runs the built CLI's probe; returns the exit code, the parsed JSON report and stderr. */
function probeCli(lab: ProbeLab, urls: string[], extra: string[] = ['--json']) {
  const { ca, cert, key } = lab.etcdctl;
  const r = spawnSync(
    'node',
    [CLI, 'probe', ...urls, '--cacert', ca, '--cert', cert, '--key', key, ...extra],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `etcdctl endpoint status` with the bundle's etcdctl files: it names server-side TLS causes. */
function etcdctlStatus(lab: ProbeLab, url: string): string {
  const { ca, cert, key } = lab.etcdctl;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ETCDCTL_')) env[k] = v;
  const r = spawnSync(
    'etcdctl',
    [
      '--endpoints',
      url,
      '--cacert',
      ca,
      '--cert',
      cert,
      '--key',
      key,
      '--dial-timeout',
      '2s',
      '--command-timeout',
      '3s',
      'endpoint',
      'status',
    ],
    { encoding: 'utf8', env, timeout: 30_000 },
  );
  return r.stdout + r.stderr;
}

const codesOf = (report: ProbeReport, url: string) =>
  report.endpoints.find((e) => e.url === url)!.checks.map((c) => `${c.check}:${c.code}`);

describe.skipIf(!tools)('probe against live etcd 3.4 members', () => {
  const root = tempDir('etw-probe-it-');
  let lab: ProbeLab;
  let report: ProbeReport & { exitCode: number };
  let exitCode: number | null;

  beforeAll(async () => {
    lab = await startProbeLab(root.path);
    const u = lab.urls;
    const r = probeCli(lab, [
      u.good,
      u.goodPeer,
      u.noLoopback,
      u.noClientAuth,
      u.expired,
      u.plain,
      u.closed,
    ]);
    exitCode = r.status;
    report = JSON.parse(r.stdout) as typeof report;
  });
  afterAll(async () => {
    await lab?.stop();
    root.remove();
  });

  it('reports every endpoint in order and exits 1 because some have problems', () => {
    expect(exitCode).toBe(1);
    expect(report.exitCode).toBe(1);
    expect(report.material).toMatchObject({
      source: 'files',
      client: { subject: 'CN=etcdctl' },
    });
    expect(report.endpoints.map((e) => e.verdict)).toEqual([
      'ok',
      'ok',
      'fail',
      'fail',
      'fail',
      'warn',
      'fail',
    ]);
  });

  it('the good member: every check passes, the chain is decoded, the gateway names etcd 3.4', () => {
    expect(codesOf(report, lab.urls.good)).toEqual([
      'connect:connected',
      'tls:tls-ok',
      'hostname:hostname-ok',
      'chain:chain-ok',
      'client-cert:client-cert-accepted',
      'gateway:gateway-ok',
    ]);
    const e = report.endpoints[0]!;
    expect(e.etcdVersion).toMatch(/^3\.4\./);
    expect(e.tls?.version).toBe('TLSv1.3');
    expect(e.chain?.[0]).toMatchObject({
      subject: { commonName: 'good' },
      sans: expect.arrayContaining([{ type: 'ip', value: '127.0.0.1' }]),
    });
  });

  it('its peer URL: the same certificate checks, and no gateway there', () => {
    expect(codesOf(report, lab.urls.goodPeer)).toEqual([
      'connect:connected',
      'tls:tls-ok',
      'hostname:hostname-ok',
      'chain:chain-ok',
      'client-cert:client-cert-accepted',
      'gateway:gateway-peer-port',
    ]);
  });

  it("no 127.0.0.1 in the SANs: Go's text, exactly as etcdctl prints it", () => {
    const e = report.endpoints.find((x) => x.url === lab.urls.noLoopback)!;
    const check = e.checks.find((c) => c.check === 'hostname')!;
    expect(check.code).toBe('hostname-mismatch');
    expect(check.params.goError).toBe('x509: certificate is valid for 127.0.0.2, not 127.0.0.1');
    expect(etcdctlStatus(lab, lab.urls.noLoopback)).toContain(
      `transport: authentication handshake failed: ${check.params.goError}`,
    );
  });

  it('no clientAuth: the gateway answers 503 with gRPC code 14, blamed on the server certificate', () => {
    const e = report.endpoints.find((x) => x.url === lab.urls.noClientAuth)!;
    expect(codesOf(report, lab.urls.noClientAuth)).toContain(
      'gateway:gateway-server-no-client-auth',
    );
    const gw = e.checks.find((c) => c.check === 'gateway')!;
    expect(gw.params.status).toBe('503');
    expect(gw.params.body).toMatch(/"code":14/);
    // etcdctl itself still works there, as the message says.
    expect(codesOf(report, lab.urls.noClientAuth)).toContain('client-cert:client-cert-accepted');
  });

  it("expired: Go's expiry text, as etcdctl prints it, and the gateway fails with it", () => {
    const e = report.endpoints.find((x) => x.url === lab.urls.expired)!;
    const chain = e.checks.find((c) => c.check === 'chain')!;
    expect(chain.code).toBe('chain-expired');
    expect(chain.params.notAfter).toBe('2020-02-01T00:00:00Z');
    expect(chain.params.goError).toMatch(
      /^x509: certificate has expired or is not yet valid: current time \S+Z is after 2020-02-01T00:00:00Z$/,
    );
    const masked = (s: string) => s.replace(/current time \S+ is/, 'current time … is');
    expect(masked(etcdctlStatus(lab, lab.urls.expired))).toContain(masked(chain.params.goError!));
    expect(codesOf(report, lab.urls.expired)).toContain('gateway:gateway-server-expired');
  });

  it('plain http://: a warning, the gateway answers; https:// on it: "this port speaks plain HTTP"', () => {
    expect(codesOf(report, lab.urls.plain)).toEqual([
      'connect:connected',
      'tls:plain-http',
      'gateway:gateway-ok',
    ]);
    const viaTls = lab.urls.plain.replace('http:', 'https:');
    const tlsOnPlain = JSON.parse(probeCli(lab, [viaTls]).stdout) as ProbeReport;
    expect(tlsOnPlain.endpoints[0]!.checks.map((c) => c.code)).toEqual([
      'connected',
      'plain-http-port',
    ]);
  });

  it('http:// on a TLS port: "this port speaks TLS: use https://"', () => {
    const r = probeCli(lab, [lab.urls.good.replace('https:', 'http:')], []);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAIL   TLS: This port speaks TLS: use https://');
    expect(r.stdout).toContain('curl: (52) Empty reply from server');
  });

  it('a closed port: refused, with what etcdctl prints', () => {
    expect(codesOf(report, lab.urls.closed)).toEqual(['connect:refused']);
    const port = lab.urls.closed.split(':').pop();
    expect(etcdctlStatus(lab, lab.urls.closed)).toContain(
      `dial tcp 127.0.0.1:${port}: connect: connection refused`,
    );
  });

  it('text output: the verdict per URL, the Go text and the fix for a problem', () => {
    const r = probeCli(lab, [lab.urls.good, lab.urls.noLoopback], []);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${lab.urls.good}: works`);
    expect(r.stdout).toContain(`${lab.urls.noLoopback}: problems found`);
    expect(r.stdout).toContain('FAIL   Host name: Certificate does not cover 127.0.0.1');
    expect(r.stdout).toContain(
      'seen as: etcdctl endpoint status: transport: authentication handshake failed: x509: certificate is valid for 127.0.0.2, not 127.0.0.1',
    );
    expect(r.stdout).toContain('fix: Reissue the member’s certificate with 127.0.0.1');
    expect(r.stdout).toMatch(
      /2 endpoint\(s\) checked: 1 working, 0 with warnings, 1 with problems$/m,
    );
  });

  it('only good members: exit 0', () => {
    expect(probeCli(lab, [lab.urls.good, lab.urls.goodPeer]).status).toBe(0);
  });

  it('bad input: exit 2 with one line naming the problem', () => {
    const r = spawnSync('node', [CLI, 'probe', lab.urls.good, '--cert', lab.etcdctl.cert], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `etcd-tls-wizard probe: A client certificate needs its key: give the key of ${lab.etcdctl.cert} too (--key).`,
    );
  });

  it("the window's route: an export folder id, the etcdctl files of that bundle", async () => {
    const stores = createStores();
    const table = createHandlerTable({
      info: { name: 'x', version: '1', platform: 'linux', locale: 'en-US', isElectron: false },
      dialogs: fakeDialogs(),
      services: nodeServices(),
      now: () => new Date(),
      stores,
    });
    const folderId = stores.folders.put(lab.bundle.bundle);
    const r = await dispatch(
      table,
      'probe:check-endpoints',
      { urls: [lab.urls.good, lab.urls.noClientAuth], exportFolderId: folderId },
      { emit: () => undefined },
    );
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as ProbeReport;
    expect(value.material).toMatchObject({ source: 'export', client: { from: 'clients/etcdctl' } });
    expect(value.endpoints.map((e) => e.verdict)).toEqual(['ok', 'fail']);
    const unknown = await dispatch(
      table,
      'probe:check-endpoints',
      { urls: [lab.urls.good], exportFolderId: 'abcdefgh1234' },
      { emit: () => undefined },
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'request-invalid', path: 'exportFolderId' },
    });
  });
});
