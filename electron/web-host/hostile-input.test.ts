/**
 * The browser host under inputs that must not hurt, over HTTP as the page sends them: alias
 * bombs, oversized and pathological plans answer as plan errors (never 500, never a stalled
 * host), and each tab's event stream carries only the events its own requests caused.
 */
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_TAB_HEADER, decodeWire } from '../../shared/ipc/wire';
import { tempDir } from '../test-support/tools';
import { callApi, signIn, startTestHost, type SignedIn } from '../test-support/web-host-client';
import type { WebHost } from './server';

const dir = tempDir('etw-webhost-hostile-');
let host: WebHost;
let me: SignedIn;
beforeAll(async () => {
  host = await startTestHost(dir.path);
  me = await signIn(host);
});
afterAll(async () => {
  await host.close();
  dir.remove();
});

const open = async (name: string, text: string) => {
  const r = await callApi(host, me, 'plan:open', { file: { name, text } });
  expect(r.status).toBe(200);
  return decodeWire(r.body);
};

describe('plan:open over HTTP', () => {
  it('an alias bomb is a plan error, not a 500', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    expect(await open('bomb.yaml', levels.join('\n'))).toEqual({
      ok: false,
      error: {
        code: 'plan-yaml',
        message:
          'bomb.yaml: not a usable plan: its YAML aliases (*name) expand too much (Excessive alias count indicates a resource exhaustion attack); write the values out instead of repeating anchors',
      },
    });
  });

  it('a 1 MiB plan of quote characters is refused by size, before parsing', async () => {
    expect(await open('quotes.yaml', '"'.repeat(1024 * 1024))).toEqual({
      ok: false,
      error: {
        code: 'input-too-large',
        message:
          'quotes.yaml is larger than 64 KiB, and a plan file is a few kilobytes: it was not read. Check the file name; write a plan with: etcd-tls-wizard init > plan.yaml',
        path: 'quotes.yaml',
      },
    });
  });

  it('a slow plan is read off the host thread: other requests are answered meanwhile', async () => {
    // Thousands of entries just under the cap: about half a second of parsing.
    let slow = '';
    for (let i = 0; slow.length < 60 * 1024; i++) slow += `k${i}: [${i}, {a: b}]\n`;
    const order: string[] = [];
    const plan = callApi(host, me, 'plan:open', { file: { name: 'slow.yaml', text: slow } }).then(
      (r) => (order.push('plan'), r),
    );
    // Asked once the plan is surely being parsed; a host parsing on its own thread would answer
    // it only after the plan.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const info = callApi(host, me, 'app:get-info').then((r) => (order.push('info'), r));
    const [p, i] = await Promise.all([plan, info]);
    expect(order).toEqual(['info', 'plan']);
    expect(i.status).toBe(200);
    expect(decodeWire(p.body)).toMatchObject({ ok: true, value: { status: 'opened' } });
  });

  it('control characters in a plan value come back escaped, on one line', async () => {
    const text =
      'version: 1\ncluster:\n  members:\n    - name: n1\n      addresses: ["a\\nb\\u202e"]\n';
    expect(await open('p.yaml', text)).toMatchObject({
      ok: true,
      value: {
        issues: [
          {
            path: 'cluster.members[0].addresses[0]',
            line: 5,
            message:
              '"a\\nb\\u202e" is not a valid DNS name (letters, digits, "-" and "." only, labels up to 63 characters)',
          },
        ],
      },
    });
  });
});

/** An open event stream of one tab, collecting its lines; resolves once the host holds it. */
async function eventStream(as: SignedIn): Promise<{ lines: string[]; req: ClientRequest }> {
  const lines: string[] = [];
  let buffer = '';
  const req = request({
    host: '127.0.0.1',
    port: host.port,
    path: '/api/events',
    headers: { host: `127.0.0.1:${host.port}`, cookie: as.cookie, [WEB_TAB_HEADER]: as.tab },
  });
  const opened = new Promise((resolve) => req.once('response', resolve));
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (c: string) => {
      buffer += c;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts.filter(Boolean));
    });
  });
  req.on('error', () => {});
  req.end();
  await opened;
  return { lines, req };
}

const plan = (name: string) => ({
  plan: { version: 1, cluster: { members: [{ name, addresses: ['10.0.0.1'] }] } },
});

describe('events', () => {
  it('go only to the tab whose request caused them, and carry no key material', async () => {
    const other = await signIn(host); // another browser
    const sibling = await signIn(host, me.cookie); // another tab of the same browser
    const mine = await eventStream(me);
    const theirs = await eventStream(other);
    const next = await eventStream(sibling);
    try {
      const issue = async (as: SignedIn, name: string) => {
        const r = await callApi(host, as, 'pki:issue', plan(name));
        expect(decodeWire(r.body)).toMatchObject({ ok: true });
        expect(r.body).not.toMatch(/PRIVATE KEY|"d":/);
      };
      const done = (s: { lines: string[] }, name: string) =>
        expect
          .poll(() => s.lines.filter((l) => l.includes(name)).length, { timeout: 20_000 })
          .toBeGreaterThan(0);
      // Each stream is checked for others' events only after an event of its own has arrived
      // behind them on the same connection.
      await issue(me, 'alpha');
      await done(mine, 'alpha');
      await issue(other, 'bravo');
      await done(theirs, 'bravo');
      await issue(sibling, 'charlie');
      await done(next, 'charlie');
      await issue(me, 'delta');
      await done(mine, 'delta');
      await issue(other, 'echo');
      await done(theirs, 'echo');
      const names = (s: { lines: string[] }) =>
        ['alpha', 'bravo', 'charlie', 'delta', 'echo'].filter((n) =>
          s.lines.some((l) => l.includes(n)),
        );
      expect(names(mine)).toEqual(['alpha', 'delta']);
      expect(names(theirs)).toEqual(['bravo', 'echo']);
      expect(names(next)).toEqual(['charlie']);
      for (const s of [mine, theirs, next])
        for (const l of s.lines) {
          expect(decodeWire(l)).toMatchObject({ event: 'pki:progress' });
          expect(l).not.toMatch(/PRIVATE KEY/);
        }
    } finally {
      for (const s of [mine, theirs, next]) s.req.destroy();
    }
  });
});
