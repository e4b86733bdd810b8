// Test-only preload (node --import): freezes a CLI run just before an export's work folder is
// renamed into place, and says where on stdout, so that a test can kill -9 it at the moment a
// crash or a power cut leaves a hidden folder full of private keys behind. The CLI bundle calls
// node:fs through its exports object, which is the default export patched here; the rename is
// synchronous (electron/export/bundle-writer.ts), so the freeze blocks the thread.
import fs from 'node:fs';

const renameSync = fs.renameSync;
fs.renameSync = (from, to) => {
  if (!String(from).includes('.partial-')) return renameSync(from, to);
  // A pipe: written synchronously on Linux, so the test reads it before the thread blocks.
  fs.writeSync(1, `PAUSED ${from}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // until killed
  return undefined;
};
