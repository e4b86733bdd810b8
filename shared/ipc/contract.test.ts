import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL_NAMES, REQUEST_CHANNEL_NAMES } from './channel-names';
import { EVENT_CHANNELS, REQUESTS, REQUEST_CHANNELS, isRequestChannel } from './contract';
import { eventMethodName, methodName } from './define';
import { decodeWire, encodeWire } from './wire';

describe('IPC contract', () => {
  it('names every channel domain:verb-noun and derives distinct method names', () => {
    const names = [...REQUEST_CHANNELS, ...EVENT_CHANNELS];
    for (const c of names)
      expect(c).toMatch(/^(app|plan|pki|export|inspect|day2|probe):[a-z]+(-[a-z]+)*$/);
    const methods = [...REQUEST_CHANNELS.map(methodName), ...EVENT_CHANNELS.map(eventMethodName)];
    expect(new Set(methods).size).toBe(methods.length);
    expect(methodName('pki:import-ca')).toBe('pkiImportCa');
    expect(methodName('export:write-bundle')).toBe('exportWriteBundle');
    expect(eventMethodName('pki:progress')).toBe('onPkiProgress');
  });

  it('lists the same channel names without the schemas as the contract does', () => {
    expect([...REQUEST_CHANNEL_NAMES].sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect([...EVENT_CHANNEL_NAMES].sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('probe: URLs and either files or an export folder id, never a path', () => {
    const arg = REQUESTS['probe:check-endpoints'].arg;
    expect(arg.safeParse({ urls: ['https://10.0.0.1:2379'] }).success).toBe(true);
    expect(arg.safeParse({ urls: [] }).success).toBe(false);
    expect(
      arg.safeParse({ urls: ['https://a:2379'], files: {}, exportFolderId: 'abcdefgh1234' })
        .success,
    ).toBe(false);
    expect(arg.safeParse({ urls: ['https://a:2379'], exportFolderId: '/etc' }).success).toBe(false);
    expect(arg.safeParse({ urls: ['https://a:2379'], folder: '/tmp/bundle' }).success).toBe(false);
  });

  it('recognises only own channel names, not prototype keys', () => {
    expect(isRequestChannel('plan:validate')).toBe(true);
    expect(isRequestChannel('toString')).toBe(false);
    expect(isRequestChannel('__proto__')).toBe(false);
    expect(isRequestChannel(42)).toBe(false);
  });

  it('rejects a pki:issue argument whose plan is invalid, naming the field', () => {
    const r = REQUESTS['pki:issue'].arg.safeParse({
      plan: { version: 1, cluster: { members: [{ name: 'e0', addresses: ['https://x:2379'] }] } },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['plan', 'cluster', 'members', 0, 'addresses', 0]);
  });

  it('rejects oversize and path-like inputs', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    expect(
      REQUESTS['inspect:read-files'].arg.safeParse({ files: [{ name: 'a.pem', bytes: big }] })
        .success,
    ).toBe(false);
    expect(
      REQUESTS['plan:save'].arg.safeParse({ plan: {}, fileName: '../etc/passwd.yaml' }).success,
    ).toBe(false);
    expect(REQUESTS['app:get-info'].arg.safeParse(undefined).success).toBe(true);
  });
});

describe('wire encoding', () => {
  it('round-trips bytes (Uint8Array and Node Buffer) inside nested values', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_v, i) => (i * 7) % 256);
    const value = {
      files: [
        { name: 'a.der', bytes },
        { name: 'b', bytes: Buffer.from('hi') },
      ],
    };
    const back = decodeWire(encodeWire(value)) as { files: { name: string; bytes: Uint8Array }[] };
    expect(back.files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.files[0]!.bytes)).toEqual(Array.from(bytes));
    expect(new TextDecoder().decode(back.files[1]!.bytes)).toBe('hi');
  });

  it('leaves objects that merely contain a $bytes key among others alone', () => {
    expect(decodeWire('{"a":{"$bytes":"aGk=","x":1}}')).toEqual({ a: { $bytes: 'aGk=', x: 1 } });
  });
});
