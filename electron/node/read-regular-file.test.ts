import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tools';
import { readRegularFile } from './read-regular-file';

const dir = tempDir('etw-read-regular-');
afterAll(() => dir.remove());
const p = (n: string) => join(dir.path, n);

describe('readRegularFile', () => {
  it('reads a regular file up to exactly the cap, and refuses one byte more before reading', async () => {
    writeFileSync(p('ten'), '0123456789');
    const r = await readRegularFile(p('ten'), { maxBytes: 10 });
    expect(r.ok && new TextDecoder().decode(r.value)).toBe('0123456789');
    expect(await readRegularFile(p('ten'), { maxBytes: 9, what: 'the plan file' })).toEqual({
      ok: false,
      error: {
        code: 'input-too-large',
        message: `the plan file ${p('ten')} is 10 bytes; files over 9 bytes are not read`,
        path: p('ten'),
      },
    });
  });

  it('stops at the cap when the size on disk says less than there is (generated or growing files)', async () => {
    // /proc files report size 0 and still hold kilobytes: the read itself must stop.
    expect(await readRegularFile('/proc/self/maps', { maxBytes: 100 })).toEqual({
      ok: false,
      error: {
        code: 'input-too-large',
        message:
          '/proc/self/maps holds more than 100 bytes (more than its size said: it grew while being read, or is generated); files over 100 bytes are not read',
        path: '/proc/self/maps',
      },
    });
  });

  it('never opens devices, FIFOs or sockets, and returns at once for them', async () => {
    execFileSync('mkfifo', [p('fifo')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(p('sock'), resolve));
    try {
      for (const [path, kind] of [
        ['/dev/zero', 'a character device'],
        [p('fifo'), 'a FIFO (named pipe)'],
        [p('sock'), 'a socket'],
      ] as const)
        expect(await readRegularFile(path, { maxBytes: 1000, what: 'the CA key' })).toEqual({
          ok: false,
          error: {
            code: 'input-unsupported',
            message: `the CA key ${path} is ${kind}, not a regular file; only regular files are read`,
            path,
          },
        });
    } finally {
      server.close();
    }
  });

  it('follows a link only when asked to, and escapes control characters in the name', async () => {
    writeFileSync(p('real.pem'), 'x');
    symlinkSync(p('real.pem'), p('link.pem'));
    expect((await readRegularFile(p('link.pem'), { maxBytes: 10 })).ok).toBe(true);
    expect(await readRegularFile(p('link.pem'), { maxBytes: 10, noFollow: true })).toMatchObject({
      ok: false,
      error: {
        code: 'input-unsupported',
        message: `${p('link.pem')} is a symbolic link, not a regular file; only regular files are read`,
      },
    });
    mkdirSync(p('a\nfolder'));
    expect(await readRegularFile(p('a\nfolder'), { maxBytes: 10 })).toMatchObject({
      ok: false,
      error: {
        message: `${p('a\\nfolder')} is a folder, not a regular file; only regular files are read`,
      },
    });
  });
});
