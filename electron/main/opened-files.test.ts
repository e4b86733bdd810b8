import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/result';
import { tempDir } from '../test-support/tools';
import { openedFiles, pathArgs } from './opened-files';
import { fakeDialogs } from '../test-support/fake-dialogs';

describe('files opened with the app', () => {
  const dir = tempDir('etw-opened-');
  afterAll(() => dir.remove());

  it('takes paths, not flags, from argv', () => {
    expect(pathArgs(['/usr/bin/electron', 'main.cjs', '--inspect', '/a/ca.pem', '/b'], 2)).toEqual([
      '/a/ca.pem',
      '/b',
    ]);
  });

  it('serves the queued files (folders walked, big files by size) once, then the real dialog', async () => {
    mkdirSync(join(dir.path, 'pki'));
    writeFileSync(join(dir.path, 'pki', 'ca.pem'), 'x');
    writeFileSync(join(dir.path, 'big.bin'), Buffer.alloc(6 * 1024 * 1024));
    const q = openedFiles();
    const dialogs = q.wrap(fakeDialogs({ openFiles: async () => ok({ status: 'cancelled' }) }));
    expect(q.add([join(dir.path, 'pki'), join(dir.path, 'big.bin')])).toBe(true);
    const first = await dialogs.openFiles('pki', true);
    expect(first.ok && first.value.status === 'picked' && first.value.files).toEqual([
      { name: 'pki/ca.pem', bytes: new Uint8Array([0x78]) },
      { name: 'big.bin', bytes: new Uint8Array(0), size: 6 * 1024 * 1024 },
    ]);
    expect(await dialogs.openFiles('pki', true)).toEqual(ok({ status: 'cancelled' }));
  });
});
