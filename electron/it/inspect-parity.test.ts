/**
 * The command line and the window give the same verdicts from the same code: the corpus goes
 * through the built CLI (`inspect … --json`) and through the inspect:read-files handler, and
 * every certificate's roles, verdicts, issuer, chain, host checks and findings, every key match and
 * every file's error codes must be identical.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectReport } from '../inspect/inspect-service';
import { inspectPayloads } from '../inspect/inspect-payloads';
import { makeInspectCorpus } from '../test-support/inspect-corpus';
import { needTool, run, tempDir } from '../test-support/tools';
import type { InspectionAnalysis } from '../../shared/lint/inspect-report';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const HOSTS = ['etcd0-0.etcd', '127.0.0.1', '10.0.0.11'];

/** What must agree, keyed by certificate fingerprint. */
function verdicts(a: InspectionAnalysis) {
  return {
    certificates: Object.fromEntries(
      a.certificates.map((c) => [
        c.certificate.fingerprintSha256,
        {
          file: c.file,
          roles: c.roles,
          verdicts: c.verdicts.map((v) => ({
            role: v.role,
            ok: v.ok,
            reason: v.reason,
            seenAs: v.seenAs,
          })),
          issuer: c.issuer,
          chain: c.chain,
          keyFiles: c.keyFiles,
          hostChecks: c.hostChecks,
          findings: c.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            role: f.role,
            detail: f.detail,
          })),
        },
      ]),
    ),
    keys: a.keys.map((k) => ({ file: k.file, certificates: k.certificates })),
    lintErrors: a.lintErrors,
    lintWarnings: a.lintWarnings,
    lintNotes: a.lintNotes,
  };
}

describe.skipIf(!needTool('openssl'))('inspect: CLI --json and the window agree', () => {
  const dir = tempDir('etw-parity-');
  let names: string[] = [];

  beforeAll(() => {
    names = makeInspectCorpus(dir.path);
  });
  afterAll(() => dir.remove());

  it('same findings, roles, chains, key matches and file errors for the same files', async () => {
    const r = run(
      'node',
      [CLI, 'inspect', ...names, '--json', ...HOSTS.flatMap((h) => ['--host', h])],
      {
        cwd: dir.path,
      },
    );
    const cli = JSON.parse(r.stdout) as InspectReport;
    const window = await inspectPayloads(
      names.map((name) => {
        const size = statSync(join(dir.path, name)).size;
        return size > 5 * 1024 * 1024
          ? { name, bytes: new Uint8Array(0), size }
          : { name, bytes: new Uint8Array(readFileSync(join(dir.path, name))) };
      }),
      { now: new Date(cli.now), hosts: HOSTS },
    );
    // Something real to compare: several certificates with findings and failing host checks.
    expect(cli.certificates.length).toBe(7);
    expect(cli.lintErrors).toBeGreaterThan(0);
    expect(verdicts(window.analysis)).toEqual(verdicts(cli));
    const cliErrors = Object.fromEntries(
      cli.files.map((f) => [f.path, f.errors.map((e) => e.code)]),
    );
    const windowErrors = Object.fromEntries(
      window.files.map((f) => [
        f.name,
        (f.errors ?? (f.error ? [f.error] : [])).map((e) => e.code),
      ]),
    );
    expect(windowErrors).toEqual(cliErrors);
  });
});
