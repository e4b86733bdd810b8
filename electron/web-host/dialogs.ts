/**
 * The browser host's stand-in for native dialogs: a browser page cannot be handed a path, so
 * opening asks the renderer for an upload, saving becomes a download, and an export folder is a
 * fresh folder under the host's work directory (which the test harness reads back).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ok } from '../../shared/result';
import type { HostDialogs } from '../rpc/types';

/** Dialogs of the browser host. */
export function webDialogs(workDir: string): HostDialogs {
  let n = 0;
  return {
    openFiles: async () => ok({ status: 'unsupported' }),
    saveText: async (name, text) => ok({ status: 'download', name, text }),
    chooseFolder: async () => {
      let path: string;
      do path = join(workDir, `bundle-${++n}`);
      while (existsSync(path));
      return { path };
    },
    // A page cannot be handed a folder's path: the window uploads the bundle's files instead.
    openBundleFolder: async () => 'unsupported',
    // A page cannot open the user's file manager: the window shows the path instead.
    openFolder: async () => ok('path' as const),
  };
}
