/**
 * The live check slice: one run for the inspector's endpoint tab and one for the export step's
 * "verify my cluster" card, each with the URLs it checked and main's report. The window sends
 * file bytes (inspector) or the export folder id main handed out (export), never a path.
 * Nothing here is persisted.
 */
import type { StateCreator } from 'zustand';
import type { FilePayload } from '../../../shared/ipc/define';
import type { ProbeReport } from '../../../shared/probe/types';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { AppState } from './index';

/** Where a check was started. */
export type ProbeOrigin = 'inspector' | 'export';

/** One check: its URLs while running, then the report or the error. */
export interface ProbeRun {
  readonly status: 'idle' | 'checking' | 'done';
  readonly urls: readonly string[];
  readonly report?: ProbeReport;
  readonly error?: AppError;
}

/** The TLS files of an inspector check (bytes only). */
export interface ProbeFiles {
  readonly ca?: FilePayload;
  readonly cert?: FilePayload;
  readonly key?: FilePayload;
}

/** The probe slice. */
export interface ProbeSlice {
  readonly probe: Readonly<Record<ProbeOrigin, ProbeRun>>;
  /** Checks `urls` with files the user dropped or picked. */
  readonly checkLive: (urls: readonly string[], files: ProbeFiles) => Promise<void>;
  /** Checks `urls` with the etcdctl files of the bundle just exported. */
  readonly verifyExported: (urls: readonly string[]) => Promise<void>;
  readonly resetProbe: () => void;
}

const IDLE: ProbeRun = { status: 'idle', urls: [] };
const initialProbe: Record<ProbeOrigin, ProbeRun> = { inspector: IDLE, export: IDLE };

/** Creates the probe slice. */
export const createProbeSlice: StateCreator<AppState, [], [], ProbeSlice> = (set, get) => {
  const patch = (origin: ProbeOrigin, run: ProbeRun) =>
    set((s) => ({ probe: { ...s.probe, [origin]: run } }));
  const run = async (
    origin: ProbeOrigin,
    urls: readonly string[],
    source: { files: ProbeFiles } | { exportFolderId: string },
  ) => {
    if (urls.length === 0) return;
    patch(origin, { status: 'checking', urls });
    const r = await api.probeCheckEndpoints({ urls: [...urls], ...source });
    patch(
      origin,
      r.ok ? { status: 'done', urls, report: r.value } : { status: 'done', urls, error: r.error },
    );
  };
  return {
    probe: initialProbe,
    checkLive: (urls, files) => {
      const given = Object.fromEntries(Object.entries(files).filter(([, f]) => f !== undefined));
      return run('inspector', urls, { files: given });
    },
    verifyExported: async (urls) => {
      const folderId = get().exporting.folder?.folderId;
      if (folderId) await run('export', urls, { exportFolderId: folderId });
    },
    resetProbe: () => set({ probe: initialProbe }),
  };
};
