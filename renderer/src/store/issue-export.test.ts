// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PkiProgress } from '../../../shared/ipc/channels-pki';

const calls: { method: string; arg: unknown }[] = [];
let progress: ((p: PkiProgress) => void) | undefined;
vi.mock('../api', () => ({
  inElectron: false,
  api: new Proxy(
    {},
    {
      get: (_t, method: string) => {
        if (method === 'onPkiProgress')
          return (l: (p: PkiProgress) => void) => ((progress = l), () => (progress = undefined));
        return async (arg: unknown) => {
          calls.push({ method, arg });
          if (method === 'pkiIssue') {
            progress?.({ done: 1, total: 2, label: 'ca' });
            return { ok: true, value: { sessionId: 'S'.repeat(24), certificates: [] } };
          }
          if (method === 'exportChooseFolder')
            return {
              ok: true,
              value: { status: 'chosen', folderId: 'F'.repeat(24), displayPath: '/x/bundle-1' },
            };
          if (method === 'exportWriteBundle')
            return { ok: true, value: { folder: '/x/bundle-1', files: [] } };
          return { ok: true, value: { source: 'example', files: [], warnings: [] } };
        };
      },
    },
  ),
}));

const { resetAllSlices, useAppStore } = await import('./index');
const { isIssuedFresh } = await import('./issue-slice');

describe('issue and export slices', () => {
  beforeEach(() => {
    resetAllSlices();
    calls.length = 0;
    localStorage.clear();
  });

  it('issues the draft, records progress, and goes stale when the draft changes', async () => {
    const s = useAppStore.getState();
    const seen: (PkiProgress | undefined)[] = [];
    const unsub = useAppStore.subscribe((st) => seen.push(st.issue.progress));
    expect(await s.issueCertificates()).toBe(true);
    unsub();
    expect(calls[0]).toEqual({
      method: 'pkiIssue',
      arg: { plan: useAppStore.getState().plan.draft },
    });
    expect(seen).toContainEqual({ done: 1, total: 2, label: 'ca' });
    expect(isIssuedFresh(useAppStore.getState())).toBe(true);
    useAppStore.getState().setDraft((d) => ({ ...d, pkiDir: '/opt/etcd/pki' }));
    expect(isIssuedFresh(useAppStore.getState())).toBe(false);
  });

  it('keeps the CA key by default: encrypted export is the initial choice', () => {
    expect(useAppStore.getState().exporting.choices.caKey).toBe('encrypted');
  });

  it('hands the passphrase to main but never keeps it in the store or its saved part', async () => {
    const s = useAppStore.getState();
    await s.issueCertificates();
    await s.chooseExportFolder();
    s.setExportChoices({ caKey: 'encrypted', zip: true });
    expect(
      await useAppStore.getState().writeBundle('zh-CN', { passphrase: 'a secret passphrase' }),
    ).toBe(true);
    const write = calls.find((c) => c.method === 'exportWriteBundle');
    expect(write?.arg).toEqual({
      sessionId: 'S'.repeat(24),
      folderId: 'F'.repeat(24),
      options: {
        zip: true,
        caKey: 'encrypted',
        language: 'zh-CN',
        passphrase: 'a secret passphrase',
      },
    });
    expect(JSON.stringify(useAppStore.getState())).not.toContain('a secret passphrase');
    expect(localStorage.getItem('etcd-tls-wizard') ?? '').not.toContain('a secret passphrase');
    expect(localStorage.getItem('etcd-tls-wizard') ?? '').not.toContain('S'.repeat(24));
    expect(useAppStore.getState().exporting.status).toBe('done');
  });

  it('asks for PKCS#12 files with their own password, and keeps neither password', async () => {
    const s = useAppStore.getState();
    await s.issueCertificates();
    await s.chooseExportFolder();
    s.setExportChoices({ caKey: 'none', pkcs12: true });
    const secrets = { passphrase: 'not sent: no CA key', pkcs12Password: 'p12 password here' };
    expect(await useAppStore.getState().writeBundle('en', secrets)).toBe(true);
    const write = calls.find((c) => c.method === 'exportWriteBundle');
    expect(write?.arg).toEqual({
      sessionId: 'S'.repeat(24),
      folderId: 'F'.repeat(24),
      options: {
        zip: false,
        caKey: 'none',
        language: 'en',
        pkcs12: true,
        pkcs12Password: 'p12 password here',
      },
    });
    for (const secret of Object.values(secrets)) {
      expect(JSON.stringify(useAppStore.getState())).not.toContain(secret);
      expect(localStorage.getItem('etcd-tls-wizard') ?? '').not.toContain(secret);
    }
  });

  describe('opening the Review step', () => {
    it('starts issuing in the same call once the step has been loaded, and only once', async () => {
      await import('../wizard/review/review-step');
      const s = useAppStore.getState();
      s.setDraft((d) => ({
        ...d,
        cluster: { ...d.cluster, members: [{ name: 'etcd0', addresses: ['10.0.0.10'] }] },
      }));
      s.goToStep('members');
      expect(calls).toHaveLength(0);
      s.goToStep('review');
      // Synchronously: the request is out before React could draw the step.
      expect(calls.map((c) => c.method)).toEqual(['pkiIssue']);
      expect(useAppStore.getState().issue.status).toBe('running');
      useAppStore.getState().goToStep('review');
      await vi.waitFor(() => expect(useAppStore.getState().issue.status).toBe('done'));
      useAppStore.getState().goToStep('clients');
      useAppStore.getState().goToStep('review');
      expect(calls.map((c) => c.method)).toEqual(['pkiIssue']);
    });

    it('leaves an invalid plan to the step, which shows what is wrong instead', async () => {
      await import('../wizard/review/review-step');
      const s = useAppStore.getState();
      s.setDraft((d) => ({ ...d, cluster: { ...d.cluster, members: [] } }));
      s.goToStep('review');
      expect(calls).toHaveLength(0);
      expect(useAppStore.getState().issue.status).toBe('idle');
    });
  });
});
