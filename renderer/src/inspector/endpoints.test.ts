import { describe, expect, it } from 'vitest';
import {
  endpointHintsFromPlan,
  endpointsFromConfig,
  endpointsFromConfigFile,
  endpointsFromPlan,
  parseEndpoint,
  parseEndpointList,
} from './endpoints';

describe('endpoints for the grid', () => {
  it('parses URLs, host:port, IPv6 and initial-cluster entries', () => {
    expect(parseEndpoint('https://etcd0-0.etcd:2379')).toEqual({
      text: 'https://etcd0-0.etcd:2379',
      host: 'etcd0-0.etcd',
    });
    expect(parseEndpoint('10.0.0.1:2379')?.host).toBe('10.0.0.1');
    expect(parseEndpoint('https://[fd00::1]:2379')?.host).toBe('fd00::1');
    expect(parseEndpoint('etcd0=https://10.0.0.1:2380')).toEqual({
      text: 'https://10.0.0.1:2380',
      host: '10.0.0.1',
    });
    expect(parseEndpoint('https://0.0.0.0:2379')).toBeUndefined();
    expect(parseEndpointList('a:1, a:1\nb').map((e) => e.host)).toEqual(['a', 'b']);
  });

  it('finds the URLs in etcd flags, etcd YAML and APISIX config.yaml', () => {
    const flags =
      '--listen-client-urls=https://0.0.0.0:2379 --advertise-client-urls=https://etcd0-0.etcd:2379,https://10.0.0.1:2379';
    expect(endpointsFromConfig(flags)).toEqual([
      'https://etcd0-0.etcd:2379',
      'https://10.0.0.1:2379',
    ]);
    const apisix =
      'deployment:\n  etcd:\n    host:\n      - "https://etcd.apisix.svc:2379"\n    tls:\n      verify: true\n';
    expect(endpointsFromConfig(apisix)).toEqual(['https://etcd.apisix.svc:2379']);
    const yaml = "initial-cluster: 'etcd0=https://10.0.0.1:2380,etcd1=https://10.0.0.2:2380'\n";
    expect(endpointsFromConfig(yaml)).toEqual(['https://10.0.0.1:2380', 'https://10.0.0.2:2380']);
  });

  it('takes client URLs from a plan draft', () => {
    expect(
      endpointsFromPlan({
        cluster: {
          clientPort: 2379,
          members: [
            { addresses: ['10.0.0.1', 'fd00::1'] },
            { addresses: ['etcd1'], clientPort: 12379 },
          ],
        },
      }),
    ).toEqual(['https://10.0.0.1:2379', 'https://[fd00::1]:2379', 'https://etcd1:12379']);
  });
});

describe('what configs say about endpoints', () => {
  it('reads the served certificate from each form of an etcd member config', () => {
    const yaml = [
      'name: etcd0',
      "advertise-client-urls: 'https://etcd0-0.etcd:2379,https://10.0.0.1:2379'",
      "initial-advertise-peer-urls: 'https://10.0.0.1:2380'",
      'some-future-key: true',
      'client-transport-security:',
      '  cert-file: /etc/etcd/pki/server.crt',
      'peer-transport-security:',
      '  cert-file: /etc/etcd/pki/peer.crt',
    ].join('\n');
    const env = [
      'ETCD_NAME=etcd0',
      'ETCD_ADVERTISE_CLIENT_URLS="https://etcd0-0.etcd:2379,https://10.0.0.1:2379"',
      'ETCD_INITIAL_ADVERTISE_PEER_URLS=https://10.0.0.1:2380',
      'ETCD_CERT_FILE=/etc/etcd/pki/server.crt',
      'ETCD_PEER_CERT_FILE=/etc/etcd/pki/peer.crt',
    ].join('\n');
    const flags =
      "etcd --name=etcd0 --advertise-client-urls='https://etcd0-0.etcd:2379,https://10.0.0.1:2379' \\\n  --initial-advertise-peer-urls https://10.0.0.1:2380 --cert-file=/etc/etcd/pki/server.crt --peer-cert-file=/etc/etcd/pki/peer.crt";
    for (const [name, text] of [
      ['etcd.conf.yml', yaml],
      ['etcd.env', env],
      ['etcd.flags', flags],
    ] as const) {
      const r = endpointsFromConfigFile(name, text);
      expect(r.endpoints).toEqual([
        'https://etcd0-0.etcd:2379',
        'https://10.0.0.1:2379',
        'https://10.0.0.1:2380',
      ]);
      expect(r.hints['https://10.0.0.1:2379']).toEqual({
        from: name,
        member: 'etcd0',
        certFile: '/etc/etcd/pki/server.crt',
      });
      expect(r.hints['https://10.0.0.1:2380']?.certFile).toBe('/etc/etcd/pki/peer.crt');
    }
  });

  it('marks the etcd hosts of an APISIX config as dialled through OpenSSL', () => {
    const r = endpointsFromConfigFile(
      'config.yaml',
      'deployment:\n  etcd:\n    host:\n      - "https://etcd0-0.etcd:2379"\n',
    );
    expect(r).toEqual({
      endpoints: ['https://etcd0-0.etcd:2379'],
      hints: { 'https://etcd0-0.etcd:2379': { from: 'config.yaml', openssl: true } },
    });
  });

  it('names the plan member of each client URL', () => {
    expect(
      endpointHintsFromPlan({
        cluster: { clientPort: 2379, members: [{ name: 'etcd0', addresses: ['10.0.0.1'] }] },
      }),
    ).toEqual({
      endpoints: ['https://10.0.0.1:2379'],
      hints: { 'https://10.0.0.1:2379': { from: 'plan', member: 'etcd0' } },
    });
  });
});
