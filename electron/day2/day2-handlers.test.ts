/**
 * The `day2:*` channels through dispatch with the real services: a bundle opened from its folder,
 * its dropped files and its zip reads the same; a renewal is shown before it is written and
 * writes exactly what was shown (openssl checks the chain, kept files keep their bytes); a
 * rotation needs a passphrase for the new key and answers with the runbook; membership changes
 * answer with their README steps; what is not one bundle is refused with words that say why;
 * loose certificates renew through a rebuilt plan into a bundle the day-2 page then opens.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangePreview,
  Day2ApplyResult,
  OpenBundleResult,
} from '../../shared/ipc/channels-day2';
import { parseManifest } from '../../shared/generate/manifest';
import { parsePlanYaml } from '../../shared/plan/plan';
import { exportBundle } from '../export/export-service';
import { issuePlan } from '../pki/pki-service';
import { dispatch } from '../rpc/dispatch';
import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { needTool, run, runOk, tempDir } from '../test-support/tools';
import { readBundle } from './bundle-reader';
import { renewBundle } from './renew';
import { unlockCa } from './bundle-reader';

const PASS = 'day two window passphrase';
const PLAN = `version: 1
leaf: { validityDays: 20 }
cluster:
  members:
    - { name: n1, addresses: [10.0.0.1, n1.example.internal] }
    - { name: n2, addresses: [10.0.0.2] }
    - { name: n3, addresses: [10.0.0.3] }
clients: [kube-apiserver, etcdctl, apisix]
`;
const dir = tempDir('etw-day2-window-');
afterAll(() => dir.remove());
const at = (...p: string[]) => join(dir.path, ...p);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Every file under `root` as the window hands it over: names keep the folder path. */
function payloads(root: string, top: string) {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else
        out.push({ name: `${top}/${relative(root, p)}`, bytes: new Uint8Array(readFileSync(p)) });
    }
  };
  walk(root);
  return out;
}

let n = 0;
function setup() {
  const table = createHandlerTable({
    info: { name: 'x', version: '1', platform: 'linux', locale: 'en-US', isElectron: true },
    dialogs: fakeDialogs({
      chooseFolder: async () => ({ path: at(`out-${++n}`) }),
      openBundleFolder: async () => ({ path: at('b1') }),
    }),
    services: nodeServices(),
    now: () => new Date(),
    stores: createStores(),
  });
  const raw = (channel: string, arg?: unknown) => dispatch(table, channel, arg, { emit: () => {} });
  const call = async <T>(channel: string, arg?: unknown): Promise<T> =>
    must((await raw(channel, arg)) as never);
  const open = async (arg?: unknown) => {
    const r = await call<OpenBundleResult>('day2:open-bundle', arg);
    if (r.status !== 'opened') throw new Error(r.status);
    return r;
  };
  const folder = async () => (await call<{ folderId: string }>('export:choose-folder')).folderId;
  return { raw, call, open, folder };
}

beforeAll(async () => {
  // b0: every leaf for 20 days. b1: n1 and apisix renewed for a year, the rest still ends soon.
  const plan = must(parsePlanYaml(PLAN));
  must(
    await exportBundle({
      plan,
      issued: must(await issuePlan(plan)),
      target: at('b0'),
      caKey: 'encrypted',
      caPassphrase: PASS,
      now: new Date(),
    }),
  );
  const yaml = readFileSync(at('b0', 'plan.yaml'), 'utf8');
  writeFileSync(at('b0', 'plan.yaml'), yaml.replace(/validityDays: 20\b/, 'validityDays: 365'));
  const b0 = must(await readBundle(at('b0')));
  const ca = must(await unlockCa(b0, { passphrase: PASS }));
  const ids = ['server:n1', 'peer:n1', 'client:apisix'];
  must(await renewBundle({ source: b0, ca, ids, target: at('b1'), now: new Date() }));
});

