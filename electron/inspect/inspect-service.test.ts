import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../test-support/tools';
import { decodeWithTimeout, inspectExitCode, inspectPaths } from './inspect-service';

describe.skipIf(!needTool('openssl'))('inspectPaths on a folder tree', () => {
  const dir = tempDir('etw-inspect-svc-');
  const pki = join(dir.path, 'pki', 'nested');
  beforeAll(() => {
    mkdirSync(pki, { recursive: true });
    runOk(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'ca-key.pem',
        '-out',
        'ca.pem',
        '-subj',
        '/CN=svc-ca',
        '-days',
        '3650',
      ],
      { cwd: pki },
    );
    writeFileSync(join(dir.path, 'pki', 'README.md'), '# notes\nnot a certificate\n');
    writeFileSync(join(dir.path, 'pki', 'huge.pem'), 'x'.repeat(20_000));
  });
  afterAll(() => dir.remove());

  it('walks folders, skips non-PKI files, caps sizes and pairs keys with certificates', async () => {
    const report = await inspectPaths([join(dir.path, 'pki')], {
      maxBytes: 10_000,
      now: new Date(),
    });
    const byName = (n: string) => report.files.find((f) => f.path.endsWith(n))!;
    expect(byName('README.md').status).toBe('skipped');
    expect(byName('huge.pem')).toMatchObject({
      status: 'skipped',
      explicit: false,
      errors: [{ code: 'input-too-large' }],
    });
    expect(byName('ca.pem')).toMatchObject({ status: 'decoded', items: ['certificate'] });
    expect(report.certificates[0]!.keyFiles).toEqual([join(pki, 'ca-key.pem')]);
    expect(report.keys[0]!.certificates[0]!.subject).toBe('CN=svc-ca');
    expect(report.lintErrors).toBe(0);
    expect(inspectExitCode(report)).toBe(0);
  });

  it('a broken certificate found in a folder is an error (exit 2); a README stays skipped', async () => {
    const broken = join(dir.path, 'broken');
    mkdirSync(broken);
    const ca = readFileSync(join(pki, 'ca.pem'), 'utf8');
    writeFileSync(join(broken, 'ca.pem'), ca);
    writeFileSync(join(broken, 'server.crt'), ca.slice(0, Math.floor(ca.length / 2)));
    writeFileSync(join(broken, 'README.md'), '# notes\n');
    const report = await inspectPaths([broken], { now: new Date() });
    const byName = (n: string) => report.files.find((f) => f.path.endsWith(n))!;
    expect(byName('server.crt')).toMatchObject({
      status: 'error',
      explicit: false,
      errors: [{ code: 'input-truncated' }],
    });
    expect(byName('README.md').status).toBe('skipped');
    expect(inspectExitCode(report)).toBe(2);
  });

  it('an explicitly named bad file or a missing path is bad input (exit 2)', async () => {
    const named = await inspectPaths([join(dir.path, 'pki', 'README.md')]);
    expect(named.files[0]).toMatchObject({
      status: 'error',
      explicit: true,
      errors: [{ code: 'input-not-pki' }],
    });
    expect(inspectExitCode(named)).toBe(2);
    const missing = await inspectPaths([join(dir.path, 'nope')]);
    expect(missing.inputErrors).toEqual([expect.objectContaining({ code: 'input-unreadable' })]);
    expect(inspectExitCode(missing)).toBe(2);
  });
});

describe.skipIf(!needTool('openssl'))('decodeWithTimeout', () => {
  it('settles with input-timeout when a decode never finishes, naming the file', async () => {
    // A real PKCS#12 file whose (injected) decoder hangs: the time limit must still answer.
    const dir = tempDir('etw-timeout-');
    const f = (n: string) => join(dir.path, n);
    runOk('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      '/CN=t',
      '-keyout',
      f('k.pem'),
      '-out',
      f('c.pem'),
    ]);
    runOk('openssl', [
      'pkcs12',
      '-export',
      '-in',
      f('c.pem'),
      '-inkey',
      f('k.pem'),
      '-passout',
      'pass:x',
      '-out',
      f('t.p12'),
    ]);
    const p12 = new Uint8Array(readFileSync(f('t.p12')));
    dir.remove();
    const r = await decodeWithTimeout(p12, 'stuck.p12', {
      timeoutMs: 50,
      decodePkcs12: () => new Promise(() => {}),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'input-timeout', path: 'stuck.p12' },
    });
    expect(!r.ok && r.error.message).toMatch(/^stuck\.p12 took longer than 0\.05 s to decode/);
  });
});
