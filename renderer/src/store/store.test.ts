// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAllSlices, useAppStore } from './index';
import { PERSIST_VERSION, migrate } from './persist';
import { initialUiState } from './ui-slice';

describe('store persistence', () => {
  beforeEach(() => {
    resetAllSlices();
    localStorage.clear();
  });

  it('persists language and theme (not the page or errors), with a version', () => {
    useAppStore.getState().setLanguage('zh-CN');
    useAppStore.getState().setTheme('dark');
    useAppStore.getState().setPage('inspector');
    useAppStore.getState().showAppError({ message: 'boom' });
    const saved = JSON.parse(localStorage.getItem('etcd-tls-wizard')!) as {
      state: { ui: unknown };
      version: number;
    };
    // The plan draft and wizard step are persisted too (see persist.test.ts).
    expect(saved.state.ui).toEqual({ language: 'zh-CN', theme: 'dark' });
    expect(saved.version).toBe(PERSIST_VERSION);
  });

  it('migrates anything stored into valid preferences', () => {
    expect(migrate(undefined, 0).ui).toEqual({ language: 'system', theme: 'system' });
    expect(migrate({ ui: { language: 'fr', theme: 'neon' } }, 0).ui).toEqual({
      language: 'system',
      theme: 'system',
    });
    expect(migrate({ ui: { language: 'zh-CN', theme: 'dark' } }, 1).ui).toEqual({
      language: 'zh-CN',
      theme: 'dark',
    });
  });

  it('keeps the first app error and resets to the initial state', () => {
    const s = useAppStore.getState();
    s.showAppError({ message: 'first' });
    s.showAppError({ message: 'second' });
    expect(useAppStore.getState().ui.appError?.message).toBe('first');
    resetAllSlices();
    expect(useAppStore.getState().ui).toEqual(initialUiState);
  });
});
