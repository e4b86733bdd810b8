import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { writeBundle, writeFileSafely, type OutFile } from './bundle-writer';
import { renderText } from '../../shared/text/render';

const FILES: OutFile[] = [
  { path: 'ca/ca.crt', content: 'CA CERT\n', mode: 'public' },
  { path: 'nodes/n1/server.key', content: 'KEY\n', mode: 'secret' },
  { path: 'nodes/n1/server.crt', content: 'CERT\n', mode: 'public' },
  { path: 'clients/etcdctl/etcdctl.env', content: 'ETCDCTL_API=3\n', mode: 'public' },
  { path: 'scripts/install.sh', content: '#!/bin/sh\n', mode: 'executable' },
  { path: 'README.md', content: new Uint8Array([0x68, 0x69]), mode: 'public' },
];

const perm = (p: string) => statSync(p).mode & 0o777;
const root = tempDir('etw-writer-');
afterAll(() => root.remove());
const saved = process.umask();
afterEach(() => {
  process.umask(saved);
});
let n = 0;
const fresh = () => join(root.path, `t${n++}`, 'bundle');

describe('writeBundle', () => {
  it.each([0o000, 0o077, 0o022])('sets exact modes whatever the umask (%o)', async (mask) => {
    process.umask(mask);
    const target = fresh();
    const r = await writeBundle(target, FILES);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.written).toEqual(FILES.map((f) => f.path));
    expect(perm(join(target, 'nodes/n1/server.key'))).toBe(0o600);
    expect(perm(join(target, 'nodes/n1'))).toBe(0o700);
    expect(perm(join(target, 'nodes'))).toBe(0o700);
    expect(perm(target)).toBe(0o700);
    expect(perm(join(target, 'nodes/n1/server.crt'))).toBe(0o644);
    expect(perm(join(target, 'ca'))).toBe(0o755);
    expect(perm(join(target, 'ca/ca.crt'))).toBe(0o644);
    expect(perm(join(target, 'scripts/install.sh'))).toBe(0o755);
    expect(readFileSync(join(target, 'README.md'), 'utf8')).toBe('hi');
    expect(readFileSync(join(target, 'nodes/n1/server.key'), 'utf8')).toBe('KEY\n');
    // nothing left beside it
    expect(readdirSync(join(target, '..'))).toEqual(['bundle']);
  });

  it('accepts an existing empty folder', async () => {
    const target = fresh();
    mkdirSync(target, { recursive: true });
    const r = await writeBundle(target, FILES);
    expect(r.ok).toBe(true);
    expect(existsSync(join(target, 'ca/ca.crt'))).toBe(true);
  });

  it('refuses a non-empty target, naming the conflicting path, and changes nothing', async () => {
    const target = fresh();
    mkdirSync(join(target, 'nodes'), { recursive: true });
    writeFileSync(join(target, 'aaa.txt'), 'mine');
    const r = await writeBundle(target, FILES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('destination-not-empty');
    expect(r.error.path).toBe(join(target, 'nodes')); // a bundle path beats the first entry
    expect(renderText(r.error.text, 'en')).toContain(join(target, 'nodes'));
    expect(readdirSync(target).sort()).toEqual(['aaa.txt', 'nodes']);
    expect(readdirSync(join(target, '..'))).toEqual(['bundle']);
  });

  it('refuses a target that is a file', async () => {
    const target = fresh();
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, 'x');
    const r = await writeBundle(target, FILES);
    expect(r.ok ? '' : r.error.code).toBe('destination-not-empty');
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('a failure mid-way leaves no target and no temporary folder', async () => {
    const target = fresh();
    // "nodes/n1/server.key" is a file, so a later "nodes/n1/server.key/x" cannot be created.
    const broken: OutFile[] = [
      ...FILES,
      { path: 'nodes/n1/server.key/x', content: 'boom', mode: 'public' },
    ];
    const r = await writeBundle(target, broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('destination-unwritable');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);
  });

  it('writes a bundle bigger than one batch of descriptors, and fails whole in a later batch', async () => {
    // 700 files in 100 folders: three batches of open files and their fsyncs.
    const many: OutFile[] = Array.from({ length: 700 }, (_, i) => ({
      path: `nodes/n${i % 100}/f${i}.${i % 2 ? 'key' : 'crt'}`,
      content: `file ${i}\n`,
      mode: i % 2 ? 'secret' : 'public',
    }));
    const target = fresh();
    const r = await writeBundle(target, many);
    expect(r.ok && r.value.written.length).toBe(700);
    expect(readFileSync(join(target, 'nodes/n99/f699.key'), 'utf8')).toBe('file 699\n');
    expect(perm(join(target, 'nodes/n99/f699.key'))).toBe(0o600);
    expect(perm(join(target, 'nodes/n0/f0.crt'))).toBe(0o644);
    const late = fresh();
    const broken = await writeBundle(late, [...many, { ...many[0]!, content: 'again' }]);
    expect(broken.ok).toBe(false);
    expect(existsSync(late)).toBe(false);
    expect(readdirSync(join(late, '..'))).toEqual([]);
  });

  it('a duplicate path is never overwritten: the bundle fails as a whole', async () => {
    const target = fresh();
    const dup: OutFile[] = [...FILES, { path: 'ca/ca.crt', content: 'OTHER', mode: 'public' }];
    const r = await writeBundle(target, dup);
    expect(r.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);
  });

  it('an empty existing target is kept when writing fails', async () => {
    const target = fresh();
    mkdirSync(target, { recursive: true });
    const r = await writeBundle(target, [
      ...FILES,
      { path: 'README.md/x', content: '', mode: 'public' },
    ]);
    expect(r.ok).toBe(false);
    expect(readdirSync(target)).toEqual([]);
    expect(readdirSync(join(target, '..'))).toEqual(['bundle']);
  });

  it('throws on paths that escape the bundle (a caller bug)', async () => {
    await expect(
      writeBundle(fresh(), [{ path: '../evil', content: '', mode: 'public' }]),
    ).rejects.toThrow();
    await expect(
      writeBundle(fresh(), [{ path: '/etc/x', content: '', mode: 'public' }]),
    ).rejects.toThrow();
  });
});

describe('writeFileSafely', () => {
  it('writes with exact mode and never overwrites', async () => {
    process.umask(0o077);
    const dir = join(root.path, `f${n++}`);
    mkdirSync(dir);
    const p = join(dir, 'bundle.zip');
    const r = await writeFileSafely(p, 'one', 'public');
    expect(r.ok).toBe(true);
    expect(perm(p)).toBe(0o644);
    const again = await writeFileSafely(p, 'two', 'public');
    expect(again.ok ? '' : again.error.code).toBe('destination-not-empty');
    expect(readFileSync(p, 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['bundle.zip']);
  });
});
