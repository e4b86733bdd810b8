import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import {
  DEFAULT_WINDOW_STATE,
  isVisibleOn,
  loadWindowState,
  saveWindowState,
} from './window-state';

describe('window state', () => {
  it('round-trips through the file and falls back on missing, corrupt or absurd content', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'sub', 'window-state.json');
      expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
      saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
      expect(loadWindowState(file)).toEqual({
        x: 10,
        y: 20,
        width: 1000,
        height: 700,
        maximized: true,
      });
      writeFileSync(file, '{not json');
      expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
      writeFileSync(file, JSON.stringify({ width: 5, height: 1e9 }));
      expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
      writeFileSync(file, JSON.stringify({ width: 800, height: 600, x: 'a' }));
      expect(loadWindowState(file)).toEqual({ width: 800, height: 600, maximized: false });
    } finally {
      dir.remove();
    }
  });

  it('drops a position that is off every display (a monitor was unplugged)', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const s = { width: 1000, height: 700, maximized: false };
    expect(isVisibleOn({ ...s, x: 100, y: 100 }, displays)).toBe(true);
    expect(isVisibleOn({ ...s, x: 3000, y: 100 }, displays)).toBe(false);
    expect(isVisibleOn({ ...s, x: 100, y: -500 }, displays)).toBe(false);
    expect(isVisibleOn(s, displays)).toBe(false);
  });
});
