// Test-only preload (node --import): freezes a CLI run just before an export's work folder is
// renamed into place, and says where on stdout, so that a test can kill -9 it at the moment a
// crash or a power cut leaves a hidden folder full of private keys behind. The CLI bundle calls
// fs/promises through its exports object, which is the default export patched here.
import fsp from 'node:fs/promises';

const rename = fsp.rename;
fsp.rename = async (from, to) => {
  if (!String(from).includes('.partial-')) return rename(from, to);
  process.stdout.write(`PAUSED ${from}\n`);
  setInterval(() => {}, 1 << 30); // stay alive until killed
  return new Promise(() => {});
};
