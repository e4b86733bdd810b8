import { describe, expect, it } from 'vitest';
import type { CertificateReport } from '../../../shared/lint/inspect-report';
import type { Role } from '../../../shared/pki/model';
import { pickProbeFiles } from './pick-files';

/** The fields pickProbeFiles reads; the rest of a report does not matter here. */
function report(
  file: string,
  cn: string,
  o: { roles?: Role[]; ok?: Role[]; keyFiles?: string[]; selfSigned?: boolean },
): CertificateReport {
  return {
    file,
    roles: o.roles ?? [],
    keyFiles: o.keyFiles ?? [],
    certificate: {
      subject: { text: `CN=${cn}`, commonName: cn },
      selfSigned: o.selfSigned ?? false,
    },
    verdicts: (['ca', 'etcd-server', 'etcd-peer', 'client'] as const).map((role) => ({
      role,
      ok: (o.ok ?? []).includes(role),
    })),
  } as unknown as CertificateReport;
}

const BUNDLE = [
  report('ca/ca.crt', 'etcd-ca', { roles: ['ca'], ok: ['ca'], selfSigned: true }),
  report('nodes/n1/server.crt', 'n1', {
    ok: ['etcd-server', 'etcd-peer', 'client'],
    keyFiles: ['nodes/n1/server.key'],
  }),
  report('clients/apisix/client.crt', 'apisix', {
    ok: ['client'],
    keyFiles: ['clients/apisix/client.key'],
  }),
  report('clients/etcdctl/client.crt', 'etcdctl', {
    ok: ['client'],
    keyFiles: ['clients/etcdctl/client.key'],
  }),
];
const all = (reports: CertificateReport[]) =>
  new Set(reports.flatMap((r) => [r.file, ...r.keyFiles]));

describe('pickProbeFiles', () => {
  it("takes the CA and etcdctl's certificate and key from a dropped bundle", () => {
    expect(pickProbeFiles(BUNDLE, all(BUNDLE))).toEqual({
      ca: 'ca/ca.crt',
      cert: 'clients/etcdctl/client.crt',
      key: 'clients/etcdctl/client.key',
    });
  });

  it('prefers a client-only certificate over a server certificate that also allows clientAuth', () => {
    const some = [
      BUNDLE[0]!,
      BUNDLE[1]!,
      report('x.crt', 'someone', { ok: ['client'], keyFiles: ['x.key'] }),
    ];
    expect(pickProbeFiles(some, all(some)).cert).toBe('x.crt');
  });

  it('uses only files whose bytes it has, and needs the key too', () => {
    const available = new Set(['ca/ca.crt', 'clients/etcdctl/client.crt']);
    expect(pickProbeFiles(BUNDLE, available)).toEqual({ ca: 'ca/ca.crt' });
  });
});
