/**
 * The inspector slice: the files handed over (kept in memory only, to run again with a PKCS#12
 * password), what main decoded and analysed, the endpoints the user checks, and which
 * certificates are picked for side-by-side comparison. Nothing here is persisted.
 */
import type { StateCreator } from 'zustand';
import type {
  InspectFilePayload,
  InspectedFile,
  ReadFilesResult,
} from '../../../shared/ipc/channels-inspect';
import type { InspectionAnalysis } from '../../../shared/lint/inspect-report';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import { bundleRenewal, holdsBundle, looseRenewal } from '../inspector/bundle-renewal';
import type { EndpointHint } from '../inspector/endpoints';
import { renewalFrom } from '../inspector/renewal';
import type { AppState } from './index';

/** State of the inspector slice. */
export interface InspectorState {
  readonly status: 'idle' | 'reading' | 'done';
  /** Inputs as handed over, by name (bytes stay in memory, never persisted). */
  readonly inputs: readonly InspectFilePayload[];
  readonly files: readonly InspectedFile[];
  readonly analysis?: InspectionAnalysis;
  /** The clock main used (ISO 8601). */
  readonly now?: string;
  /** PKCS#12 passwords by file name (memory only). */
  readonly passwords: Readonly<Record<string, string>>;
  /** Endpoint URLs or host names typed, pasted or taken from a config file. */
  readonly endpoints: readonly string[];
  /** What a dropped config or the plan says about an endpoint (certificate file, member). */
  readonly endpointHints: Readonly<Record<string, EndpointHint>>;
  /** An APISIX config was dropped: its OpenSSL client dials the server certificates. */
  readonly opensslClients: boolean;
  /** SHA-256 fingerprints of the certificates picked for the side-by-side view. */
  readonly compare: readonly string[];
  /** Text the certificate views are filtered by (name, subject or file). */
  readonly certFilter: string;
  /** The request itself failed (not one file: those carry their own errors). */
  readonly error?: AppError;
  /** The browser host has no dialog: the user should drop or upload instead. */
  readonly uploadHint: boolean;
}

/** The inspector slice. */
export interface InspectorSlice {
  readonly inspector: InspectorState;
  /** Adds files (a file of the same name is replaced) and inspects the whole set again. */
  readonly inspectFiles: (files: readonly InspectFilePayload[]) => Promise<void>;
  /** Opens the host's file dialog (Electron); in a browser, points at the drop zone. */
  readonly pickInspectFiles: () => Promise<void>;
  /** Sets a PKCS#12 password and reads the set again. */
  readonly setInspectPassword: (name: string, password: string) => Promise<void>;
  readonly removeInspectFile: (name: string) => Promise<void>;
  /** Sets the endpoints, adding what a config or the plan says about them. */
  readonly setInspectEndpoints: (
    endpoints: readonly string[],
    hints?: Readonly<Record<string, EndpointHint>>,
  ) => void;
  readonly toggleCompare: (fingerprint: string, on?: boolean) => void;
  readonly setCompare: (fingerprints: readonly string[]) => void;
  readonly setCertFilter: (text: string) => void;
  /**
   * Renewal: a dropped bundle, or loose certificates with their CA, land on the day-2 page (the
   * CA filled in, a banner saying what is renewed and fixed). Otherwise a plan with the same
   * members, SANs and clients, the dropped CA imported (when its key was dropped too), and the
   * wizard opened at the review step (or the CA step). False when there is nothing to renew.
   */
  readonly startRenewal: () => Promise<boolean>;
  readonly resetInspector: () => void;
}

/** Initial inspector state. */
export const initialInspectorState: InspectorState = {
  status: 'idle',
  inputs: [],
  files: [],
  passwords: {},
  endpoints: [],
  endpointHints: {},
  opensslClients: false,
  compare: [],
  certFilter: '',
  uploadHint: false,
};

