/**
 * The zip reader against zips written by real tools: our own yazl writer, Info-ZIP's `zip`
 * (deflate, and stored with -0), Python's zipfile streaming to a pipe (data descriptors, sizes
 * only in the central directory); and what must be refused: damage, climbing paths, passwords.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needTool, run, runOk, tempDir } from '../test-support/tools';
import { zipBundle } from '../export/zip';
import { readZip } from './unzip';

const dir = tempDir('etw-unzip-');
afterAll(() => dir.remove());
const FILES: Record<string, string> = {
  'b/plan.yaml': 'version: 1\n'.repeat(50),
  'b/ca/ca.crt': '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
  'b/nodes/n1/server.key': 'secret\n',
  'b/empty.txt': '',
};
const text = (m: Map<string, Uint8Array>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));

function tree(): string {
  const root = join(dir.path, `t${Math.random().toString(36).slice(2)}`);
  for (const [p, c] of Object.entries(FILES)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}

describe('readZip', () => {
  it('reads what the bundle writer zips (yazl, with folder entries)', async () => {
    const bytes = await zipBundle(
      Object.entries(FILES).map(([p, c]) => ({
        path: p.slice(2),
        content: c,
        mode: 'public' as const,
      })),
      { root: 'b', now: new Date('2025-01-01T00:00:00Z') },
    );
    const r = readZip(bytes, 'b.zip');
    expect(r.ok && text(r.value)).toEqual(FILES);
  });

  it.skipIf(!needTool('zip'))('reads Info-ZIP zips, deflated and stored', () => {
    const root = tree();
    for (const level of ['-9', '-0']) {
      const out = join(root, `x${level}.zip`);
      runOk('zip', ['-qr', level, out, 'b'], { cwd: root });
      const r = readZip(readFileSync(out), 'x.zip');
      expect(r.ok && text(r.value)).toEqual(FILES);
    }
  });

  it.skipIf(!needTool('python3'))(
    'reads a zip streamed with data descriptors (sizes only in the central directory)',
    () => {
      const script = [
        'import sys, zipfile',
        'z = zipfile.ZipFile(sys.stdout.buffer, "w", zipfile.ZIP_DEFLATED)',
        'for name, body in [("b/a.txt", b"hello " * 100), ("b/c/d.txt", b"world")]:',
        '    with z.open(name, "w") as f: f.write(body)',
        'z.close()',
      ].join('\n');
      const r = run('sh', ['-c', `python3 -c '${script}' | cat > streamed.zip`], {
        cwd: dir.path,
      });
      expect(r.status, r.stderr).toBe(0);
      const bytes = readFileSync(join(dir.path, 'streamed.zip'));
      // Bit 3 of the first local header: sizes follow the data, as promised.
      expect(bytes.readUInt16LE(6) & 8).toBe(8);
      const z = readZip(bytes, 'streamed.zip');
      expect(z.ok && text(z.value)).toEqual({
        'b/a.txt': 'hello '.repeat(100),
        'b/c/d.txt': 'world',
      });
    },
  );

  it.skipIf(!needTool('zip'))('refuses a damaged entry, naming it', () => {
    const root = tree();
    const out = join(root, 'x.zip');
    runOk('zip', ['-qr', '-0', out, 'b'], { cwd: root });
    const bytes = readFileSync(out);
    const at = bytes.indexOf('version: 1');
    bytes[at] = 'V'.charCodeAt(0);
    const r = readZip(bytes, 'x.zip');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(/^x\.zip: b\/plan\.yaml does not match its checksum/);
  });

  it.skipIf(!needTool('zip'))('refuses a zip with a password', () => {
    const root = tree();
    const out = join(root, 'p.zip');
    runOk('zip', ['-qr', '-P', 'pw', out, 'b'], { cwd: root });
    const r = readZip(readFileSync(out), 'p.zip');
    expect(!r.ok && r.error.message).toMatch(/is encrypted; zip the bundle without a password/);
  });

  it.skipIf(!needTool('python3'))('refuses entries that climb out of the folder', () => {
    const script =
      'import sys, zipfile\nz = zipfile.ZipFile(sys.stdout.buffer, "w")\nz.writestr("../evil.txt", "x")\nz.close()';
    const r = run('sh', ['-c', `python3 -c '${script}' > evil.zip`], { cwd: dir.path });
    expect(r.status, r.stderr).toBe(0);
    const z = readZip(readFileSync(join(dir.path, 'evil.zip')), 'evil.zip');
    expect(!z.ok && z.error.message).toMatch(/"\.\.\/evil\.txt" points outside/);
  });

  it('refuses what is not a zip, and a zip that unpacks too large', async () => {
    const r = readZip(new TextEncoder().encode('plan.yaml is not a zip'), 'n.zip');
    expect(!r.ok && r.error.message).toMatch(/^n\.zip: not a zip file/);
    const big = await zipBundle([{ path: 'big', content: 'x'.repeat(4096), mode: 'public' }], {
      root: '',
      now: new Date('2025-01-01T00:00:00Z'),
    });
    const z = readZip(big, 'big.zip', { maxEntries: 10, maxTotalBytes: 1024 });
    expect(!z.ok && z.error.message).toMatch(/unpacks to more than/);
  });
});
