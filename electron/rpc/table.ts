/** The one handler table, merged from the capabilities' handler files; every host serves exactly this. */
import { appHandlers } from '../app/app-handlers';
import type { Day2Session, PreparedChange } from '../day2/day2-change';
import { day2Handlers } from '../day2/day2-handlers';
import { nodeDay2Service } from '../day2/day2-service';
import { exportHandlers } from '../export/export-handlers';
import { nodeExportService } from '../export/export-session';
import { inspectHandlers } from '../inspect/inspect-handlers';
import { pkiHandlers } from '../pki/pki-handlers';
import { nodePkiService, type ImportedCa, type PkiSession } from '../pki/pki-session';
import { planHandlers } from '../plan/plan-handlers';
import { probeHandlers } from '../probe/probe-handlers';
import { HandleStore } from './handle-store';
import type { HandlerDeps, HandlerTable, Services } from './types';

/** Builds the table; adding a domain means adding its spread here (the type checks coverage). */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  return {
    ...appHandlers(deps),
    ...planHandlers(deps),
    ...pkiHandlers(deps),
    ...exportHandlers(deps),
    ...inspectHandlers(deps),
    ...day2Handlers(deps),
    ...probeHandlers(deps),
  };
}

/** Fresh, empty main-side stores. */
export function createStores(): HandlerDeps['stores'] {
  return {
    pki: new HandleStore<PkiSession>(),
    cas: new HandleStore<ImportedCa>(),
    folders: new HandleStore<string>(64),
    day2: new HandleStore<Day2Session>(8),
    changes: new HandleStore<PreparedChange>(16),
  };
}

/** The real Node services, as every host wires them. */
export function nodeServices(): Services {
  return { pki: nodePkiService(), export: nodeExportService(), day2: nodeDay2Service() };
}