/** Creates the inspector slice. */
export const createInspectorSlice: StateCreator<AppState, [], [], InspectorSlice> = (set, get) => {
  const patch = (p: Partial<InspectorState>) =>
    set((s) => ({ inspector: { ...s.inspector, ...p } }));
  const apply = (
    r: Extract<ReadFilesResult, { status: 'read' }>,
    inputs?: InspectFilePayload[],
  ) => {
    const fps = new Set(r.analysis.certificates.map((c) => c.certificate.fingerprintSha256));
    patch({
      status: 'done',
      files: r.files,
      analysis: r.analysis,
      now: r.now,
      error: undefined,
      uploadHint: false,
      compare: get().inspector.compare.filter((f) => fps.has(f)),
      ...(inputs ? { inputs } : {}),
    });
  };
  const run = async (inputs: InspectFilePayload[]) => {
    if (inputs.length === 0) {
      patch({ ...initialInspectorState, passwords: get().inspector.passwords });
      return;
    }
    patch({ status: 'reading', inputs });
    const { passwords, opensslClients } = get().inspector;
    const r = await api.inspectReadFiles({
      files: inputs,
      ...(Object.keys(passwords).length > 0 ? { passwords: { ...passwords } } : {}),
      ...(opensslClients ? { opensslClients } : {}),
    });
    if (!r.ok) return patch({ status: 'done', error: r.error });
    if (r.value.status === 'read') apply(r.value);
    else patch({ status: 'done' });
  };
  return {
    inspector: initialInspectorState,
    inspectFiles: async (files) => {
      const names = new Set(files.map((f) => f.name));
      await run([...get().inspector.inputs.filter((f) => !names.has(f.name)), ...files]);
    },
    pickInspectFiles: async () => {
      patch({ status: 'reading' });
      const r = await api.inspectReadFiles();
      if (!r.ok) return patch({ status: 'done', error: r.error });
      if (r.value.status === 'upload-needed') return patch({ status: 'done', uploadHint: true });
      if (r.value.status === 'cancelled')
        return patch({ status: get().inspector.analysis ? 'done' : 'idle' });
      // Picked through the host's dialog: main read the bytes, the renderer never had them.
      apply(r.value, []);
    },
    setInspectPassword: async (name, password) => {
      patch({ passwords: { ...get().inspector.passwords, [name]: password } });
      await run([...get().inspector.inputs]);
    },
    removeInspectFile: async (name) => {
      await run(get().inspector.inputs.filter((f) => f.name !== name));
    },
    setInspectEndpoints: (endpoints, hints = {}) => {
      const cur = get().inspector;
      const openssl = Object.values(hints).some((h) => h.openssl === true);
      patch({ endpoints, endpointHints: { ...cur.endpointHints, ...hints } });
      // An APISIX config: its OpenSSL client matters to the wildcard findings, so judge again.
      if (openssl && !cur.opensslClients) {
        patch({ opensslClients: true });
        if (cur.inputs.length > 0) void run([...cur.inputs]);
      }
    },
    toggleCompare: (fingerprint, on) => {
      const cur = get().inspector.compare;
      const has = cur.includes(fingerprint);
      const want = on ?? !has;
      if (want && !has) patch({ compare: [...cur, fingerprint] });
      if (!want && has) patch({ compare: cur.filter((f) => f !== fingerprint) });
    },
    setCompare: (compare) => patch({ compare }),
    setCertFilter: (certFilter) => patch({ certFilter }),
    startRenewal: async () => {
      const { analysis, inputs } = get().inspector;
      // A dropped bundle renews on the day-2 page: same CA, same names, kept files byte for byte.
      if (analysis && holdsBundle(inputs)) {
        const landed = await get().renewFromInspection(inputs, (b) => bundleRenewal(b, analysis));
        if (landed) return true;
      }
      const source = analysis && renewalFrom(analysis);
      if (!source) return false;
      const s = get();
      const payload = (name: string | undefined) => {
        const f = name === undefined ? undefined : inputs.find((i) => i.name === name);
        return f && { name: (f.name.split('/').pop() ?? f.name).slice(-255), bytes: f.bytes };
      };
      const cert = payload(source.ca?.certFile);
      const key = payload(source.ca?.keyFile);
      // Loose certificates with their CA: the day-2 page renews them through the rebuilt plan,
      // the wizard's draft untouched. Without a CA (or a plan main refuses) the wizard takes over.
      const loose = looseRenewal(source, analysis, get().inspector.files);
      if (loose && (await s.renewRebuiltFromInspection(source.draft, loose, key))) return true;
      s.replacePlan(source.draft);
      s.resetIssue();
      s.resetExport();
      let imported = false;
      if (cert && key) {
        s.setCaMode('import');
        imported = await s.importCa({ cert, key });
      } else s.setCaMode(source.ca ? 'import' : 'create');
      get().setPage('wizard');
      get().goToStep(imported || !source.ca ? 'review' : 'ca');
      return true;
    },
    resetInspector: () => set({ inspector: initialInspectorState }),
  };
};
