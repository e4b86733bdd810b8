import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../../../shared/plan/schema';
import { clusterOf, hostCoverage } from './host-coverage';

const draft: PlanInput = {
  version: 1,
  cluster: {
    extraSans: ['*.etcd.example.com', '10.0.0.100'],
    members: [
      { name: 'e0', addresses: ['10.0.0.10', 'e0.example.com'] },
      { name: 'e1', addresses: ['10.0.0.11', 'e1.example.com'] },
    ],
  },
};

describe('APISIX host coverage', () => {
  const plan = clusterOf(draft)!;

  it('checks a member address against that member only, other hosts against all', () => {
    expect(hostCoverage(plan, 'e0.example.com')).toMatchObject({ status: 'covered', type: 'dns' });
    expect(hostCoverage(plan, 'a.etcd.example.com')).toMatchObject({ status: 'covered' });
    expect(hostCoverage(plan, '10.0.0.100')).toMatchObject({ status: 'covered', type: 'ip' });
  });

  it("reports uncovered hosts per member with Go's error text", () => {
    const r = hostCoverage(plan, 'etcd.example.com');
    expect(r).toMatchObject({ status: 'uncovered' });
    expect(r.status === 'uncovered' && r.failures.map((f) => f.member)).toEqual(['e0', 'e1']);
    expect(r.status === 'uncovered' && r.failures[0]!.error).toMatch(
      /^x509: certificate is valid for e0\.example\.com, localhost, \*\.etcd\.example\.com, not etcd\.example\.com$/,
    );
    expect(hostCoverage(plan, 'https://e0.example.com')).toMatchObject({
      status: 'invalid',
      problem: 'has-scheme',
    });
  });

  it('has nothing to check against while the members are invalid', () => {
    expect(clusterOf({ version: 1, cluster: { members: [{ name: 'e0', addresses: [] }] } })).toBe(
      undefined,
    );
  });
});