describe.skipIf(!needTool('openssl') || !needTool('zip'))('day-2 channels', () => {
  it('opens the same bundle from its folder, its dropped files and its zip', async () => {
    const { open, raw } = setup();
    runOk('zip', ['-qr', 'b1.zip', 'b1'], { cwd: dir.path });
    const fromFolder = await open();
    const fromFiles = await open({ files: payloads(at('b1'), 'b1') });
    const fromZip = await open({
      files: [{ name: 'b1.zip', bytes: new Uint8Array(readFileSync(at('b1.zip'))) }],
    });
    expect(fromFolder.bundle.name).toBe(at('b1'));
    expect(fromFiles.bundle.name).toBe('b1');
    expect(fromZip.bundle.name).toBe('b1.zip/b1');
    const fps = (r: typeof fromFolder) =>
      r.bundle.certificates.map((c) => `${c.id} ${c.certificate.fingerprintSha256}`);
    expect(fps(fromFiles)).toEqual(fps(fromFolder));
    expect(fps(fromZip)).toEqual(fps(fromFolder));
    expect(fromFolder.bundle.caKey).toBe('encrypted');
    expect(fromFolder.bundle.certificates.map((c) => c.name)).toContain('apisix');

    const notBundle = await raw('day2:open-bundle', {
      files: [{ name: 'x/ca.crt', bytes: readFileSync(at('b1', 'ca', 'ca.crt')) }],
    });
    expect(!notBundle.ok && notBundle.error.message).toMatch(/x has no manifest\.json/);
    const two = await raw('day2:open-bundle', {
      files: [...payloads(at('b0'), 'all/b0'), ...payloads(at('b1'), 'all/b1')],
    });
    expect(!two.ok && two.error.message).toMatch(/holds 2 bundles \(all\/b0\/, all\/b1\/\)/);
    const swapped = payloads(at('b1'), 'b1').map((f) =>
      f.name === 'b1/nodes/n2/server.crt'
        ? { ...f, bytes: readFileSync(at('b1', 'nodes', 'n1', 'server.crt')) }
        : f,
    );
    const changed = await raw('day2:open-bundle', { files: swapped });
    expect(!changed.ok && changed.error.message).toMatch(
      /^b1\/nodes\/n2\/server\.crt is not the certificate manifest\.json lists for server:n2/,
    );
  });

  it('renews what ends within 30 days once the CA is unlocked, and writes what it showed', async () => {
    const { raw, call, open, folder } = setup();
    const { bundleId } = await open({ files: payloads(at('b1'), 'b1') });
    const change = { kind: 'renew', select: { mode: 'expiring', withinDays: 30 } };
    const lockedOut = await raw('day2:plan-change', { bundleId, change });
    expect(!lockedOut.ok && lockedOut.error.code).toBe('passphrase-needed');
    const wrong = await raw('day2:unlock-ca', { bundleId, passphrase: 'not the passphrase!' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    await call('day2:unlock-ca', { bundleId, passphrase: PASS });

    const p = await call<ChangePreview>('day2:plan-change', { bundleId, change });
    const by = (c: string) => p.certificates.filter((x) => x.change === c).map((x) => x.id);
    expect(by('renewed').sort()).toEqual(
      [
        'server:n2',
        'peer:n2',
        'server:n3',
        'peer:n3',
        'client:kube-apiserver',
        'client:etcdctl',
      ].sort(),
    );
    expect(by('kept').sort()).toEqual(['client:apisix', 'peer:n1', 'server:n1']);
    for (const c of p.certificates.filter((x) => x.change === 'renewed')) {
      expect(c.after!.serialHex).not.toBe(c.before!.serialHex);
      expect(c.after!.sans).toEqual(c.before!.sans);
      expect(c.after!.extKeyUsage).toEqual(c.before!.extKeyUsage);
      expect(Date.parse(c.after!.notAfter)).toBeGreaterThan(
        Date.parse(c.before!.notAfter) + 300 * 86_400_000,
      );
    }

    const w = await call<Day2ApplyResult>('day2:apply', {
      changeId: p.changeId,
      folderId: await folder(),
      options: { zip: true },
    });
    expect(w.zip).toBe(`${w.folder}.zip`);
    expect(w.steps.map((s) => s.machine)).toContain('n2');
    const manifest = must(
      parseManifest(readFileSync(join(w.folder, 'manifest.json'), 'utf8'), 'm'),
    );
    for (const c of p.certificates) {
      const m = manifest.certificates.find((x) => x.id === c.id)!;
      expect(m.fingerprintSha256.replace(/:/g, '').toLowerCase()).toBe(
        c.after!.fingerprintSha256.replace(/:/g, '').toLowerCase(),
      );
      const file = join(w.folder, m.files.cert);
      if (c.change === 'kept')
        expect(readFileSync(file).equals(readFileSync(join(at('b1'), m.files.cert)))).toBe(true);
      const v = run('openssl', [
        'verify',
        '-x509_strict',
        '-CAfile',
        join(w.folder, 'ca/ca.crt'),
        file,
      ]);
      expect(v.stdout, v.stderr).toMatch(/: OK\n$/);
    }
    // The CA key went out as it came in: same bytes, same passphrase.
    expect(
      readFileSync(join(w.folder, 'ca/ca.key')).equals(readFileSync(at('b1', 'ca/ca.key'))),
    ).toBe(true);
  });

  it('rotates the CA: a preview without any key, a passphrase for the new one, then the runbook', async () => {
    const { raw, call, open, folder } = setup();
    const { bundleId, bundle } = await open();
    const p = await call<ChangePreview>('day2:plan-change', {
      bundleId,
      change: { kind: 'rotate-ca' },
    });
    expect(p.phases?.map((x) => x.folder)).toEqual([
      'phase-1-trust-both',
      'phase-2-new-leaves',
      'phase-3-new-ca-only',
    ]);
    expect(p.needs.newCaPassphrase).toBe(true);
    expect(p.trust.after[0]!.subject.text).not.toBe(bundle.ca.subject.text);
    expect(p.certificates.every((c) => c.change === 'reissued')).toBe(true);
    expect(
      p.certificates.every((c) => c.after!.issuer.text === p.trust.after[0]!.subject.text),
    ).toBe(true);
    const folderId = await folder();
    const none = await raw('day2:apply', { changeId: p.changeId, folderId });
    expect(!none.ok && none.error.code).toBe('passphrase-needed');
    const w = await call<Day2ApplyResult>('day2:apply', {
      changeId: p.changeId,
      folderId: await folder(),
      options: { newCaPassphrase: 'the new CA passphrase', language: 'zh-CN' },
    });
    expect(w.guide?.path).toBe('RUNBOOK.md');
    expect(w.guide?.text).toContain('phase-2-new-leaves');
    expect(w.files.map((f) => f.path)).toContain('phase-3-new-ca-only/ca/ca.key');
    expect(readFileSync(join(w.folder, 'phase-2-new-leaves/README.md'), 'utf8')).toMatch(
      /[\u4e00-\u9fff]/,
    );
    const phase3 = join(w.folder, 'phase-3-new-ca-only');
    const v = run('openssl', [
      'verify',
      '-CAfile',
      join(phase3, 'ca/ca.crt'),
      join(phase3, 'nodes/n1/server.crt'),
    ]);
    expect(v.stdout, v.stderr).toMatch(/: OK\n$/);
  });

  it('adds and removes a member, each with its README steps', async () => {
    const { raw, call, open, folder } = setup();
    const { bundleId } = await open();
    const remove = await call<ChangePreview>('day2:plan-change', {
      bundleId,
      change: { kind: 'remove-member', name: 'n3' },
    });
    expect(remove.members.after).toEqual(['n1', 'n2']);
    expect(remove.certificates.filter((c) => c.change === 'removed').map((c) => c.id)).toEqual([
      'server:n3',
      'peer:n3',
    ]);
    const removed = await call<Day2ApplyResult>('day2:apply', {
      changeId: remove.changeId,
      folderId: await folder(),
    });
    expect(removed.guide?.text).toMatch(/member remove/);

    const add = { kind: 'add-member', member: { name: 'n4', addresses: ['10.0.0.4'] } };
    const locked = await raw('day2:plan-change', { bundleId, change: add });
    expect(!locked.ok && locked.error.code).toBe('passphrase-needed');
    await call('day2:unlock-ca', { bundleId, passphrase: PASS });
    const taken = await raw('day2:plan-change', {
      bundleId,
      change: { ...add, member: { name: 'n2', addresses: ['10.0.0.9'] } },
    });
    expect(!taken.ok && taken.error.message).toMatch(/already has a member n2/);
    const p = await call<ChangePreview>('day2:plan-change', { bundleId, change: add });
    expect(p.members.after).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(p.notes[0]?.en).toMatch(/4 members/);
    const added = p.certificates.filter((c) => c.change === 'added');
    expect(added.map((c) => c.id)).toEqual(['server:n4', 'peer:n4']);
    expect(added[0]!.after!.sans.map((s) => s.value)).toContain('10.0.0.4');
    const w = await call<Day2ApplyResult>('day2:apply', {
      changeId: p.changeId,
      folderId: await folder(),
    });
    expect(w.guide?.text).toMatch(/etcdctl .*member add n4 --peer-urls=https:\/\/10\.0\.0\.4:2380/);
  });

  it('renews loose certificates through a plan rebuilt from them, into a first real bundle', async () => {
    const { raw, call, folder } = setup();
    const plan = must(parsePlanYaml(readFileSync(at('b1', 'plan.yaml'), 'utf8')));
    const pem = (...p: string[]) => readFileSync(at('b1', ...p), 'utf8');
    const opened = await call<OpenBundleResult>('day2:open-renewal', {
      plan,
      caCertPem: pem('ca', 'ca.crt'),
      previous: [
        { id: 'server:n2', pem: pem('nodes', 'n2', 'server.crt') },
        { id: 'client:etcdctl', pem: pem('clients', 'etcdctl', 'client.crt') },
      ],
    });
    if (opened.status !== 'opened') throw new Error(opened.status);
    expect(opened.bundle.origin).toBe('inspection');
    expect(opened.bundle.certificates.map((c) => c.id)).toEqual(['server:n2', 'client:etcdctl']);
    const bad = await raw('day2:open-renewal', {
      plan,
      caCertPem: pem('ca', 'ca.crt'),
      previous: [{ id: 'server:nobody', pem: pem('nodes', 'n2', 'server.crt') }],
    });
    expect(!bad.ok && bad.error.message).toMatch(/server:nobody is not a certificate of the plan/);

    const { bundleId } = opened;
    const renew = { kind: 'renew', select: { mode: 'all' } };
    const locked = await raw('day2:plan-change', { bundleId, change: renew });
    expect(!locked.ok && locked.error.code).toBe('ca-key-missing');
    const keyFile = {
      name: 'ca.key',
      bytes: new Uint8Array(readFileSync(at('b1', 'ca', 'ca.key'))),
    };
    const wrong = await raw('day2:unlock-ca', { bundleId, keyFile, passphrase: 'not it at all' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    await call('day2:unlock-ca', { bundleId, keyFile, passphrase: PASS });
    const rotate = await raw('day2:plan-change', { bundleId, change: { kind: 'rotate-ca' } });
    expect(!rotate.ok && rotate.error.message).toMatch(/not a bundle yet: renew them first/);

    const p = await call<ChangePreview>('day2:plan-change', { bundleId, change: renew });
    expect(p.needs.caKeyChoice).toBe(true);
    const by = (c: string) => p.certificates.filter((x) => x.change === c).map((x) => x.id);
    expect(by('renewed')).toEqual(['server:n2', 'client:etcdctl']);
    expect(by('added')).toHaveLength(9 - 2);
    const n2 = p.certificates.find((c) => c.id === 'server:n2')!;
    expect(n2.after!.sans).toEqual(n2.before!.sans);
    expect(n2.after!.issuer.text).toBe(n2.before!.issuer.text);

    const w = await call<Day2ApplyResult>('day2:apply', {
      changeId: p.changeId,
      folderId: await folder(),
      options: { caKey: 'encrypted', caPassphrase: 'a new passphrase for it' },
    });
    expect(w.steps.length).toBeGreaterThan(0);
    // A real bundle now: the day-2 page opens it, and its CA key opens with the new passphrase.
    const again = await call<OpenBundleResult>('day2:open-bundle', {
      files: payloads(w.folder, 'renewed'),
    });
    if (again.status !== 'opened') throw new Error(again.status);
    await call('day2:unlock-ca', {
      bundleId: again.bundleId,
      passphrase: 'a new passphrase for it',
    });
    const v = run('openssl', [
      'verify',
      '-CAfile',
      at('b1', 'ca', 'ca.crt'),
      join(w.folder, 'nodes', 'n3', 'peer.crt'),
    ]);
    expect(v.stdout, v.stderr).toMatch(/: OK\n$/);
  });
});
