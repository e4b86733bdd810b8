/**
 * Shell lines that replace files a running program reads, with no moment where a file is
 * missing or half written. `install` onto the file itself deletes it before writing the new one,
 * so a handshake in between finds no key, or a new key beside the old certificate. Here each new
 * file is copied under a hidden name in the target's own folder (a rename is atomic only within
 * one file system), then renamed over the target; a certificate and its key are renamed one
 * right after the other, key first, on one line. That leaves the moment between the two renames
 * (two `mv` runs, about a millisecond): a program reading both then gets the new key with the old
 * certificate and fails once, which the README says. RUNBOOK.md and the README share these lines.
 */
import { APISIX_PATHS, KUBEADM_PATHS, dirName, joinPath } from './paths';
import type { ClientRoles } from './types';

/** One file to put in place: bundle-relative source, absolute target, and whether it is a key. */
export interface SwapFile {
  readonly from: string;
  readonly to: string;
  readonly secret: boolean;
}

/** The hidden name a new file waits under, next to its target. */
export const stagedName = (to: string): string =>
  joinPath(dirName(to), `.${to.slice(to.lastIndexOf('/') + 1)}.new`);

/**
 * Copy lines for every file, then one rename line per group (a certificate and its key, or a
 * single trust file), keys first within a group.
 */
export function swapCommands(groups: readonly (readonly SwapFile[])[]): string[] {
  const stage = groups
    .flat()
    .map((f) => `install -m ${f.secret ? '600' : '644'} ${f.from} ${stagedName(f.to)}`);
  const move = groups.map((g) =>
    [...g.filter((f) => f.secret), ...g.filter((f) => !f.secret)]
      .map((f) => `mv -f ${stagedName(f.to)} ${f.to}`)
      .join(' && '),
  );
  return [...stage, ...move];
}

/** A certificate and its key, as one group of {@link swapCommands}. */
export const pairSwap = (
  certFrom: string,
  certTo: string,
  keyFrom: string,
  keyTo: string,
): SwapFile[] => [
  { from: certFrom, to: certTo, secret: false },
  { from: keyFrom, to: keyTo, secret: true },
];

/** A trust file alone, as one group of {@link swapCommands}. */
export const trustSwap = (from: string, to: string): SwapFile[] => [{ from, to, secret: false }];

/** Where a client's files live on its machine, for the clients the bundle places. */
export interface ClientTargets {
  readonly kind: 'kube-apiserver' | 'apisix' | 'etcdctl';
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/** The installed paths of client `name`, or undefined for a client the bundle does not place. */
export function clientTargets(
  name: string,
  roles: ClientRoles,
  etcdctlHome: string,
): ClientTargets | undefined {
  if (name === roles.kubeApiserver) return { kind: 'kube-apiserver', ...KUBEADM_PATHS };
  if (name === roles.apisix)
    return { kind: 'apisix', ca: APISIX_PATHS.ca, cert: APISIX_PATHS.cert, key: APISIX_PATHS.key };
  if (roles.etcdctl.includes(name))
    return {
      kind: 'etcdctl',
      ca: joinPath(etcdctlHome, 'ca.crt'),
      cert: joinPath(etcdctlHome, 'client.crt'),
      key: joinPath(etcdctlHome, 'client.key'),
    };
  return undefined;
}
