/**
 * Whether the host names APISIX will dial are in the etcd server certificates, computed as
 * issuance will compute the SANs (shared/plan/derive serverSans) and checked with Go's rules
 * (shared/pki/hostname). A host that is one member's own address reaches only that member; any
 * other host (a load balancer, a Service name) may reach every member, so all must cover it.
 */
import { classifyAddress, type AddressProblem } from '../../../../shared/plan/address';
import { memberAddresses, serverSans } from '../../../../shared/plan/derive';
import { validatePlan } from '../../../../shared/plan/plan';
import type { Plan, PlanInput } from '../../../../shared/plan/schema';
import { verifyHostname, type HostnameTarget } from '../../../../shared/pki/hostname';

/** What the clients step shows for one APISIX host. */
export type HostCoverage =
  | { readonly host: string; readonly status: 'invalid'; readonly problem: AddressProblem }
  | {
      readonly host: string;
      readonly status: 'covered' | 'uncovered';
      readonly type: 'ip' | 'dns';
      /** Members whose server certificate would not cover it, with Go's error text. */
      readonly failures: readonly { readonly member: string; readonly error: string }[];
    };

/**
 * The cluster part of the draft with defaults applied, or undefined while the members step
 * still has problems (then there is nothing sound to check against).
 */
export function clusterOf(draft: PlanInput): Plan | undefined {
  return validatePlan({ version: 1, cluster: draft.cluster }).plan;
}

const targetOf = (plan: Plan, member: Plan['cluster']['members'][number]): HostnameTarget => {
  const sans = serverSans(plan, member);
  return {
    dnsNames: sans.filter((a) => a.type === 'dns').map((a) => a.value),
    ipAddresses: sans.filter((a) => a.type === 'ip').map((a) => a.value),
    hasSanExtension: sans.length > 0,
  };
};

/** Checks one host against the server certificates that would answer it. */
export function hostCoverage(plan: Plan, host: string): HostCoverage {
  const c = classifyAddress(host);
  if (!c.ok) return { host, status: 'invalid', problem: c.problem };
  const members = plan.cluster.members;
  const owner = members.find((m) => memberAddresses(m).some((a) => a.value === c.address.value));
  const failures = (owner ? [owner] : members).flatMap((m) => {
    const r = verifyHostname(targetOf(plan, m), c.address.value);
    return r.ok ? [] : [{ member: m.name, error: r.error }];
  });
  return {
    host,
    status: failures.length === 0 ? 'covered' : 'uncovered',
    type: c.address.type,
    failures,
  };
}
