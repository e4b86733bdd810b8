/** Host dialogs for tests: the browser host's answers (upload, download, no file manager) by default. */
import { ok } from '../../shared/result';
import type { HostDialogs } from '../rpc/types';

/** Dialogs that never open anything; override what a test needs. */
export function fakeDialogs(over: Partial<HostDialogs> = {}): HostDialogs {
  return {
    openFiles: async () => ok({ status: 'unsupported' }),
    saveText: async (name, text) => ok({ status: 'download', name, text }),
    chooseFolder: async () => 'cancelled',
    openBundleFolder: async () => 'unsupported',
    openFolder: async () => ok('path'),
    ...over,
  };
}
