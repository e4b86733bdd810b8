// `npm start`: launches the desktop app with the Electron binary from node_modules/electron.
// Resolving that binary is what downloads it (require('electron') runs its installer when the
// binary is missing), which fails offline or behind a registry mirror; then this prints one
// clear message pointing to the browser host instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function unavailable(reason) {
  console.error(
    `The Electron binary is not available (${reason}).\n` +
      'Run the same app in your browser instead: npm run web',
  );
  process.exit(1);
}

// Resolve in a child process: a failed or hanging download must not take this launcher with it.
const probe = spawnSync(
  process.execPath,
  ['-e', "process.stdout.write(String(require('electron')))"],
  { cwd: root, encoding: 'utf8', timeout: 120_000 },
);
if (probe.error) unavailable(`resolving it failed: ${probe.error.message}`);
if (probe.status !== 0) {
  const text = `${probe.stderr}${probe.stdout}`;
  const line =
    /Electron failed to install correctly[^\n]*/.exec(text)?.[0] ??
    text.trim().split('\n').filter(Boolean).pop() ??
    `exit code ${probe.status}`;
  unavailable(line);
}
const binary = probe.stdout.trim();
if (!binary || !existsSync(binary)) unavailable(`${binary || 'no path'} does not exist`);
if (!existsSync(join(root, 'dist', 'electron', 'main.cjs'))) {
  console.error('dist/electron/main.cjs is missing: run "npm run build" first');
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
