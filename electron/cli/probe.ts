/**
 * `probe URL… [--cacert F] [--cert F --key F] [--json]`: dials running members and reports what
 * each serves and accepts (electron/probe). Exit 0 when every endpoint works (warnings allowed),
 * 1 when any has a problem, 2 for bad input.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CliText } from '../../shared/cli/messages';
import type { FilePayload } from '../../shared/ipc/define';
import { fsErrorText } from '../node/fs-errors';
import { loadMaterial, type MaterialFiles } from '../probe/probe-material';
import { probeEndpoints } from '../probe/probe-service';
import { EXIT, textOf, type CliIo } from './io';
import { probeText } from './probe-text';

/** Options of the probe command as parsed by the dispatcher. */
export interface ProbeCliOptions {
  readonly json: boolean;
  readonly cacert?: string;
  readonly cert?: string;
  readonly key?: string;
  /** For tests: the clock. */
  readonly now?: Date;
}

/** Certificates and keys are a few KB; anything this large is the wrong file. */
const MAX_FILE = 5 * 1024 * 1024;

async function readNamed(path: string, what: string, t: CliText): Promise<FilePayload | string> {
  try {
    const st = await stat(path);
    if (st.size > MAX_FILE) return t('probeTooLarge', { what, path, size: st.size });
    return { name: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    return t('probeUnreadable', { what, path, reason: fsErrorText(e) });
  }
}

/** Runs the probe; returns the exit code. */
export async function runProbe(
  urls: readonly string[],
  opts: ProbeCliOptions,
  io: CliIo,
): Promise<number> {
  const t = textOf(io);
  const bad = (message: string) => {
    io.err(`etcd-tls-wizard probe: ${message}`);
    return EXIT.badInput;
  };
  if (urls.length === 0) return bad(t('probeNeedUrl'));
  const files: { -readonly [K in keyof MaterialFiles]: MaterialFiles[K] } = {};
  for (const [slot, path, what] of [
    ['ca', opts.cacert, t('probeCaFileWhat')],
    ['cert', opts.cert, t('probeCertWhat')],
    ['key', opts.key, t('probeKeyWhat')],
  ] as const) {
    if (path === undefined) continue;
    const f = await readNamed(path, what, t);
    if (typeof f === 'string') return bad(f);
    files[slot] = f;
  }
  const given = Object.keys(files).length > 0;
  const material = await loadMaterial(files, given ? 'files' : 'none');
  if (!material.ok) return bad(material.error.message);
  const report = await probeEndpoints(urls, material.value, { now: opts.now ?? new Date() });
  const code = report.endpoints.some((e) => e.verdict === 'fail') ? EXIT.problems : EXIT.ok;
  if (opts.json)
    io.out(
      JSON.stringify({ schema: 'etcd-tls-wizard/probe@1', ...report, exitCode: code }, null, 2),
    );
  else io.out(probeText(report, io.language));
  return code;
}
