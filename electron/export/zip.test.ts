import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTool, needTool, run, tempDir } from '../test-support/tools';
import type { OutFile } from './bundle-writer';
import { writeZip, zipBundle } from './zip';

const FILES: OutFile[] = [
  { path: 'ca/ca.crt', content: 'CA CERT\n', mode: 'public' },
  { path: 'nodes/n1/server.key', content: 'KEY\n', mode: 'secret' },
  { path: 'scripts/check.sh', content: '#!/bin/sh\necho ok\n', mode: 'executable' },
  { path: 'clients/apisix/apisix.p12', content: new Uint8Array([0, 1, 2, 255]), mode: 'secret' },
];
const NOW = new Date('2026-01-02T03:04:06Z');

const dir = tempDir('etw-zip-');
afterAll(() => dir.remove());

describe.skipIf(!needTool('python3'))('zipBundle', () => {
  it('lists every entry with its unix mode (python3 zipfile)', async () => {
    const bytes = await zipBundle(FILES, { root: 'etcd-bundle', now: NOW });
    const file = join(dir.path, 'a.zip');
    writeFileSync(file, bytes);
    // external_attr >> 16 is the unix mode; print "name mode" for every entry.
    const py = run('python3', [
      '-c',
      'import sys,zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, oct(i.external_attr >> 16))',
      file,
    ]);
    expect(py.status, py.stderr).toBe(0);
    expect(py.stdout.trim().split('\n')).toEqual([
      'etcd-bundle/ 0o40700',
      'etcd-bundle/ca/ 0o40755',
      'etcd-bundle/clients/ 0o40700',
      'etcd-bundle/clients/apisix/ 0o40700',
      'etcd-bundle/nodes/ 0o40700',
      'etcd-bundle/nodes/n1/ 0o40700',
      'etcd-bundle/scripts/ 0o40755',
      'etcd-bundle/ca/ca.crt 0o100644',
      'etcd-bundle/nodes/n1/server.key 0o100600',
      'etcd-bundle/scripts/check.sh 0o100755',
      'etcd-bundle/clients/apisix/apisix.p12 0o100600',
    ]);
    const list = run('python3', ['-m', 'zipfile', '-l', file]);
    expect(list.stdout).toContain('etcd-bundle/nodes/n1/server.key');
    expect(list.stdout).toContain('2026-01-02 03:04:06');
  });

  it.skipIf(!hasTool('unzip'))('unzip restores contents and modes', async () => {
    const file = join(dir.path, 'b.zip');
    const w = await writeZip(file, FILES, { root: 'etcd-bundle', now: NOW });
    expect(w.ok).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const z = run('unzip', ['-Z', file]);
    expect(z.stdout).toMatch(/-rw-------.*etcd-bundle\/nodes\/n1\/server\.key/);
    expect(z.stdout).toMatch(/-rwxr-xr-x.*etcd-bundle\/scripts\/check\.sh/);
    const out = join(dir.path, 'unz');
    expect(run('unzip', ['-q', file, '-d', out]).status).toBe(0);
    const p = (s: string) => join(out, 'etcd-bundle', s);
    expect(statSync(p('nodes/n1/server.key')).mode & 0o777).toBe(0o600);
    expect(statSync(p('scripts/check.sh')).mode & 0o777).toBe(0o755);
    expect([...readFileSync(p('clients/apisix/apisix.p12'))]).toEqual([0, 1, 2, 255]);
    expect(readFileSync(p('ca/ca.crt'), 'utf8')).toBe('CA CERT\n');
  });

  it('never overwrites an existing zip', async () => {
    const file = join(dir.path, 'c.zip');
    writeFileSync(file, 'mine');
    const w = await writeZip(file, FILES, { root: 'x', now: NOW });
    expect(w.ok ? '' : w.error.code).toBe('destination-not-empty');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});
