import { describe, expect, it } from 'vitest';
import {
  endpointsFromConfig,
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
