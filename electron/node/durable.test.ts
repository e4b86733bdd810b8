import { fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { openAndSync } from './durable';

const dir = tempDir('etw-durable-');
afterAll(() => dir.remove());

/** A file created for writing, its content written, returned open (as the bundle writer does). */
const create = (name: string, fds: number[]) => () => {
  const fd = openSync(join(dir.path, name), 'wx', 0o600);
  writeFileSync(fd, name);
  fds.push(fd);
  return fd;
};
const isOpen = (fd: number): boolean => {
  try {
    fstatSync(fd);
    return true;
  } catch {
    return false;
  }
};

describe('openAndSync', () => {
  it('writes and closes every file it opens', async () => {
    const fds: number[] = [];
    await openAndSync(['a', 'b', 'c'].map((n) => create(n, fds)));
    expect(fds).toHaveLength(3);
    expect(fds.filter(isOpen)).toEqual([]);
    expect(['a', 'b', 'c'].map((n) => readFileSync(join(dir.path, n), 'utf8'))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('when an open fails, closes those already open and passes the error on', async () => {
    const fds: number[] = [];
    const opens = [
      create('d', fds),
      create('e', fds),
      create('d', fds), // exists already: EEXIST
      create('never', fds),
    ];
    await expect(openAndSync(opens)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fds).toHaveLength(2); // the fourth was never tried
    expect(fds.filter(isOpen)).toEqual([]);
  });
});
