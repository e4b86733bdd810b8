/**
 * The real proof (issue 3 §4): bundles issued by the CLI run a 3-member etcd cluster with client
 * and peer mTLS on 127.0.0.1, etcdctl works from the bundle's etcdctl.env, the HTTP gateway
 * answers APISIX's client certificate, and every certificate passes `openssl verify -x509_strict`.
 *
 * The plan's pkiDir/dataDir point into the test folder. Three members on one host share
 * 127.0.0.1, so the generator gives each its own `<pkiDir>/<member>` folder; the test installs
 * the files there exactly as the README says (a copy, no path rewriting) and starts etcd with the
 * bundle's own nodes/<m>/etcd.conf.yml, etcd.flags or etcd.env.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webCrypto } from '../node/node-crypto';
import { lintSet } from '../../shared/lint';
import { decodeBytes } from '../../shared/pki/decode';
import {
  badServerCert,
  installBundle,
  issueBundle,
  verifyBundle,
  type IssuedBundle,
} from '../test-support/etcd-bundle';
import {
  freePorts,
  httpsCall,
  readEnvFile,
  startMember,
  stopAll,
  waitHealthy,
  type EtcdMember,
} from '../test-support/etcd-cluster';
import { needTool, run, tempDir } from '../test-support/tools';

const tools = needTool('etcd') && needTool('etcdctl') && needTool('openssl');
const MEMBERS = ['n1', 'n2', 'n3'];
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** etcdctl with only the variables of the bundle's etcdctl.env (no flags: they would clash). */
function etcdctl(envFile: string, args: string[]) {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('ETCDCTL_')) env[k] = v;
  return spawnSync('etcdctl', args, {
    encoding: 'utf8',
    env: { ...env, ...readEnvFile(envFile) },
    timeout: 30_000,
  });
}

