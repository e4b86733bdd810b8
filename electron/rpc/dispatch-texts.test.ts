// No English sentence crosses the boundary: an error from each capability's handlers, called
// through the checking wrapper as the window calls them, is a message id with parameters. The
// handlers and services are the real ones (openssl-free paths: nothing here needs a peer).
import { describe, expect, it } from 'vitest';
import { TEXT_PARAMS } from '../../shared/text/params';
import { renderText } from '../../shared/text/render';
import type { AppText } from '../../shared/text/text';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { dispatch } from './dispatch';
import { createHandlerTable, createStores, nodeServices } from './table';
import type { HandlerContext } from './types';

const NOW = new Date('2025-01-01T00:00:00Z');
const bytes = (s: string) => new TextEncoder().encode(s);
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAAAA';

function call(channel: string, arg?: unknown) {
  const ctx: HandlerContext = { emit: () => undefined };
  const table = createHandlerTable({
    info: { name: 'x', version: '1.2.3', platform: 'linux', locale: 'zh-CN', isElectron: false },
    dialogs: fakeDialogs({}),
    services: nodeServices(),
    now: () => NOW,
    stores: createStores(),
  });
  return dispatch(table, channel, arg, ctx);
}

/** Every `text` in an answer, after checking that no `message` string travels anywhere in it. */
function textsIn(answer: unknown): AppText[] {
  const found: AppText[] = [];
  const walk = (v: unknown, at: string): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      expect(k, `${at}.${k}: a message travelled instead of a text`).not.toBe('message');
      if (k === 'text') found.push(x as AppText);
      walk(x, `${at}.${k}`);
    }
  };
  walk(answer, 'answer');
  return found;
}

/** The answer's texts: known ids, the id's own parameters, and Chinese when rendered so. */
function expectTexts(answer: unknown, ids: readonly string[]): void {
  const texts = textsIn(answer);
  expect(texts.map((t) => t.id)).toEqual(expect.arrayContaining([...ids]));
  for (const t of texts) {
    expect(Object.keys(TEXT_PARAMS)).toContain(t.id);
    expect(Object.keys(t.params).sort()).toEqual(
      expect.arrayContaining([...(TEXT_PARAMS[t.id] as readonly string[])].sort()),
    );
    expect(renderText(t, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/u);
  }
}

describe('errors cross the dispatch as message ids with parameters', () => {
  it('plan: a file that is not YAML, and the issues of an invalid draft', async () => {
    const notYaml = await call('plan:open', { file: { name: 'p.yaml', text: 'a: [1, 2' } });
    expect(notYaml).toMatchObject({ ok: false, error: { code: 'plan-yaml' } });
    expectTexts(notYaml, ['plan.yaml-error']);
    const draft = await call('plan:validate', {
      plan: { version: 1, cluster: { members: [{ name: 'e0', addresses: ['10.0.0.300'] }] } },
    });
    expect(draft).toMatchObject({ ok: true, value: { issues: [{ path: expect.any(String) }] } });
    expectTexts(draft, ['plan.address.bad-ip']);
  });

  it('pki: a CA import whose key is no key', async () => {
    const r = await call('pki:import-ca', {
      cert: { name: 'ca.crt', bytes: bytes('not a certificate') },
      key: { name: 'ca.key', bytes: bytes('not a key') },
    });
    expect(r).toMatchObject({ ok: false, error: { path: 'ca.key' } });
    expectTexts(r, []);
  });

  it('export: a write for certificates the app no longer holds', async () => {
    const r = await call('export:write-bundle', { sessionId: UNKNOWN_ID, folderId: UNKNOWN_ID });
    expect(r).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expectTexts(r, ['export.session-gone']);
  });

  it('inspect: a dropped file that is no PKI', async () => {
    const r = await call('inspect:read-files', {
      files: [{ name: 'notes.txt', bytes: bytes('hello') }],
    });
    expect(r).toMatchObject({ ok: true });
    expectTexts(r, ['decode.no-pem']);
  });

  it('day2: dropped files that are not a bundle', async () => {
    const r = await call('day2:open-bundle', {
      files: [{ name: 'x/notes.txt', bytes: bytes('hello') }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-invalid' } });
    expectTexts(r, ['bundle.no-manifest']);
  });

  it('probe: an export folder the app does not know', async () => {
    const r = await call('probe:check-endpoints', {
      urls: ['https://127.0.0.1:2379'],
      exportFolderId: UNKNOWN_ID,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'request-invalid' } });
    expectTexts(r, ['probe.export-gone']);
  });

  it('the wrapper itself: a bad argument and an unknown channel', async () => {
    const bad = await call('pki:import-ca', { cert: { name: 'a.pem', bytes: 'no bytes' } });
    expectTexts(bad, ['request.invalid']);
    expectTexts(await call('nope:x'), ['request.unknown-channel']);
  });
});
