/**
 * `etcd-tls-wizard issue` as a user runs it: bad input is one line naming the file or plan
 * field, exit 2, nothing written; secrets come only from the environment; an imported CA
 * (encrypted key made by openssl) signs every leaf.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/index';
import { cli } from '../test-support/cli-main';
import { opensslCa } from '../test-support/openssl-ca';
import { needTool, run, tempDir } from '../test-support/tools';
import { ONE_MEMBER_PLAN } from '../test-support/plans';

const dir = tempDir('etw-cli-');
afterAll(() => dir.remove());

const PLAN = ONE_MEMBER_PLAN;

function planFile(name: string, text = PLAN): string {
  const p = join(dir.path, name);
  writeFileSync(p, text);
  return p;
}

describe('issue: bad input', () => {
  it('names a missing plan file; exit 2; nothing written', async () => {
    const out = join(dir.path, 'o1');
    const r = await cli(['issue', '--plan', join(dir.path, 'nope.yaml'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.errLines).toBe(1);
    expect(r.err).toContain('nope.yaml');
    expect(r.err).toContain('no such file or folder; write one with: etcd-tls-wizard init');
    expect(existsSync(out)).toBe(false);
  });

  it('names the file, line and plan field of an invalid plan', async () => {
    const p = planFile(
      'bad.yaml',
      PLAN.replace('addresses: [10.0.0.1]', 'addresses: [https://10.0.0.1:2379]'),
    );
    const out = join(dir.path, 'o2');
    const r = await cli(['issue', '--plan', p, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.errLines).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:5: cluster\.members\[0\]\.addresses\[0\]: .*is a URL/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a non-empty output folder, naming what is there', async () => {
    const out = join(dir.path, 'o3');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = await cli(['issue', '--plan', planFile('ok.yaml'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(out, 'keep.txt'));
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('takes passphrases only from the environment, and checks them', async () => {
    const out = join(dir.path, 'o4');
    const argv = await cli([
      'issue',
      '--plan',
      planFile('ok.yaml'),
      '--out',
      out,
      '--passphrase',
      'x',
    ]);
    expect(argv.code).toBe(2);
    expect(argv.err).toMatch(/Unknown option '--passphrase'/);
    const none = await cli([
      'issue',
      '--plan',
      planFile('ok.yaml'),
      '--out',
      out,
      '--export-ca-key',
      'encrypted',
    ]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/needs a passphrase: set ETW_CA_PASSPHRASE/);
    const short = await cli(
      ['issue', '--plan', planFile('ok.yaml'), '--out', out, '--pkcs12', '--export-ca-key', 'none'],
      { ETW_P12_PASSWORD: 'short' },
    );
    expect(short.err).toMatch(/ETW_P12_PASSWORD .*use at least 12/);
    const mode = await cli([
      'issue',
      '--plan',
      planFile('ok.yaml'),
      '--out',
      out,
      '--export-ca-key',
      'clear',
    ]);
    expect(mode.err).toMatch(/--export-ca-key must be none, encrypted or plain/);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps the CA key by default: with no passphrase and no terminal it names both ways out', async () => {
    const out = join(dir.path, 'o6');
    const r = await cli(['issue', '--plan', planFile('ok.yaml'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.errLines).toBe(1);
    expect(r.err).toMatch(/set ETW_CA_PASSPHRASE .*or pass --export-ca-key none to discard/);
    expect(existsSync(out)).toBe(false);
  });

  it('wants both CA files or neither', async () => {
    const r = await cli([
      'issue',
      '--plan',
      planFile('ok.yaml'),
      '--out',
      join(dir.path, 'o5'),
      '--ca-cert',
      'x.crt',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--ca-cert and --ca-key go together/);
  });
});

describe('issue: the CA key is kept', () => {
  const PASS = 'cli test passphrase 1234';

  it('encrypts it with ETW_CA_PASSPHRASE and writes plan.yaml and manifest.json', async () => {
    const out = join(dir.path, 'kept-env');
    const r = await cli(['issue', '--plan', planFile('ok.yaml'), '--out', out], {
      ETW_CA_PASSPHRASE: PASS,
    });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'ca/ca.key'), 'utf8')).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY/,
    );
    expect(readFileSync(join(out, 'plan.yaml'), 'utf8')).toContain('name: n1');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.ca.key).toEqual({ included: true, encrypted: true, file: 'ca/ca.key' });
  });

  it('asks twice on a terminal, and refuses two different answers', async () => {
    const typed: string[] = [];
    const terminal = (answers: string[]) => async (prompt: string) => {
      typed.push(prompt);
      return answers.shift();
    };
    const io = (answers: string[]) => {
      const err: string[] = [];
      return {
        err,
        io: {
          out: () => {},
          err: (s: string) => err.push(s),
          env: {},
          readSecret: terminal(answers),
        },
      };
    };
    const differ = io([PASS, `${PASS}x`]);
    const bad = join(dir.path, 'kept-tty-bad');
    expect(await main(['issue', '--plan', planFile('ok.yaml'), '--out', bad], differ.io)).toBe(2);
    expect(differ.err.join('\n')).toMatch(/the two passphrases differ/);
    expect(existsSync(bad)).toBe(false);

    const same = io([PASS, PASS]);
    const out = join(dir.path, 'kept-tty');
    expect(await main(['issue', '--plan', planFile('ok.yaml'), '--out', out], same.io)).toBe(0);
    expect(typed).toEqual([
      'CA key passphrase: ',
      'CA key passphrase (again): ',
      'CA key passphrase: ',
      'CA key passphrase (again): ',
    ]);
    expect(readFileSync(join(out, 'ca/ca.key'), 'utf8')).toMatch(/ENCRYPTED PRIVATE KEY/);
  });
});

describe.skipIf(!needTool('openssl'))('issue with an imported CA', () => {
  const CA_PASS = 'openssl made this 1234';
  const caKey = join(dir.path, 'ca.key');
  const caCrt = join(dir.path, 'ca.crt');

  it('asks for the key passphrase by its variable, then signs every leaf with that CA', async () => {
    opensslCa(dir.path, CA_PASS, { name: 'ca', subject: '/CN=corp-etcd-ca', days: 3650 });
    const out = join(dir.path, 'imported');
    // The CA's key stays where it is (openssl's file): this bundle does not carry a copy.
    const args = ['issue', '--plan', planFile('ok.yaml'), '--out', out, '--export-ca-key', 'none'];
    const noPass = await cli([...args, '--ca-cert', caCrt, '--ca-key', caKey]);
    expect(noPass.code).toBe(2);
    expect(noPass.err).toContain('ETW_CA_KEY_PASSPHRASE');
    expect(existsSync(out)).toBe(false);

    const r = await cli([...args, '--ca-cert', caCrt, '--ca-key', caKey, '--zip'], {
      ETW_CA_KEY_PASSPHRASE: CA_PASS,
    });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/CA imported/);
    expect(readFileSync(join(out, 'ca/ca.crt'), 'utf8')).toBe(readFileSync(caCrt, 'utf8'));
    expect(existsSync(join(out, 'ca/ca.key'))).toBe(false);
    expect(existsSync(`${out}.zip`)).toBe(true);
    for (const f of ['nodes/n1/server.crt', 'nodes/n1/peer.crt', 'clients/etcdctl/client.crt']) {
      const v = run('openssl', ['verify', '-x509_strict', '-CAfile', caCrt, join(out, f)]);
      expect(v.stdout, v.stderr).toMatch(/: OK/);
    }
  });
});