/** Error-level lint rule ids of a server certificate, linted with its CA as the set. */
async function lintErrors(certFile: string, caFile: string): Promise<string[]> {
  const bytes = new Uint8Array(Buffer.concat([readFileSync(certFile), readFileSync(caFile)]));
  const crypto = webCrypto;
  const decoded = await decodeBytes(bytes, certFile, { crypto });
  if (!decoded.ok) throw new Error(decoded.error.message);
  const lints = await lintSet(
    decoded.value.items,
    { role: 'etcd-server', hosts: ['127.0.0.1'], now: new Date() },
    { crypto },
  );
  return lints
    .filter((l) => l.roles.includes('etcd-server'))
    .flatMap((l) => l.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
}

const running: EtcdMember[] = [];
const root = tempDir('etw-etcd-');
afterAll(async () => {
  await stopAll(running);
  root.remove();
});

/** Issues, installs and starts a cluster; members start from `how(member)`. */
async function cluster(
  name: string,
  key: 'ecdsa-p256' | 'rsa-2048',
  how: (m: string) => 'config' | 'flags' | 'env',
  extra: string[] = [],
  tamper?: (b: IssuedBundle) => void | Promise<void>,
) {
  const ports = await freePorts(MEMBERS.length * 2);
  const b = issueBundle(join(root.path, name), key, MEMBERS, ports, extra);
  installBundle(b);
  await tamper?.(b); // after install: the bundle itself stays as issued
  const members = MEMBERS.map((m) => {
    const dir = join(b.bundle, 'nodes', m);
    const way = how(m);
    const from =
      way === 'config'
        ? { configFile: join(dir, 'etcd.conf.yml') }
        : way === 'flags'
          ? { flagsFile: join(dir, 'etcd.flags') }
          : { envFile: join(dir, 'etcd.env') };
    const member = startMember(m, from, b.dir);
    running.push(member);
    return member;
  });
  await waitHealthy(b.endpoints, b.apisixTls, members);
  return { b, members };
}

describe.skipIf(!tools)('bundle on a real 3-member etcd cluster', () => {
  describe.each(['ecdsa-p256', 'rsa-2048'] as const)(
    '%s, members started from etcd.conf.yml',
    (key) => {
      let b: IssuedBundle;
      let members: EtcdMember[] = [];
      beforeAll(async () => {
        ({ b, members } = await cluster(`ok-${key}`, key, () => 'config', ['--pkcs12']));
      });
      afterAll(() => stopAll(members));

      it('every certificate passes openssl verify -x509_strict for its purpose', () => {
        const checked = verifyBundle(b);
        expect(checked).toHaveLength(1 + MEMBERS.length * 2 + 3);
        for (const c of checked) expect(c.ok, `${c.file} (${c.purpose}): ${c.out}`).toBe(true);
        // The algorithm asked for is the one issued.
        const text = run('openssl', [
          'x509',
          '-in',
          join(b.bundle, 'nodes/n1/server.crt'),
          '-noout',
          '-text',
        ]);
        expect(text.stdout).toContain(
          key === 'rsa-2048' ? 'Public-Key: (2048 bit)' : 'NIST CURVE: P-256',
        );
      });

      it('etcdctl from etcdctl.env: endpoint health, endpoint status, put and get', () => {
        const env = b.etcdctlEnv;
        const health = etcdctl(env, ['endpoint', 'health']);
        expect(health.status, health.stderr).toBe(0);
        for (const e of b.endpoints)
          expect(health.stdout + health.stderr).toContain(`${e} is healthy`);

        const status = etcdctl(env, ['endpoint', 'status', '-w', 'json']);
        expect(status.status, status.stderr).toBe(0);
        const rows = JSON.parse(status.stdout) as {
          Endpoint: string;
          Status: { leader: string; version: string };
        }[];
        expect(rows.map((r) => r.Endpoint)).toEqual(b.endpoints);
        expect(new Set(rows.map((r) => r.Status.leader)).size).toBe(1);
        expect(rows[0]!.Status.version).toMatch(/^3\./);

        expect(etcdctl(env, ['put', 'wizard/key', `value-${key}`]).stdout.trim()).toBe('OK');
        const got = etcdctl(env, ['get', 'wizard/key', '--print-value-only']);
        expect(got.stdout.trim()).toBe(`value-${key}`);
      });

      it("the bundle's check.sh passes from inside the bundle", () => {
        const r = spawnSync('sh', [join(b.bundle, 'clients/etcdctl/check.sh')], {
          encoding: 'utf8',
        });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout + r.stderr).toMatch(/is healthy/);
      });

      it('HTTP gateway POST /v3/kv/range with the APISIX client certificate: 200 and the value', async () => {
        etcdctl(b.etcdctlEnv, ['put', 'wizard/gw', `gw-${key}`]);
        for (const e of b.endpoints) {
          const r = await httpsCall(`${e}/v3/kv/range`, b.apisixTls, {
            method: 'POST',
            body: JSON.stringify({ key: b64('wizard/gw') }),
          });
          expect(r).toMatchObject({ status: 200 });
          const body = JSON.parse((r as { body: string }).body) as { kvs: { value: string }[] };
          expect(Buffer.from(body.kvs[0]!.value, 'base64').toString()).toBe(`gw-${key}`);
        }
      });

      it('the client .p12 holds the APISIX certificate and key (openssl pkcs12)', () => {
        const out = run('openssl', [
          'pkcs12',
          '-in',
          join(b.bundle, 'clients/apisix/client.p12'),
          '-passin',
          `pass:${b.p12Password}`,
          '-nodes',
        ]);
        expect(out.status, out.stderr).toBe(0);
        expect(out.stdout).toContain(
          readFileSync(join(b.bundle, 'clients/apisix/client.crt'), 'utf8').trim(),
        );
      });
    },
  );

  describe('the same members through etcd.flags and etcd.env', () => {
    let b: IssuedBundle;
    let members: EtcdMember[] = [];
    beforeAll(async () => {
      const how = (m: string) => (m === 'n1' ? 'flags' : m === 'n2' ? 'env' : 'config');
      ({ b, members } = await cluster('forms', 'ecdsa-p256', how));
    });
    afterAll(() => stopAll(members));

    it('n1 (etcd.flags) and n2 (etcd.env) serve etcdctl and the gateway', async () => {
      expect(etcdctl(b.etcdctlEnv, ['put', 'wizard/forms', 'flags-and-env']).stdout.trim()).toBe(
        'OK',
      );
      for (const e of b.endpoints.slice(0, 2)) {
        const r = await httpsCall(`${e}/v3/kv/range`, b.apisixTls, {
          method: 'POST',
          body: JSON.stringify({ key: b64('wizard/forms') }),
        });
        expect(r).toMatchObject({ status: 200 });
        expect((r as { body: string }).body).toContain(b64('flags-and-env'));
      }
      // Each member really runs from its form: n1's settings are on its command line, n2's in
      // its environment (sh exec'd etcd, so the pid is etcd's own).
      const proc = (pid: number, f: string) =>
        readFileSync(`/proc/${pid}/${f}`, 'utf8').split('\0');
      const argv1 = proc(members[0]!.proc.pid!, 'cmdline');
      expect(argv1[0]).toBe('etcd');
      expect(argv1).toContain(`--cert-file=${join(b.pkiDir, 'n1/server.crt')}`);
      expect(argv1).toContain('--enable-grpc-gateway=true');
      const argv2 = proc(members[1]!.proc.pid!, 'cmdline');
      expect(argv2.filter(Boolean)).toEqual(['etcd']);
      expect(proc(members[1]!.proc.pid!, 'environ')).toContain(
        `ETCD_CERT_FILE=${join(b.pkiDir, 'n2/server.crt')}`,
      );
    });
  });

  describe('negative: a server certificate without clientAuth', () => {
    let b: IssuedBundle;
    let members: EtcdMember[] = [];
    let bad = '';
    let findings: { good: string[]; bad: string[] } = { good: [], bad: [] };
    beforeAll(async () => {
      ({ b, members } = await cluster(
        'no-client-auth',
        'ecdsa-p256',
        () => 'config',
        ['--export-ca-key', 'encrypted'],
        async (x) => {
          bad = badServerCert(x, 'n1');
          // Lint runs here, before any etcd process starts.
          const ca = join(x.bundle, 'ca/ca.crt');
          findings = {
            good: await lintErrors(join(x.bundle, 'nodes/n1/server.crt'), ca),
            bad: await lintErrors(bad, ca),
          };
        },
      ));
    });
    afterAll(() => stopAll(members));

    it('lint flags it before anything runs; the issued certificate is clean', () => {
      expect(findings.bad).toContain('server-missing-client-auth');
      expect(findings.good).toEqual([]);
    });

    it('openssl refuses it as a TLS client certificate', () => {
      const ca = join(b.bundle, 'ca/ca.crt');
      expect(
        run('openssl', ['verify', '-x509_strict', '-purpose', 'sslserver', '-CAfile', ca, bad])
          .status,
      ).toBe(0);
      const asClient = run('openssl', [
        'verify',
        '-x509_strict',
        '-purpose',
        'sslclient',
        '-CAfile',
        ca,
        bad,
      ]);
      expect(asClient.status).not.toBe(0);
      expect(asClient.stdout + asClient.stderr).toMatch(/unsuitable certificate purpose/);
    });

    it('the gateway of that member fails (HTTP 503, gRPC Unavailable), others answer 200', async () => {
      const body = JSON.stringify({ key: b64('wizard/none') });
      const r1 = await httpsCall(`${b.endpoints[0]}/v3/kv/range`, b.apisixTls, {
        method: 'POST',
        body,
      });
      expect(r1).toMatchObject({ status: 503 });
      // The wording of the gateway's own dial failure depends on timing ("connection closed" or
      // "failed to write client preface … connection reset by peer"); the code is always 14.
      expect(JSON.parse((r1 as { body: string }).body)).toMatchObject({ code: 14 });
      const r2 = await httpsCall(`${b.endpoints[1]}/v3/kv/range`, b.apisixTls, {
        method: 'POST',
        body,
      });
      expect(r2).toMatchObject({ status: 200 });
      // etcd's own log names the cause (docs/etcd-tls.md#server-certificate-without-clientauth).
      expect(members[0]!.log()).toMatch(/incompatible key usage/);
    });
  });
});
