/**
 * Remembers the window's position and size between runs in a small JSON file in userData.
 * No 'electron' import, so it is tested as plain functions.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Saved window geometry. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** Size of a first window. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };

const int = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;

/** Reads the saved state; anything missing, corrupt or absurd gives the default. */
export function loadWindowState(file: string): WindowState {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const width = int(raw.width, 640, 16384);
  const height = int(raw.height, 480, 16384);
  if (width === undefined || height === undefined) return DEFAULT_WINDOW_STATE;
  const x = int(raw.x, -32768, 32767);
  const y = int(raw.y, -32768, 32767);
  const position = x !== undefined && y !== undefined ? { x, y } : {};
  return { ...position, width, height, maximized: raw.maximized === true };
}

/** Writes the state atomically (a crash mid-write leaves the previous file). */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}

/** True when a saved position still overlaps one of the current displays by a usable margin. */
export function isVisibleOn(
  state: WindowState,
  displays: readonly { x: number; y: number; width: number; height: number }[],
): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y, width } = state;
  return displays.some(
    (d) =>
      x + width - 100 > d.x && x + 100 < d.x + d.width && y >= d.y - 10 && y + 40 < d.y + d.height,
  );
}
