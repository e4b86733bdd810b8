import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan';
import { fail, ok } from '../../shared/result';
import { dispatch } from './dispatch';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { createHandlerTable, createStores, nodeServices } from './table';
import type { HandlerContext, HostDialogs, Services } from './types';

const NOW = new Date('2025-01-01T00:00:00Z');

function setup(
  over: {
    pki?: Partial<Services['pki']>;
    export?: Partial<Services['export']>;
    dialogs?: Partial<HostDialogs>;
  } = {},
) {
  const events: { event: string; payload: unknown }[] = [];
  const ctx: HandlerContext = { emit: (event, payload) => events.push({ event, payload }) };
  const dialogs = fakeDialogs({
    chooseFolder: async () => ({ path: '/tmp/chosen' }),
    ...over.dialogs,
  });
  const stores = createStores();
  const real = nodeServices();
  const table = createHandlerTable({
    info: { name: 'x', version: '1.2.3', platform: 'linux', locale: 'en-US', isElectron: false },
    dialogs,
    services: {
      pki: { ...real.pki, ...over.pki },
      export: { ...real.export, ...over.export },
      day2: real.day2,
    },
    now: () => NOW,
    stores,
  });
  const call = (channel: unknown, arg?: unknown) => dispatch(table, channel, arg, ctx);
  return { call, events, stores };
}

