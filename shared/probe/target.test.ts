import { describe, expect, it } from 'vitest';
import { parseProbeTarget, splitProbeUrls } from './target';

describe('parseProbeTarget', () => {
  it.each([
    ['https://10.0.0.1:2379', 'https://10.0.0.1:2379', '10.0.0.1', true],
    ['http://127.0.0.1:2380/', 'http://127.0.0.1:2380', '127.0.0.1', true],
    ['HTTPS://etcd-0.example:2379', 'https://etcd-0.example:2379', 'etcd-0.example', false],
    // Like etcdctl: no scheme means TLS; no port means the client port.
    ['etcd-0:2379', 'https://etcd-0:2379', 'etcd-0', false],
    ['https://etcd-0', 'https://etcd-0:2379', 'etcd-0', false],
    ['https://[::1]:2379', 'https://[::1]:2379', '::1', true],
    ['[fd00::1]:2380', 'https://[fd00::1]:2380', 'fd00::1', true],
    // --initial-cluster entries.
    ['etcd0=https://10.0.0.1:2380', 'https://10.0.0.1:2380', '10.0.0.1', true],
  ])('%s dials %s', (raw, dialled, host, isIp) => {
    const r = parseProbeTarget(raw);
    expect(r).toEqual({
      ok: true,
      target: expect.objectContaining({ dialled, host, isIp }),
    });
  });

  it.each([
    ['unix:///var/run/etcd.sock', 'scheme'],
    ['ftp://x:21', 'scheme'],
    ['https://10.0.0.1:2379/v3/kv/range', 'path'],
    ['https://10.0.0.1:99999', 'port'],
    ['https://10.0.0.1:0', 'port'],
    ['https://0.0.0.0:2379', 'unspecified'],
    ['https://[::]:2379', 'unspecified'],
    ['https://fd00::1:2379', 'syntax'],
    ['https://', 'syntax'],
    ['https://a b:2379', 'syntax'],
  ])('%s is refused (%s)', (raw, problem) => {
    expect(parseProbeTarget(raw)).toEqual({ ok: false, problem });
  });
});

describe('splitProbeUrls', () => {
  it('splits on spaces, commas and lines, keeps the order and drops duplicates', () => {
    expect(
      splitProbeUrls('https://a:2379, https://b:2379\n\nhttps://a:2379  http://c:2380'),
    ).toEqual(['https://a:2379', 'https://b:2379', 'http://c:2380']);
  });
});
