/**
 * Types of the handler table: one async function per request channel, taking the validated
 * argument and returning a Result. Hosts (Electron main, browser host, tests) supply the context.
 */
import type {
  EventChannel,
  ParsedArgOf,
  PayloadOf,
  RequestChannel,
  ResultOf,
} from '../../shared/ipc/contract';
import type { FilePayload } from '../../shared/ipc/define';
import type { AppInfo } from '../../shared/ipc/channels-app';
import type { Result } from '../../shared/result';
import type { Day2Session, PreparedChange } from '../day2/day2-change';
import type { Day2Service } from '../day2/day2-service';
import type { ExportService } from '../export/export-session';
import type { ImportedCa, PkiService, PkiSession } from '../pki/pki-session';
import type { HandleStore } from './handle-store';

/** Per-call context: how a handler talks back to the renderer that called it. */
export interface HandlerContext {
  readonly emit: <E extends EventChannel>(event: E, payload: PayloadOf<E>) => void;
}

/** The handler of one channel. Expected failures are Results; bugs throw. */
export type Handler<C extends RequestChannel> = (
  arg: ParsedArgOf<C>,
  ctx: HandlerContext,
) => Promise<Result<ResultOf<C>>>;

/** Every channel's handler; the compiler fails when a channel has none. */
export type HandlerTable = { readonly [C in RequestChannel]: Handler<C> };

/** The handlers of one domain (`plan`, `pki`…), written in electron/<domain>/<domain>-handlers.ts. */
export type DomainHandlers<D extends string> = {
  readonly [C in RequestChannel as C extends `${D}:${string}` ? C : never]: Handler<C>;
};

/** What a host's picker returned: files, nothing, or "this host has no picker". */
export type PickResult =
  | { readonly status: 'picked'; readonly files: readonly FilePayload[] }
  | { readonly status: 'cancelled' }
  | { readonly status: 'unsupported' };

/** Outcome of saving text through the host. */
export type SaveTextResult =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'download'; readonly name: string; readonly text: string };

/**
 * Native dialogs, opened by the host itself so that every path comes from the user through main
 * (main never accepts a path it did not hand out). The browser host answers with
 * 'unsupported' / 'download' / a folder under its work directory.
 */
export interface HostDialogs {
  readonly openFiles: (kind: 'plan' | 'pki', multiple: boolean) => Promise<Result<PickResult>>;
  readonly saveText: (suggestedName: string, text: string) => Promise<Result<SaveTextResult>>;
  readonly chooseFolder: () => Promise<{ readonly path: string } | 'cancelled'>;
  /** A bundle folder to open for day 2; 'unsupported' where the host has no dialog (browser). */
  readonly openBundleFolder: () => Promise<{ readonly path: string } | 'cancelled' | 'unsupported'>;
  /** Shows a folder in the system file manager; 'path' where the host has none (browser). */
  readonly openFolder: (path: string) => Promise<Result<'opened' | 'path'>>;
}

/** The Node services behind the handlers, one narrow interface per capability. */
export interface Services {
  readonly pki: PkiService;
  readonly export: ExportService;
  readonly day2: Day2Service;
}

/** Everything the handlers need from their host; built once per host (and per test). */
export interface HandlerDeps {
  readonly info: AppInfo;
  readonly dialogs: HostDialogs;
  readonly services: Services;
  /** The clock, injected so tests are deterministic. */
  readonly now: () => Date;
  readonly stores: {
    readonly pki: HandleStore<PkiSession>;
    readonly cas: HandleStore<ImportedCa>;
    /** Folders the user picked in the host's own dialog (export never takes a raw path). */
    readonly folders: HandleStore<string>;
    /** Opened day-2 bundles (with their CA once unlocked). */
    readonly day2: HandleStore<Day2Session>;
    /** Prepared day-2 changes, written by day2:apply. */
    readonly changes: HandleStore<PreparedChange>;
  };
}
