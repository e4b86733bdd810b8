// `npm run dist [-- electron-builder args]`: packages dist/ with electron-builder and
// electron-builder.yml. Before it starts it refuses a Node that packaging does not support, drops
// signing variables that are set but empty, and prints what will and will not be signed or
// notarized, so that an unsigned build is a visible decision and not a silent surprise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagingNodeProblem, planRelease } from './release-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const nodeProblem = packagingNodeProblem(process.version);
if (nodeProblem) {
  console.error(nodeProblem);
  process.exit(2);
}

const plan = planRelease(process.env, process.platform);
for (const note of plan.notes) console.log(`[dist] ${note}`);
if (plan.errors.length > 0) {
  for (const error of plan.errors) console.error(`[dist] ${error}`);
  process.exit(2);
}

const env = { ...plan.env };
const secrets = plan.files.length > 0 ? mkdtempSync(join(tmpdir(), 'etw-signing-')) : undefined;
let status;
try {
  for (const file of plan.files) {
    const path = join(secrets, file.name);
    writeFileSync(path, file.text, { mode: 0o600 });
    env[file.variable] = path;
  }
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = [
    cli,
    '--config',
    'electron-builder.yml',
    '--publish',
    'never',
    ...plan.args,
    ...process.argv.slice(2),
  ];
  const run = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (run.error) console.error(`[dist] electron-builder did not start: ${run.error.message}`);
  status = run.status ?? 1;
} finally {
  if (secrets) rmSync(secrets, { recursive: true, force: true });
}
process.exit(status);
