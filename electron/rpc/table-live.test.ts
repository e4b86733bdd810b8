import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PayloadOf, ResultOf } from '../../shared/ipc/contract';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { needTool, run, runOk, tempDir } from '../test-support/tools';
import { dispatch } from './dispatch';

import { createHandlerTable, createStores, nodeServices } from './table';
import type { HandlerContext } from './types';

const dir = tempDir('etw-handlers-');
afterAll(() => dir.remove());

let folderN = 0;
function setup() {
  const events: PayloadOf<'pki:progress'>[] = [];
  const ctx: HandlerContext = {
    emit: (event, payload) => {
      if (event === 'pki:progress') events.push(payload as PayloadOf<'pki:progress'>);
    },
  };
  const table = createHandlerTable({
    info: { name: 'x', version: '1', platform: 'linux', locale: 'en-US', isElectron: false },
    dialogs: fakeDialogs({
      chooseFolder: async () => ({ path: join(dir.path, `bundle-${++folderN}`) }),
    }),
    services: nodeServices(),
    now: () => new Date(),
    stores: createStores(),
  });
  const call = async <T>(channel: string, arg?: unknown): Promise<T> => {
    const r = await dispatch(table, channel, arg, ctx);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const raw = (channel: string, arg?: unknown) => dispatch(table, channel, arg, ctx);
  return { call, raw, events };
}

const plan = {
  version: 1,
  cluster: {
    members: [
      { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
      { name: 'etcd1', addresses: ['10.0.0.11'] },
    ],
  },
  clients: ['kube-apiserver', 'etcdctl'],
};

describe.skipIf(!needTool('openssl'))('live services behind the handlers', () => {
  it('imports an encrypted RSA CA, issues with it, previews the real files and exports a verifiable bundle', async () => {
    const caKey = join(dir.path, 'ca.key');
    const caCrt = join(dir.path, 'ca.crt');
    runOk('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-keyout',
      caKey,
      '-out',
      caCrt,
      '-days',
      '30',
      '-subj',
      '/CN=Imported Test CA',
      '-passout',
      'pass:s3cret-pass',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    const { call, raw, events } = setup();
    const files = {
      cert: { name: 'ca.crt', bytes: readFileSync(caCrt) },
      key: { name: 'ca.key', bytes: readFileSync(caKey) },
    };
    const wrong = await raw('pki:import-ca', { ...files, passphrase: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'passphrase-wrong' } });

    const imported = await call<ResultOf<'pki:import-ca'>>('pki:import-ca', {
      ...files,
      passphrase: 's3cret-pass',
    });
    expect(imported.certificate.subject.commonName).toBe('Imported Test CA');
    expect(imported.key).toMatchObject({ type: 'rsa', bits: 2048 });
    expect(JSON.stringify(imported)).not.toContain('PRIVATE KEY');

    const before = await call<ResultOf<'export:preview-files'>>('export:preview-files', { plan });
    expect(before.source).toBe('example');
    expect(before.files.map((f) => f.path)).toContain('nodes/etcd0/etcd.conf.yml');

    const issued = await call<ResultOf<'pki:issue'>>('pki:issue', {
      plan,
      caImportId: imported.importId,
    });
    expect(JSON.stringify(issued)).not.toContain('PRIVATE KEY');
    expect(issued.certificates[0]?.id).toBe('ca');
    expect(new Set(issued.certificates.map((c) => c.id))).toEqual(
      new Set([
        'ca',
        'server:etcd0',
        'peer:etcd0',
        'server:etcd1',
        'peer:etcd1',
        'client:kube-apiserver',
        'client:etcdctl',
      ]),
    );
    const server0 = issued.certificates.find((c) => c.id === 'server:etcd0')!;
    expect(server0).toMatchObject({
      role: 'etcd-server',
      name: 'etcd0',
      fileBase: 'nodes/etcd0/server',
    });
    expect(server0.certificate.issuer.commonName).toBe('Imported Test CA');
    expect(server0.certificate.sans).toContainEqual({ type: 'ip', value: '10.0.0.10' });
    // With an imported CA only the six leaf keys are generated, each reported once.
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(events.map((e) => e.label))).toEqual(
      new Set(issued.certificates.slice(1).map((c) => c.id)),
    );

    const after = await call<ResultOf<'export:preview-files'>>('export:preview-files', {
      sessionId: issued.sessionId,
      caKey: 'encrypted',
    });
    expect(after.source).toBe('issued');
    const readme = after.files.find((f) => f.path === 'README.md')!.content;
    expect(readme).not.toContain('preview:');

    const chosen = await call<{ folderId: string; displayPath: string }>('export:choose-folder');
    const weak = await raw('export:write-bundle', {
      sessionId: issued.sessionId,
      folderId: chosen.folderId,
      options: { caKey: 'encrypted', passphrase: 'short' },
    });
    expect(weak).toMatchObject({ ok: false });
    const written = await call<ResultOf<'export:write-bundle'>>('export:write-bundle', {
      sessionId: issued.sessionId,
      folderId: chosen.folderId,
      options: { caKey: 'encrypted', passphrase: 'a long enough passphrase', zip: true },
    });
    expect(written.folder).toBe(chosen.displayPath);
    expect(written.zip).toBe(`${chosen.displayPath}.zip`);
    const byPath = new Map(written.files.map((f) => [f.path, f]));
    expect(byPath.get('nodes/etcd0/server.key')?.mode).toBe('secret');
    expect(byPath.get('ca/ca.key')?.mode).toBe('secret');
    expect(byPath.get('nodes/etcd0/server.crt')?.mode).toBe('public');
    expect(statSync(join(written.folder, 'nodes/etcd0/server.key')).mode & 0o777).toBe(0o600);
    // The previewed README is the written one, byte for byte.
    expect(readFileSync(join(written.folder, 'README.md'), 'utf8')).toBe(readme);

    const v = run('openssl', [
      'verify',
      '-x509_strict',
      '-purpose',
      'sslserver',
      '-verify_ip',
      '10.0.0.10',
      '-CAfile',
      caCrt,
      join(written.folder, 'nodes/etcd0/server.crt'),
    ]);
    expect(v.stdout + v.stderr).toContain(': OK');
    const enc = readFileSync(join(written.folder, 'ca/ca.key'), 'utf8');
    expect(enc).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    const open = await call<ResultOf<'export:open-folder'>>('export:open-folder', {
      folderId: chosen.folderId,
    });
    expect(open).toEqual({ status: 'path', path: chosen.displayPath });
  }, 60_000);

  it('refuses a non-empty folder and leaves it as it was', async () => {
    const { call, raw } = setup();
    const issued = await call<ResultOf<'pki:issue'>>('pki:issue', { plan });
    expect(issued.certificates[0]).toMatchObject({ id: 'ca', role: 'ca' });
    const chosen = await call<{ folderId: string; displayPath: string }>('export:choose-folder');
    mkdirSync(chosen.displayPath);
    writeFileSync(join(chosen.displayPath, 'keep.txt'), 'mine');
    const r = await raw('export:write-bundle', {
      sessionId: issued.sessionId,
      folderId: chosen.folderId,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'destination-not-empty' } });
    expect(readFileSync(join(chosen.displayPath, 'keep.txt'), 'utf8')).toBe('mine');
  }, 60_000);

  it('exports in the chosen language, says what to copy where, and opens only the README by name', async () => {
    const { call, raw } = setup();
    const issued = await call<ResultOf<'pki:issue'>>('pki:issue', { plan });
    const preview = await call<ResultOf<'export:preview-files'>>('export:preview-files', {
      sessionId: issued.sessionId,
      caKey: 'none',
      language: 'zh-CN',
    });
    const zhReadme = preview.files.find((f) => f.path === 'README.md')!.content;
    expect(zhReadme).toContain('各成员的证书文件存放在');
    const chosen = await call<{ folderId: string; displayPath: string }>('export:choose-folder');
    const written = await call<ResultOf<'export:write-bundle'>>('export:write-bundle', {
      sessionId: issued.sessionId,
      folderId: chosen.folderId,
      options: { caKey: 'none', language: 'zh-CN' },
    });
    // The written README is the previewed one, and plan.yaml remembers the language.
    expect(readFileSync(join(written.folder, 'README.md'), 'utf8')).toBe(zhReadme);
    expect(readFileSync(join(written.folder, 'plan.yaml'), 'utf8')).toMatch(/^language: zh-CN$/m);
    // Members first, each with the address other machines dial and its folder; then etcdctl.
    expect(written.steps.map((st) => [st.kind, st.machine, st.host ?? null])).toEqual([
      ['member', 'etcd0', '10.0.0.10'],
      ['member', 'etcd1', '10.0.0.11'],
      ['etcdctl', 'etcdctl', null],
      ['kube-apiserver', 'kube-apiserver', null],
      ['kubernetes', 'kubectl', null],
    ]);
    const first = written.steps[0]!;
    expect(first.copy).toEqual(['nodes/etcd0']);
    for (const c of first.commands.filter((x) => x.startsWith('install -m')))
      expect(zhReadme).toContain(c);
    const open = await call<ResultOf<'export:open-folder'>>('export:open-folder', {
      folderId: chosen.folderId,
      file: 'README.md',
    });
    expect(open).toEqual({ status: 'path', path: join(chosen.displayPath, 'README.md') });
    expect(
      await raw('export:open-folder', { folderId: chosen.folderId, file: '../../etc/passwd' }),
    ).toMatchObject({ ok: false, error: { code: 'request-invalid', path: 'file' } });
  }, 60_000);

  it('previews need a plan or a live session', async () => {
    const { raw } = setup();
    expect(await raw('export:preview-files', {})).toMatchObject({
      ok: false,
      error: { code: 'request-invalid' },
    });
    expect(
      await raw('export:preview-files', { sessionId: 'AAAAAAAAAAAAAAAAAAAAAAAA' }),
    ).toMatchObject({ ok: false, error: { code: 'request-invalid', path: 'sessionId' } });
  });
});
