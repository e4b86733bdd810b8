/**
 * `npm run web` / `node dist/web-host.cjs [--port N] [--workdir DIR]`: serves the app to a
 * browser on 127.0.0.1 and prints its URL (with the access token). Exports land under the work
 * directory (a fresh temporary folder unless given).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { webDialogs } from './dialogs';
import { startWebHost } from './server';

function version(): string {
  try {
    return (
      JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      workdir: { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `web host: --port ${values.port} is not a port number (0 picks a free one)\n`,
    );
    return 2;
  }
  const rendererDir = resolve(values['renderer-dir'] ?? join(__dirname, 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(
      `web host: ${rendererDir}/index.html is missing; run "npm run build" first\n`,
    );
    return 2;
  }
  const workDir = resolve(values.workdir ?? mkdtempSync(join(tmpdir(), 'etcd-tls-wizard-')));
  const table = createHandlerTable({
    info: {
      name: 'etcd TLS Wizard',
      version: version(),
      platform: process.platform,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
      isElectron: false,
    },
    dialogs: webDialogs(workDir),
    services: nodeServices(),
    now: () => new Date(),
    stores: createStores(),
  });
  const host = await startWebHost({
    rendererDir,
    table,
    port,
    log: (line) => process.stderr.write(`web host: ${line}\n`),
  });
  process.stdout.write(
    `etcd TLS Wizard (browser host) is at ${host.url}\nExports are written under ${workDir}\n`,
  );
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`web host: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
