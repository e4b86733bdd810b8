// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllSlices, useAppStore } from './index';
import { PERSIST_VERSION, migrate, resumeStep } from './persist';
import { INITIAL_DRAFT } from './plan-slice';

describe('persisted draft', () => {
  beforeEach(() => {
    resetAllSlices();
    localStorage.clear();
  });

  it('saves the draft, step and CA mode but never the imported CA', () => {
    const s = useAppStore.getState();
    s.setDraft((d) => ({ ...d, etcd: { version: '3.6' } }));
    s.goToStep('members');
    s.setCaMode('import');
    useAppStore.setState((st) => ({
      wizard: {
        ...st.wizard,
        caImport: {
          importId: 'abcdefgh12',
          certName: 'ca.pem',
          keyName: 'ca.key',
        } as never,
      },
    }));
    const saved = JSON.parse(localStorage.getItem('etcd-tls-wizard')!) as {
      state: Record<string, unknown>;
      version: number;
    };
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['plan', 'ui', 'wizard']);
    expect(saved.state.wizard).toEqual({ step: 'members', caMode: 'import' });
    expect((saved.state.plan as { draft: { etcd: unknown } }).draft.etcd).toEqual({
      version: '3.6',
    });
    expect(JSON.stringify(saved)).not.toContain('abcdefgh12');
  });

  it('migrates version 1 (preferences only) and corrupt saves to the new-user draft', () => {
    expect(migrate({ ui: { language: 'zh-CN', theme: 'dark' } }, 1)).toEqual({
      ui: { language: 'zh-CN', theme: 'dark' },
      plan: { draft: INITIAL_DRAFT },
      wizard: { step: 'start', caMode: 'create' },
    });
    const junk = migrate(
      { plan: { draft: { version: 7 } }, wizard: { step: 'nope', caMode: 1 } },
      2,
    );
    expect(junk.plan.draft).toBe(INITIAL_DRAFT);
    expect(junk.wizard).toEqual({ step: 'start', caMode: 'create' });
  });

  it('resumes no later than review, and at the CA step when the imported CA is gone', () => {
    expect(resumeStep('export', 'create')).toBe('review');
    expect(resumeStep('clients', 'create')).toBe('clients');
    expect(resumeStep('clients', 'import')).toBe('ca');
    expect(resumeStep('start', 'import')).toBe('start');
  });
});
