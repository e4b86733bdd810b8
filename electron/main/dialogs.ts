/**
 * Native dialogs, opened by main so that every path comes from the user, never from the
 * renderer (docs/ARCHITECTURE.md#one-contract-three-transports).
 */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fail, ok } from '../../shared/result';
import { readRegularFile } from '../node/read-regular-file';
import type { HostDialogs } from '../rpc/types';

const MAX_FILE = 5 * 1024 * 1024;

const FILTERS = {
  plan: [{ name: 'Plan (YAML)', extensions: ['yaml', 'yml'] }],
  pki: [
    {
      name: 'Certificates and keys',
      extensions: ['pem', 'crt', 'cer', 'der', 'key', 'csr', 'p12', 'pfx', 'p7b', 'p7c'],
    },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** Dialogs of the desktop app, parented to the main window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): HostDialogs {
  const parent = () => getWindow() ?? undefined;
  return {
    openFiles: async (kind, multiple) => {
      const options: Electron.OpenDialogOptions = {
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: FILTERS[kind],
      };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      if (r.canceled || r.filePaths.length === 0) return ok({ status: 'cancelled' });
      const files = [];
      for (const path of r.filePaths) {
        // A picked FIFO or device would hang or never end: regular files only, capped.
        const read = await readRegularFile(path, { maxBytes: MAX_FILE });
        if (!read.ok) return read;
        files.push({ name: basename(path), bytes: read.value });
      }
      return ok({ status: 'picked', files });
    },

    saveText: async (suggestedName, text) => {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: FILTERS.plan,
      };
      const w = parent();
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return ok({ status: 'cancelled' });
      try {
        await writeFile(r.filePath, text, 'utf8');
      } catch (e) {
        return fail(
          'destination-unwritable',
          `${r.filePath}: cannot write it (${(e as Error).message})`,
          r.filePath,
        );
      }
      return ok({ status: 'saved', path: r.filePath });
    },

    chooseFolder: async () => {
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      const path = r.filePaths[0];
      return r.canceled || !path ? 'cancelled' : { path };
    },
    openBundleFolder: async () => {
      const options: Electron.OpenDialogOptions = { properties: ['openDirectory'] };
      const w = parent();
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      const path = r.filePaths[0];
      return r.canceled || !path ? 'cancelled' : { path };
    },
    // shell.openPath answers '' on success, else the reason.
    openFolder: async (path) => {
      const why = await shell.openPath(path);
      return why === ''
        ? ok('opened' as const)
        : fail('destination-unwritable', `${path}: ${why}`, path);
    },
  };
}
