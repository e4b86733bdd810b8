/**
 * The generated files run for real: a 3-member etcd cluster on 127.0.0.1 started from the
 * generated config files (with the generated paths), checked by the generated check.sh and by
 * curl through the HTTP/JSON gateway; and one member started from etcd.flags and etcd.env.
 * The installed etcd is 3.4, the version whose config-file gateway default is the trap.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, run, runOk, tempDir } from '../../electron/test-support/tools';
import { validatePlan } from '../plan/plan';
import type { Plan, PlanInput } from '../plan/schema';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import { bundleLayout, memberPaths } from './paths';

const tools = needTool('etcd') && needTool('etcdctl') && needTool('openssl') && needTool('curl');
// Ports away from 2379/2380 and from other test runs on this machine.
const BASE = 31000 + (process.pid % 1500) * 20;

function makePlan(dir: string, members: number, port: number, clients: string[]): Plan {
  const input: PlanInput = {
    version: 1,
    pkiDir: join(dir, 'pki'),
    dataDir: join(dir, 'data'),
    etcd: { version: '3.4' },
    cluster: {
      members: Array.from({ length: members }, (_, i) => ({
        name: `n${i + 1}`,
        addresses: ['127.0.0.1'],
        clientPort: port + i,
        peerPort: port + 10 + i,
      })),
    },
    clients: clients as PlanInput['clients'],
  };
  const r = validatePlan(input);
  if (!r.plan) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

/** An openssl PKI at the bundle layout's paths: EC P-256, SANs as the plan derives them. */
function issue(p: Plan, bundle: string): void {
  const ossl = (args: string[]) => runOk('openssl', args, { cwd: bundle });
  mkdirSync(join(bundle, 'ca'), { recursive: true });
  writeFileSync(
    join(bundle, 'ca.cnf'),
    '[v3_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n',
  );
  ossl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'ca/ca.key']);
  ossl([
    'req',
    '-x509',
    '-new',
    '-key',
    'ca/ca.key',
    '-subj',
    '/CN=test-ca',
    '-config',
    'ca.cnf',
    '-extensions',
    'v3_ca',
    '-days',
    '2',
    '-out',
    'ca/ca.crt',
  ]);
  const input = exampleBundleInput(p, new Date());
  const layout = bundleLayout(p);
  for (const c of input.certs) {
    const at = layout.certs[c.id]!;
    mkdirSync(join(bundle, dirname(at.cert)), { recursive: true });
    const san = c.sans.map((s) => (/^[\d.]+$|:/.test(s) ? `IP:${s}` : `DNS:${s}`)).join(',');
    const eku = c.role === 'client' ? 'clientAuth' : 'serverAuth,clientAuth';
    writeFileSync(
      join(bundle, 'leaf.ext'),
      `[e]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=${eku}\n${san ? `subjectAltName=${san}\n` : ''}`,
    );
    ossl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', at.key]);
    ossl(['req', '-new', '-key', at.key, '-subj', `/CN=${c.commonName}`, '-out', 'leaf.csr']);
    ossl([
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca/ca.crt',
      '-CAkey',
      'ca/ca.key',
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      'leaf.ext',
      '-extensions',
      'e',
      '-out',
      at.cert,
    ]);
  }
  for (const copy of layout.ca.copies) copyFileSync(join(bundle, 'ca/ca.crt'), join(bundle, copy));
  const out = generateBundleFiles(input);
  for (const f of out.files) {
    mkdirSync(join(bundle, dirname(f.path)), { recursive: true });
    writeFileSync(join(bundle, f.path), f.content);
    if (f.mode === 'executable') chmodSync(join(bundle, f.path), 0o755);
  }
}

/** Installs a member's files as the README says, at the generated paths. */
function install(p: Plan, bundle: string): void {
  for (const m of p.cluster.members) {
    const mp = memberPaths(p, m);
    mkdirSync(mp.pkiDir, { recursive: true, mode: 0o700 });
    mkdirSync(mp.dataDir, { recursive: true, mode: 0o700 });
    for (const n of ['ca.crt', 'server.crt', 'server.key', 'peer.crt', 'peer.key'])
      copyFileSync(join(bundle, 'nodes', m.name, n), join(mp.pkiDir, n));
    copyFileSync(join(bundle, 'nodes', m.name, 'etcd.conf.yml'), mp.configFile);
  }
}

