/**
 * Inputs that must not hurt, through the built CLI as a user runs it: devices, FIFOs and sockets
 * named to `inspect`, folders with nothing readable, alias bombs, oversized and pathological
 * plans, and control characters in echoed values. Each gets one exact line, exit 2, and leaves
 * nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../test-support/tools';
import { ONE_MEMBER_PLAN } from '../test-support/plans';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');
const dir = tempDir('etw-hostile-');
const p = (n: string) => join(dir.path, n);
let socketServer: Server;

beforeAll(async () => {
  runOk('mkfifo', [p('fifo')]);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(p('sock'), resolve));
});
afterAll(() => {
  socketServer.close();
  dir.remove();
});

/** Runs the built CLI; a hang fails the test instead of stalling it (status null). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: dir.path,
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NOT_A_FILE =
  'not a file; devices, FIFOs and sockets are never read. Give certificate, key, CSR or CRL files, or a folder of them.';

describe('inspect: paths that are not files', () => {
  it.each([
    ['/dev/zero', 'a character device'],
    ['fifo', 'a FIFO (named pipe)'],
    ['sock', 'a socket'],
  ])('%s gets one line and exit 2 at once', (path, kind) => {
    expect(cli('inspect', path)).toEqual({
      status: 2,
      stdout: '',
      stderr: `etcd-tls-wizard inspect: ${path} is ${kind}, ${NOT_A_FILE}\n`,
    });
  });

  it('a folder with nothing readable says why, naming what it skipped', () => {
    mkdirSync(p('junk'));
    runOk('mkfifo', [p('junk/pipe')]);
    writeFileSync(p('junk/README.md'), '# notes\n');
    writeFileSync(p('junk/empty.pem'), '');
    symlinkSync('/dev/zero', p('junk/zero.pem'));
    const r = cli('inspect', 'junk');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'etcd-tls-wizard inspect: no certificate, key, CSR or CRL found in junk (4 files skipped: empty.pem: empty, pipe: a FIFO (named pipe), README.md: not PKI, zero.pem: a symbolic link)\n',
    );
    // Each skipped file on its own line, then the summary.
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4).map((l) => l.slice(0, l.indexOf(':')).split('/').pop())).toEqual([
      'empty.pem',
      'pipe',
      'README.md',
      'zero.pem',
    ]);
    for (const l of lines.slice(0, 4)) expect(l).toContain(': skipped (');
    expect(lines[4]).toBe(
      'Summary: 4 files (skipped: 2 not PKI, 2 not regular files), 0 certificates, 0 keys; 0 errors, 0 warnings.',
    );
    mkdirSync(p('void'));
    expect(cli('inspect', 'void')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard inspect: no certificate, key, CSR or CRL found in void: the folder holds no files\n',
    });
  });

  it.skipIf(!needTool('openssl'))(
    'a FIFO next to a certificate is skipped with a note, the certificate is read',
    () => {
      mkdirSync(p('pki'));
      runOk('mkfifo', [p('pki/pipe')]);
      runOk('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=hostile-ca',
        '-keyout',
        p('pki/ca.key'),
        '-out',
        p('pki/ca.crt'),
      ]);
      const r = cli('inspect', 'pki', '--json');
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { files: unknown[] };
      expect(report.files).toContainEqual({
        path: p('pki/pipe'),
        explicit: false,
        status: 'skipped',
        items: [],
        errors: [
          {
            code: 'input-unsupported',
            message: `${p('pki/pipe')} is a FIFO (named pipe); skipped (inside folders only regular files are read; links are not followed)`,
            path: p('pki/pipe'),
          },
        ],
      });
    },
  );
});

const PLAN = ONE_MEMBER_PLAN;

/** Runs `issue` with `text` as the plan; checks that nothing was written next to --out. */
function issue(name: string, text: string | undefined, ...extra: string[]) {
  const parent = p(`out-${name.replace(/\W/g, '_')}`);
  mkdirSync(parent);
  if (text !== undefined) writeFileSync(p(name), text);
  const r = cli('issue', '--plan', name, '--out', join(parent, 'bundle'), ...extra);
  expect(readdirSync(parent)).toEqual([]); // no bundle, no hidden work folder
  expect(r.stdout).toBe('');
  return r;
}

describe('issue: plans that must not hurt', () => {
  it('an alias bomb is a plan error, not a crash', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(issue('bomb.yaml', `${levels.join('\n')}\n`)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: bomb.yaml: not a usable plan: its YAML aliases (*name) expand too much (Excessive alias count indicates a resource exhaustion attack); write the values out instead of repeating anchors\n',
    });
  });

  it('a plan over 64 KiB is refused before it is read', () => {
    expect(issue('quotes.yaml', '"'.repeat(1024 * 1024))).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: quotes.yaml is larger than 64 KiB, and a plan file is a few kilobytes: it was not read. Check the file name; write a plan with: etcd-tls-wizard init > plan.yaml\n',
    });
  });

  it('deep [ { nesting at the size cap is refused without parsing it', () => {
    expect(issue('deep.yaml', '['.repeat(64 * 1024))).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: deep.yaml: not a usable plan: [ ] and { } are nested more than 64 levels deep; a plan needs two or three\n',
    });
  });

  it('64 KiB of quote characters is an ordinary YAML error', () => {
    expect(issue('q64.yaml', '"'.repeat(64 * 1024))).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: q64.yaml:1:3: not valid YAML: Unexpected double-quoted-scalar at node end\n',
    });
  });

  it('devices and FIFOs as plan or CA files get one line, at once', () => {
    expect(issue('/dev/zero', undefined)).toMatchObject({
      status: 2,
      stderr:
        'etcd-tls-wizard issue: the plan file /dev/zero is a character device, not a regular file; only regular files are read\n',
    });
    expect(issue('fifo', undefined)).toMatchObject({
      status: 2,
      stderr:
        'etcd-tls-wizard issue: the plan file fifo is a FIFO (named pipe), not a regular file; only regular files are read\n',
    });
    writeFileSync(p('ok.yaml'), PLAN);
    expect(
      cli('issue', '--plan', 'ok.yaml', '--out', 'never', '--ca-cert', 'fifo', '--ca-key', 'x'),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: the CA certificate fifo is a FIFO (named pipe), not a regular file; only regular files are read\n',
    });
    expect(existsSync(p('never'))).toBe(false);
  });

  it('control characters in plan values, file names and arguments stay escaped on one line', () => {
    const text = PLAN.replace('addresses: [10.0.0.1]', 'addresses: ["etcd\\n0\\u202e.example"]');
    expect(issue('evil\nname.yaml', text)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: evil\\nname.yaml:5: cluster.members[0].addresses[0]: "etcd\\n0\\u202e.example" is not a valid DNS name (letters, digits, "-" and "." only, labels up to 63 characters)\n',
    });
    expect(issue('evil.yaml', PLAN, '--export-ca-key', 'x\r\u001b[2Ky')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'etcd-tls-wizard issue: --export-ca-key must be none, encrypted or plain, not "x\\r\\u001b[2Ky"\n',
    });
    expect(cli('in\nspect').stderr.split('\n')[0]).toBe(
      'etcd-tls-wizard: unknown command "in\\nspect"',
    );
  });
});
