/**
 * The day-2 commands refuse what they cannot do safely: exit 2, one line on stderr that names
 * the file, flag or variable and what to do, and nothing written (the out folder is absent
 * afterwards, and no temporary folder is left beside it).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { cli } from '../test-support/cli-main';

const dir = tempDir('etw-day2-cli-');
afterAll(() => dir.remove());
const PASS = 'day two test passphrase';
const PLAN = `version: 1
cluster:
  members:
    - { name: n1, addresses: [10.0.0.1] }
    - { name: n2, addresses: [10.0.0.2] }
    - { name: n3, addresses: [10.0.0.3] }
clients: [etcdctl]
`;
const p = (...parts: string[]) => join(dir.path, ...parts);

/** Asserts a refusal: exit 2, one line matching `re`, `out` not created, no partial folder. */
async function refused(args: string[], out: string, re: RegExp, env: NodeJS.ProcessEnv = {}) {
  const r = await cli(args, env);
  expect(r.err).toMatch(re);
  expect(r.code).toBe(2);
  expect(r.errLines).toBe(1);
  expect(r.err).not.toContain('\n');
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir.path).filter((n) => n.includes('.partial-'))).toEqual([]);
}

beforeAll(async () => {
  writeFileSync(p('plan.yaml'), PLAN);
  const kept = await cli(['issue', '--plan', p('plan.yaml'), '--out', p('b')], {
    ETW_CA_PASSPHRASE: PASS,
  });
  expect(kept.code, kept.err).toBe(0);
  const none = await cli(
    ['issue', '--plan', p('plan.yaml'), '--out', p('nokey'), '--export-ca-key', 'none'],
    {},
  );
  expect(none.code, none.err).toBe(0);
});

describe('renew refuses', () => {
  it('a bundle without a CA key, naming ca/ca.key and --ca-key', async () => {
    await refused(
      ['renew', p('nokey'), '--out', p('o')],
      p('o'),
      /nokey\/ca\/ca\.key: the bundle has no CA key .*give the CA key with --ca-key FILE/,
    );
  });

  it('no passphrase without a terminal, and a wrong one, naming ETW_CA_PASSPHRASE', async () => {
    await refused(
      ['renew', p('b'), '--out', p('o')],
      p('o'),
      /b\/ca\/ca\.key is encrypted: set ETW_CA_PASSPHRASE to its passphrase/,
    );
    await refused(
      ['renew', p('b'), '--out', p('o')],
      p('o'),
      /b\/ca\/ca\.key: the passphrase in ETW_CA_PASSPHRASE does not open this key/,
      { ETW_CA_PASSPHRASE: 'not the passphrase at all' },
    );
  });

  it('a bundle without plan.yaml or manifest.json, naming the file and the way out', async () => {
    cpSync(p('b'), p('noplan'), { recursive: true });
    rmSync(p('noplan', 'plan.yaml'));
    await refused(
      ['renew', p('noplan'), '--out', p('o')],
      p('o'),
      /noplan\/plan\.yaml: not found; day-2 commands need the plan .*etcd-tls-wizard issue --plan PLAN --ca-cert/,
      { ETW_CA_PASSPHRASE: PASS },
    );
    cpSync(p('b'), p('nomanifest'), { recursive: true });
    rmSync(p('nomanifest', 'manifest.json'));
    await refused(
      ['renew', p('nomanifest'), '--out', p('o')],
      p('o'),
      /nomanifest\/manifest\.json: not found; the bundle was written by an older etcd-tls-wizard or by hand/,
      { ETW_CA_PASSPHRASE: PASS },
    );
  });

  it('a certificate changed by hand, and a plan whose names changed', async () => {
    cpSync(p('b'), p('swapped'), { recursive: true });
    cpSync(p('b', 'nodes/n2/server.crt'), p('swapped', 'nodes/n1/server.crt'));
    await refused(
      ['renew', p('swapped'), '--out', p('o')],
      p('o'),
      /swapped\/nodes\/n1\/server\.crt is not the certificate manifest\.json lists for server:n1/,
      { ETW_CA_PASSPHRASE: PASS },
    );
    cpSync(p('b'), p('edited'), { recursive: true });
    const plan = readFileSync(p('edited', 'plan.yaml'), 'utf8');
    writeFileSync(p('edited', 'plan.yaml'), plan.replace('10.0.0.1', '10.0.0.9'));
    await refused(
      ['renew', p('edited'), '--out', p('o')],
      p('o'),
      /edited\/plan\.yaml: server:n1 would get CN "n1" and SANs \[.*ip:10\.0\.0\.9.*\], but the bundle's certificate has .*undo the change to plan\.yaml/,
      { ETW_CA_PASSPHRASE: PASS },
    );
  });

  it('an unknown --only name, a bad --expiring-within and a busy --out folder', async () => {
    await refused(
      ['renew', p('b'), '--out', p('o'), '--only', 'n9'],
      p('o'),
      /--only n9: .*give a member \(n1, n2, n3\)/,
      { ETW_CA_PASSPHRASE: PASS },
    );
    await refused(
      ['renew', p('b'), '--out', p('o'), '--expiring-within', '30'],
      p('o'),
      /--expiring-within "30" is not a duration/,
    );
    mkdirSync(p('busy'));
    writeFileSync(p('busy', 'keep.txt'), 'mine');
    const r = await cli(['renew', p('b'), '--out', p('busy')], { ETW_CA_PASSPHRASE: PASS });
    expect(r.code).toBe(2);
    expect(r.err).toContain(p('busy', 'keep.txt'));
    expect(readdirSync(p('busy'))).toEqual(['keep.txt']);
  });

  it('writes nothing and says so when nothing expires within the window', async () => {
    const r = await cli(['renew', p('b'), '--out', p('o'), '--expiring-within', '30d']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Nothing to renew: no chosen certificate expires within 30 days .*Nothing was written\.$/,
    );
    expect(existsSync(p('o'))).toBe(false);
  });
});