const started: ChildProcess[] = [];
function start(cmd: string, args: string[], cwd: string, log: string): ChildProcess {
  const fd = openSync(log, 'a');
  // Own process group, so the shell forms can be stopped together with their etcd.
  const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', fd, fd] });
  started.push(child);
  return child;
}
async function stop(child: ChildProcess): Promise<void> {
  const group = -child.pid!;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(group, 'SIGTERM');
  // Wait for the whole group: `sh etcd.flags` exits before the etcd it started.
  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(group, 'SIGKILL');
}

/** Runs check.sh until it succeeds or ~40 s pass; returns the last output. */
async function checkUntilHealthy(script: string): Promise<{ status: number | null; out: string }> {
  let last = { status: null as number | null, out: '' };
  for (let i = 0; i < 20; i++) {
    const r = run(script, []);
    last = { status: r.status, out: `${r.stdout}${r.stderr}` };
    if (r.status === 0) return last;
    await new Promise((res) => setTimeout(res, 1000));
  }
  return last;
}

describe.skipIf(!tools)('generated files start a real etcd 3.4', () => {
  const tmp = tempDir('etw-gen-');
  afterAll(async () => {
    for (const c of started) await stop(c);
    tmp.remove();
  });

  describe('3 members from etcd.conf.yml', () => {
    const p = makePlan(join(tmp.path, 'cluster'), 3, BASE, ['etcdctl']);
    const bundle = join(tmp.path, 'cluster', 'bundle');
    beforeAll(() => {
      mkdirSync(bundle, { recursive: true });
      issue(p, bundle);
      install(p, bundle);
      for (const m of p.cluster.members)
        start(
          'etcd',
          ['--config-file', memberPaths(p, m).configFile],
          bundle,
          join(tmp.path, `${m.name}.log`),
        );
    });

    it('is healthy according to the generated check.sh, run from the bundle', async () => {
      const r = await checkUntilHealthy(join(bundle, 'clients/etcdctl/check.sh'));
      expect(r.status, r.out).toBe(0);
      for (let i = 0; i < 3; i++)
        expect(r.out).toContain(`https://127.0.0.1:${BASE + i} is healthy`);
      expect(r.out.match(/\|\s*3\.4\.\d+\s*\|/g)).toHaveLength(3);
    });

    it('serves the HTTP/JSON gateway although 3.4 defaults it off with a config file', () => {
      const args = [
        '-sS',
        '--cacert',
        'clients/etcdctl/ca.crt',
        '--cert',
        'clients/etcdctl/client.crt',
        '--key',
        'clients/etcdctl/client.key',
      ];
      const put = run(
        'curl',
        [
          ...args,
          '-X',
          'POST',
          `https://127.0.0.1:${BASE}/v3/kv/put`,
          '-d',
          '{"key":"Z2Vu","value":"b2s="}',
        ],
        { cwd: bundle },
      );
      expect(put.status, put.stderr).toBe(0);
      expect(put.stdout).toContain('"header"');
      const get = run(
        'curl',
        [
          ...args,
          '-X',
          'POST',
          `https://127.0.0.1:${BASE + 2}/v3/kv/range`,
          '-d',
          '{"key":"Z2Vu"}',
        ],
        { cwd: bundle },
      );
      expect(get.stdout).toContain('"value":"b2s="');
    });
  });

  describe('1 member from etcd.flags, then from etcd.env', () => {
    const dir = join(tmp.path, 'single');
    const p = makePlan(dir, 1, BASE + 5, ['etcdctl']);
    const bundle = join(dir, 'bundle');
    const check = join(bundle, 'clients/etcdctl/check.sh');
    beforeAll(() => {
      mkdirSync(bundle, { recursive: true });
      issue(p, bundle);
      install(p, bundle);
    });

    it('starts from the command line in etcd.flags', async () => {
      const child = start('sh', ['nodes/n1/etcd.flags'], bundle, join(tmp.path, 'flags.log'));
      const r = await checkUntilHealthy(check);
      await stop(child);
      expect(
        r.status,
        `${r.out}\n${readFileSync(join(tmp.path, 'flags.log'), 'utf8').slice(-2000)}`,
      ).toBe(0);
      expect(r.out).toContain(`https://127.0.0.1:${BASE + 5} is healthy`);
    });

    it('starts from the variables in etcd.env with no flags', async () => {
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      const child = start(
        'sh',
        ['-c', 'set -a; . nodes/n1/etcd.env; set +a; exec etcd'],
        bundle,
        join(tmp.path, 'env.log'),
      );
      const r = await checkUntilHealthy(check);
      await stop(child);
      expect(
        r.status,
        `${r.out}\n${readFileSync(join(tmp.path, 'env.log'), 'utf8').slice(-2000)}`,
      ).toBe(0);
    });
  });
});
