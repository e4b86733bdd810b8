/**
 * The plan after adding or removing an etcd member. Refuses what would hurt a running cluster:
 * a name or an address:port that another member has, and any change that moves an existing
 * member's files (members sharing a host get per-member folders, so a new neighbour would move
 * them, and an etcd started on an empty data dir forgets the cluster).
 */
import type { Warning } from '../generate/types';
import { memberPaths } from '../generate/paths';
import { classifyAddress } from '../plan/address';
import { memberPorts } from '../plan/derive';
import { validatePlan } from '../plan/plan';
import { ADDRESS_PROBLEM_TEXT, type Plan, type PlanMember } from '../plan/schema';
import { fail, ok, type Result } from '../result';

/** A member to add, as typed on the command line. */
export interface NewMember {
  readonly name: string;
  readonly addresses: readonly string[];
  readonly clientPort?: number;
  readonly peerPort?: number;
}

/** The new plan and what the README should say about the cluster's size. */
export interface MembershipResult {
  readonly plan: Plan;
  readonly notes: Warning[];
}

const canonical = (a: string): string => {
  const c = classifyAddress(a);
  return c.ok ? c.address.value : a;
};

/** Failures a member can survive with `n` members (etcd needs a majority). */
const tolerated = (n: number): number => Math.floor((n - 1) / 2);

function sizeNotes(n: number): Warning[] {
  if (n % 2 === 1 && n >= 3) return [];
  return [
    {
      en: `The cluster will have ${n} member${n === 1 ? '' : 's'}, which survive${n === 1 ? 's' : ''} ${tolerated(n)} failed member${tolerated(n) === 1 ? '' : 's'}; an odd number of at least 3 is what etcd recommends.`,
      zh: `集群将有 ${n} 个成员，最多容忍 ${tolerated(n)} 个成员故障；etcd 建议使用至少 3 个的奇数个成员。`,
    },
  ];
}

/** Refuses a change that would move any member's files on its machine. */
function checkPathsKept(before: Plan, after: Plan, cause: string): Result<void> {
  for (const m of after.cluster.members) {
    const old = before.cluster.members.find((o) => o.name === m.name);
    if (!old) continue;
    const a = memberPaths(before, old);
    const b = memberPaths(after, m);
    if (a.pkiDir !== b.pkiDir || a.dataDir !== b.dataDir || a.unitName !== b.unitName)
      return fail(
        'plan-invalid',
        `${cause} would move member ${m.name}'s files (data dir ${a.dataDir} -> ${b.dataDir}, keys ${a.pkiDir} -> ${b.pkiDir}), because members that share a host get a folder each; keep one member per host, or move ${m.name} first`,
        'cluster.members',
      );
  }
  return ok(undefined);
}

function revalidate(plan: Plan, what: string): Result<Plan> {
  const v = validatePlan(plan);
  if (v.plan) return ok(v.plan);
  const i = v.issues[0]!;
  return fail('plan-invalid', `${what}: ${i.path}: ${i.message}`, i.path);
}

/** The plan with `m` added; the cluster is marked as running (`initial-cluster-state: existing`). */
export function addMember(plan: Plan, m: NewMember): Result<MembershipResult> {
  const members = plan.cluster.members;
  if (members.some((x) => x.name === m.name))
    return fail(
      'plan-invalid',
      `--name ${m.name}: the bundle already has a member ${m.name}; choose a name no member has`,
      '--name',
    );
  if (m.addresses.length === 0)
    return fail(
      'option-invalid',
      '--address is required: the IP address or DNS name the new member is reached at',
      '--address',
    );
  for (const a of m.addresses) {
    const c = classifyAddress(a);
    if (!c.ok)
      return fail(
        'option-invalid',
        `--address "${a}" ${ADDRESS_PROBLEM_TEXT[c.problem]}`,
        '--address',
      );
  }
  const added: PlanMember = {
    name: m.name,
    addresses: [...m.addresses],
    ...(m.clientPort !== undefined ? { clientPort: m.clientPort } : {}),
    ...(m.peerPort !== undefined ? { peerPort: m.peerPort } : {}),
  };
  const mine = memberPorts(plan, added);
  for (const a of m.addresses) {
    for (const other of members) {
      if (!other.addresses.some((o) => canonical(o) === canonical(a))) continue;
      const theirs = memberPorts(plan, other);
      const clash = [mine.client, mine.peer].find((p) => p === theirs.client || p === theirs.peer);
      if (clash !== undefined)
        return fail(
          'plan-invalid',
          `--address ${a}: member ${other.name} already has this address and uses port ${clash} on it; give the new member its own address (or, on a shared host, other ports with --client-port and --peer-port)`,
          '--address',
        );
    }
  }
  const next = revalidate(
    {
      ...plan,
      etcd: { ...plan.etcd, initialClusterState: 'existing' },
      cluster: { ...plan.cluster, members: [...members, added] },
    },
    `plan.yaml with member ${m.name} added`,
  );
  if (!next.ok) return next;
  const kept = checkPathsKept(plan, next.value, `--address ${m.addresses.join(', ')}`);
  if (!kept.ok) return kept;
  return ok({ plan: next.value, notes: sizeNotes(members.length + 1) });
}

/** The plan without member `name`; the cluster is marked as running. */
export function removeMember(plan: Plan, name: string): Result<MembershipResult> {
  const members = plan.cluster.members;
  if (!members.some((x) => x.name === name))
    return fail(
      'plan-invalid',
      `--name ${name}: the bundle has no member ${name}; its members are ${members.map((x) => x.name).join(', ')}`,
      '--name',
    );
  if (members.length === 1)
    return fail(
      'plan-invalid',
      `--name ${name}: it is the only member; a cluster cannot remove its last member`,
      '--name',
    );
  const next = revalidate(
    {
      ...plan,
      etcd: { ...plan.etcd, initialClusterState: 'existing' },
      cluster: { ...plan.cluster, members: members.filter((x) => x.name !== name) },
    },
    `plan.yaml without member ${name}`,
  );
  if (!next.ok) return next;
  const kept = checkPathsKept(plan, next.value, `removing ${name}`);
  if (!kept.ok) return kept;
  return ok({ plan: next.value, notes: sizeNotes(members.length - 1) });
}