describe('dispatch (the checking wrapper)', () => {
  it('refuses unknown channels and prototype names as request-invalid', async () => {
    const { call } = setup();
    for (const c of ['nope:x', 'constructor', '__proto__', 7]) {
      const r = await call(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('request-invalid');
    }
  });

  it('validates arguments against the contract before any handler runs', async () => {
    let ran = false;
    const { call } = setup({ dialogs: { chooseFolder: async () => ((ran = true), 'cancelled') } });
    const r = await call('export:choose-folder', { sneaky: '/etc' });
    expect(r).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expect(ran).toBe(false);
    const bad = await call('pki:import-ca', { cert: { name: 'a.pem', bytes: 'not bytes' } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'request-invalid', path: 'cert.bytes' },
    });
  });

  it('reports an invalid plan argument as plan-invalid with the plan field path', async () => {
    const { call } = setup();
    const r = await call('pki:issue', {
      plan: { version: 1, cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.1:2379'] }] } },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'plan-invalid', path: 'cluster.members[0].addresses[0]' },
    });
  });
});

describe('handlers', () => {
  it('app:get-info returns the host facts', async () => {
    const { call } = setup();
    expect(await call('app:get-info')).toEqual({
      ok: true,
      value: { name: 'x', version: '1.2.3', platform: 'linux', locale: 'en-US', isElectron: false },
    });
  });

  it('plan:open reads an uploaded plan, keeps an invalid draft with its issues, rejects non-YAML', async () => {
    const { call } = setup();
    const good = await call('plan:open', { file: { name: 'p.yaml', text: EXAMPLE_PLAN_YAML } });
    expect(good).toMatchObject({ ok: true, value: { status: 'opened', issues: [] } });
    const bad = await call('plan:open', {
      file: { name: 'p.yaml', text: 'version: 1\ncluster:\n  members: []\n' },
    });
    expect(bad).toMatchObject({
      ok: true,
      value: {
        status: 'opened',
        draft: { version: 1 },
        issues: [{ path: 'cluster.members', line: 3 }],
      },
    });
    const notYaml = await call('plan:open', { file: { name: 'p.yaml', text: 'a: [1, 2' } });
    expect(notYaml).toMatchObject({ ok: false, error: { code: 'plan-yaml' } });
    const scalar = await call('plan:open', { file: { name: 'p.yaml', text: 'just text' } });
    expect(scalar).toMatchObject({ ok: false, error: { code: 'plan-invalid' } });
  });

  it('plan:open without a file asks the host: upload in a browser, the picked file in Electron', async () => {
    expect(await setup().call('plan:open')).toEqual({
      ok: true,
      value: { status: 'upload-needed' },
    });
    const picked = setup({
      dialogs: {
        openFiles: async () =>
          ok({
            status: 'picked',
            files: [{ name: 'x.yaml', bytes: new TextEncoder().encode(EXAMPLE_PLAN_YAML) }],
          }),
      },
    });
    expect(await picked.call('plan:open')).toMatchObject({
      ok: true,
      value: { status: 'opened', name: 'x.yaml' },
    });
    const latin1 = setup({
      dialogs: {
        openFiles: async () =>
          ok({
            status: 'picked',
            files: [{ name: 'x.yaml', bytes: Uint8Array.of(0xff, 0xfe, 0x41) }],
          }),
      },
    });
    expect(await latin1.call('plan:open')).toMatchObject({
      ok: false,
      error: { code: 'input-unreadable' },
    });
  });

  it('plan:save hands YAML to the host dialog', async () => {
    const { call } = setup();
    const r = await call('plan:save', { plan: { version: 1 }, fileName: 'my.yaml' });
    expect(r).toEqual({
      ok: true,
      value: { status: 'download', name: 'my.yaml', text: 'version: 1\n' },
    });
  });

  it('pki:issue keeps the issued PKI in main and returns only its id and summaries, with progress events', async () => {
    const secret = 'PRIVATE KEY MATERIAL';
    const { call, events, stores } = setup({
      pki: {
        issue: async (plan, opts) => {
          opts.onProgress({ done: 1, total: 1, label: 'ca' });
          return ok({ certificates: [], plan, issued: { secret } as never });
        },
      },
    });
    const r = await call('pki:issue', {
      plan: { version: 1, cluster: { members: [{ name: 'e0', addresses: ['10.0.0.1'] }] } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as { sessionId: string; certificates: unknown[] };
    expect(JSON.stringify(value)).not.toContain(secret);
    expect(stores.pki.get(value.sessionId)).toMatchObject({ issued: { secret } });
    expect(events).toEqual([
      { event: 'pki:progress', payload: { done: 1, total: 1, label: 'ca' } },
    ]);
  });

  it('pki:issue with an unknown CA import id fails without calling the service', async () => {
    let called = false;
    const { call } = setup({
      pki: { issue: async () => ((called = true), fail('crypto-failed', 'x')) },
    });
    const r = await call('pki:issue', {
      plan: { version: 1, cluster: { members: [{ name: 'e0', addresses: ['10.0.0.1'] }] } },
      caImportId: 'AAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'request-invalid', path: 'caImportId' } });
    expect(called).toBe(false);
  });

  it('export:write-bundle only writes to a folder main handed out', async () => {
    const written: string[] = [];
    const { call, stores } = setup({
      export: {
        write: async (_pki, target) => (
          written.push(target),
          ok({ folder: target, files: [], steps: [] })
        ),
      },
    });
    // A real session: issue a one-member plan with the real PKI service.
    const issued = await call('pki:issue', {
      plan: { version: 1, cluster: { members: [{ name: 'e0', addresses: ['10.0.0.1'] }] } },
    });
    if (!issued.ok) throw new Error(issued.error.message);
    const { sessionId } = issued.value as { sessionId: string };
    expect(stores.pki.get(sessionId)?.plan.cluster.members[0]?.name).toBe('e0');
    const forged = await call('export:write-bundle', {
      sessionId,
      folderId: 'ZZZZZZZZZZZZZZZZZZZZZZZZ',
    });
    expect(forged).toMatchObject({
      ok: false,
      error: { code: 'request-invalid', path: 'folderId' },
    });
    const chosen = await call('export:choose-folder');
    expect(chosen).toMatchObject({
      ok: true,
      value: { status: 'chosen', displayPath: '/tmp/chosen' },
    });
    const folderId = (chosen as { value: { folderId: string } }).value.folderId;
    expect(await call('export:write-bundle', { sessionId, folderId })).toMatchObject({ ok: true });
    expect(written).toEqual(['/tmp/chosen']);
  });

  it('inspect:read-files decodes given files, or asks for an upload', async () => {
    const { call } = setup();
    expect(await call('inspect:read-files')).toEqual({
      ok: true,
      value: { status: 'upload-needed' },
    });
    const r = await call('inspect:read-files', {
      files: [{ name: 'a.pem', bytes: new Uint8Array(3) }],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        status: 'read',
        files: [{ name: 'a.pem', items: [], error: { code: 'input-not-pki' } }],
      },
    });
  });
});
