/** The effective light/dark scheme: the user's choice, or the system's prefers-color-scheme. */
import { useSyncExternalStore } from 'react';
import type { ThemePref } from '../store/ui-slice';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

const subscribe = (onChange: () => void) => {
  const q = query();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};

/** True when the UI should be dark. */
export function useDark(pref: ThemePref): boolean {
  const systemDark = useSyncExternalStore(subscribe, () => query().matches);
  return pref === 'system' ? systemDark : pref === 'dark';
}