describe('add-member and remove-member refuse', () => {
  it('a member name that exists, and an address:port another member has', async () => {
    await refused(
      ['add-member', p('b'), '--name', 'n2', '--address', '10.0.0.9', '--out', p('o')],
      p('o'),
      /--name n2: the bundle already has a member n2; choose a name no member has/,
      { ETW_CA_PASSPHRASE: PASS },
    );
    await refused(
      ['add-member', p('b'), '--name', 'n4', '--address', '10.0.0.3', '--out', p('o')],
      p('o'),
      /--address 10\.0\.0\.3: member n3 already has this address and uses port 2379 on it/,
      { ETW_CA_PASSPHRASE: PASS },
    );
  });

  it('missing flags, a bad port, and a bundle without a usable CA key', async () => {
    await refused(['add-member', p('b'), '--out', p('o')], p('o'), /--name N is required/);
    await refused(
      ['add-member', p('b'), '--name', 'n4', '--out', p('o')],
      p('o'),
      /--address A is required/,
    );
    await refused(
      [
        'add-member',
        p('b'),
        '--name',
        'n4',
        '--address',
        '10.0.0.4',
        '--peer-port',
        '70000',
        '--out',
        p('o'),
      ],
      p('o'),
      /--peer-port "70000" is not a port number/,
    );
    await refused(
      ['add-member', p('nokey'), '--name', 'n4', '--address', '10.0.0.4', '--out', p('o')],
      p('o'),
      /nokey\/ca\/ca\.key: the bundle has no CA key/,
    );
  });

  it('removing a member that does not exist', async () => {
    await refused(
      ['remove-member', p('b'), '--name', 'n9', '--out', p('o')],
      p('o'),
      /--name n9: the bundle has no member n9; its members are n1, n2, n3; nothing was written/,
    );
  });
});

describe('rotate-ca refuses', () => {
  it('without a passphrase for the new CA key, naming both variables', async () => {
    await refused(
      ['rotate-ca', p('b'), '--out', p('o')],
      p('o'),
      /the new CA key is written encrypted and needs a passphrase: set ETW_NEW_CA_PASSPHRASE \(or ETW_CA_PASSPHRASE\)/,
    );
  });

  it('a new CA named like the old one', async () => {
    await refused(
      ['rotate-ca', p('b'), '--out', p('o'), '--ca-common-name', 'etcd-ca'],
      p('o'),
      /--ca-common-name: a CA named "CN=etcd-ca" is already trusted/,
      { ETW_NEW_CA_PASSPHRASE: PASS },
    );
  });

  it('a bundle folder that is not there', async () => {
    await refused(
      ['rotate-ca', p('nowhere'), '--out', p('o')],
      p('o'),
      /nowhere: cannot open it \(no such file or folder\)/,
    );
  });
});

describe('inspect for cron and monitoring', () => {
  it('exits 1 when a certificate ends within --expiring-within, 0 when none does', async () => {
    const calm = await cli(['inspect', p('b', 'nodes'), '--expiring-within', '30d']);
    expect(calm.code, calm.err).toBe(0);
    expect(calm.out).toMatch(/Nothing expires within 30 days\.$/);
    const soon = await cli(['inspect', p('b', 'nodes'), '--expiring-within', '400d']);
    expect(soon.code).toBe(1);
    expect(soon.out).toMatch(/Expiring within 400 days: 6 certificates/);
    expect(soon.out).toMatch(/nodes\/n1\/server\.crt: CN=n1 serial [0-9A-F]+ ends /);
    const json = JSON.parse(
      (await cli(['inspect', p('b', 'nodes', 'n1'), '--json', '--expiring-within', '2w'])).out,
    );
    expect(json.expiringWithin).toEqual({ seconds: 14 * 86_400, certificates: [] });
    expect(json.exitCode).toBe(0);
  });

  it('prints node-exporter textfile metrics, one series per certificate and file', async () => {
    const r = await cli(['inspect', p('b', 'nodes', 'n2'), '--format', 'prometheus']);
    expect(r.code, r.err).toBe(0);
    const manifest = JSON.parse(readFileSync(p('b', 'manifest.json'), 'utf8'));
    const server = manifest.certificates.find((c: { id: string }) => c.id === 'server:n2');
    const seconds = Date.parse(server.notAfter) / 1000;
    expect(r.out).toContain('# TYPE etcd_tls_wizard_certificate_not_after_seconds gauge');
    expect(r.out).toContain(
      `etcd_tls_wizard_certificate_not_after_seconds{file="${p('b', 'nodes/n2/server.crt')}",subject="CN=n2",serial="${server.serial}"} ${seconds}`,
    );
    expect(r.out.match(/^etcd_tls_wizard_certificate_not_after_seconds\{/gm)).toHaveLength(3);
    const bad = await cli(['inspect', p('b'), '--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format must be one of text, json, prometheus/);
  });
});
