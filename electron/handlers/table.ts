/** The one handler table, merged from the per-domain files; every host serves exactly this. */
import { appHandlers } from './app-handlers';
import { exportHandlers } from './export-handlers';
import { HandleStore } from './handle-store';
import { inspectHandlers } from './inspect-handlers';
import { pkiHandlers } from './pki-handlers';
import { planHandlers } from './plan-handlers';
import type { ImportedCa, IssuedPki } from './services';
import type { HandlerDeps, HandlerTable } from './types';

/** Builds the table; adding a domain means adding its spread here (the type checks coverage). */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  return {
    ...appHandlers(deps),
    ...planHandlers(deps),
    ...pkiHandlers(deps),
    ...exportHandlers(deps),
    ...inspectHandlers(deps),
  };
}

/** Fresh, empty main-side stores. */
export function createStores(): HandlerDeps['stores'] {
  return {
    pki: new HandleStore<IssuedPki>(),
    cas: new HandleStore<ImportedCa>(),
    folders: new HandleStore<string>(64),
  };
}
