/**
 * The built executable's own plumbing (bin.ts), as a user's shell or script meets it: output
 * written straight to the descriptors arrives whole through a pipe that fills up, a reader that
 * leaves early ends the output quietly, and secrets are asked for only on a terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-support/tools';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');
const dir = tempDir('etw-cli-bin-');
afterAll(() => dir.remove());
const bundle = join(dir.path, 'bundle');

/** A plan of `n` members: its bundle's `inspect --json` is far more than a pipe holds (64 KiB). */
const planOf = (n: number) =>
  [
    'version: 1',
    'ca: { commonName: etcd-ca }',
    'cluster:',
    '  members:',
    ...Array.from(
      { length: n },
      (_, i) => `    - { name: etcd${i}, addresses: [10.0.0.${i + 1}, etcd${i}.example.internal] }`,
    ),
    'clients: [kube-apiserver, apisix, etcdctl]',
    '',
  ].join('\n');

beforeAll(() => {
  writeFileSync(join(dir.path, 'plan.yaml'), planOf(20));
  const r = run('node', [
    CLI,
    'issue',
    '--plan',
    join(dir.path, 'plan.yaml'),
    '--out',
    bundle,
    '--export-ca-key',
    'none',
  ]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

describe('the executable', () => {
  it('delivers a report bigger than a pipe whole, also through a non-blocking pipe read late', async () => {
    const whole = run('node', [CLI, 'inspect', '--json', bundle]);
    expect(whole.stdout.length).toBeGreaterThan(200_000);
    const report = JSON.parse(whole.stdout) as { files: unknown[] };
    expect(report.files.length).toBeGreaterThan(100);

    // Through a FIFO made non-blocking for the child, as a parent that made its pipe non-blocking
    // would hand it over (Node's own spawn makes a child's stdio blocking again, so perl, always
    // on Debian, sets the flag and runs the CLI); we read only once the pipe has filled.
    const fifo = join(dir.path, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const nonBlocking =
      'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die $!; exec @ARGV';
    const child = spawn('perl', ['-e', nonBlocking, 'node', CLI, 'inspect', '--json', bundle], {
      stdio: ['ignore', writeEnd, 'pipe'],
    });
    closeSync(writeEnd);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(65536);
    for (;;) {
      let n: number;
      try {
        n = readSync(readEnd, buf);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    closeSync(readEnd);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    const late = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { now: string };
    expect({ ...late, now: '' }).toEqual({ ...report, now: '' });
  });

  it('ends quietly when the reader goes away (`| head`)', () => {
    const r = spawnSync('sh', ['-c', `node "${CLI}" inspect --json "${bundle}" | head -c 100`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('asks for the CA passphrase twice on a terminal, and keeps the key encrypted with it', async () => {
    // util-linux's script(1) gives the CLI a terminal; each answer goes in once its prompt shows.
    const out = join(dir.path, 'typed');
    const command = `node "${CLI}" issue --plan "${join(dir.path, 'plan.yaml')}" --out "${out}"`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH },
    });
    let seen = '';
    const answered = new Set<string>();
    child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString();
      for (const prompt of ['CA key passphrase:', 'CA key passphrase (again):'])
        if (seen.includes(prompt) && !answered.has(prompt)) {
          answered.add(prompt);
          child.stdin!.write('correct horse battery staple\r');
        }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(answered.size).toBe(2);
    expect(code).toBe(0);
    expect(seen).not.toContain('correct horse');
    expect(readFileSync(join(out, 'ca', 'ca.key'), 'utf8')).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----/,
    );
  });

  it('asks for no secret when stdin is not a terminal: it names the variable instead', () => {
    for (const input of ['', 'typed passphrase\n']) {
      const r = run(
        'node',
        [CLI, 'issue', '--plan', join(dir.path, 'plan.yaml'), '--out', join(dir.path, 'x')],
        { input, env: { PATH: process.env.PATH } },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('ETW_CA_PASSPHRASE');
      expect(r.stderr).not.toContain('CA key passphrase:');
    }
    expect(() => readFileSync(join(dir.path, 'x', 'ca', 'ca.crt'))).toThrow();
  });
});
