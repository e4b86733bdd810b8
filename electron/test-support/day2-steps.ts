/**
 * The admin's side of the day-2 test: run the built CLI, install a bundle's files onto the
 * running members and the etcdctl host the way the bundle's README places them (each file through
 * a temporary file and a rename), and read the shell steps of a README section in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsync, type RunResult } from './async-run';
import type { ClientTls } from './etcd-cluster';
import { replaceAll, replaceFiles } from './tls-files';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** Runs `node dist/cli.cjs args` with the CA passphrase in ETW_CA_PASSPHRASE. */
export function cli(
  args: readonly string[],
  caPassphrase: string,
  cwd?: string,
): Promise<RunResult> {
  return runAsync('node', [CLI, ...args], {
    ...(cwd !== undefined ? { cwd } : {}),
    env: { ...process.env, ETW_CA_PASSPHRASE: caPassphrase },
    timeoutMs: 120_000,
  });
}

/** Certificates, keys and the trust file of one member, as the README installs them. */
export const MEMBER_TLS_FILES = ['ca.crt', 'server.crt', 'server.key', 'peer.crt', 'peer.key'];
/** The leaves alone (what a renewal or phase 2 of a CA rotation swaps). */
export const MEMBER_LEAF_FILES = ['server.crt', 'server.key', 'peer.crt', 'peer.key'];
const ETCDCTL_FILES = ['ca.crt', 'client.crt', 'client.key', 'etcdctl.env'];

/** Where the README puts things: `<pkiDir>/<member>/`, `<dir>/etcd-<member>.conf.yml`. */
export interface InstallTarget {
  /** Parent of pkiDir: the config files go here. */
  readonly dir: string;
  readonly pkiDir: string;
}

/** Installs `files` of `bundle/nodes/<member>/` and its etcd.conf.yml onto the member. */
export function installMember(
  target: InstallTarget,
  bundle: string,
  member: string,
  files: readonly string[] = MEMBER_TLS_FILES,
): void {
  const from = join(bundle, 'nodes', member);
  replaceAll([
    ...files.map((f) => [join(from, f), join(target.pkiDir, member, f)] as const),
    [join(from, 'etcd.conf.yml'), configFile(target, member)] as const,
  ]);
}

/** The installed config file of `member`. */
export function configFile(target: InstallTarget, member: string): string {
  return join(target.dir, `etcd-${member}.conf.yml`);
}

/** Installs `bundle/clients/etcdctl/` into `<pkiDir>/etcdctl/` (what the writer reads). */
export function installEtcdctl(target: InstallTarget, bundle: string): void {
  replaceFiles(join(bundle, 'clients/etcdctl'), join(target.pkiDir, 'etcdctl'), ETCDCTL_FILES);
}

/** The installed etcdctl files, for TLS calls made by the test itself. */
export function installedEtcdctlTls(target: InstallTarget): ClientTls {
  const d = join(target.pkiDir, 'etcdctl');
  return { ca: join(d, 'ca.crt'), cert: join(d, 'client.crt'), key: join(d, 'client.key') };
}

/**
 * The shell lines of the README section whose heading starts with `heading`, in order; each
 * ```sh block line is one command. Throws when the section is missing.
 */
export function readmeCommands(readmeFile: string, heading: string): string[] {
  const text = readFileSync(readmeFile, 'utf8');
  const start = text.split('\n').findIndex((l) => l.startsWith(`## ${heading}`));
  if (start < 0) throw new Error(`${readmeFile}: no section "## ${heading}…"`);
  const lines = text.split('\n').slice(start + 1);
  const end = lines.findIndex((l) => l.startsWith('## '));
  const section = end < 0 ? lines : lines.slice(0, end);
  const out: string[] = [];
  let inBlock = false;
  for (const l of section) {
    if (l.startsWith('```')) inBlock = !inBlock && l.startsWith('```sh');
    else if (inBlock && l.trim() !== '') out.push(l.trim());
  }
  return out;
}

/** The lines of the first ```sh block after the README line that starts with `marker`. */
export function readmeBlockAfter(readmeFile: string, marker: string): string[] {
  const lines = readFileSync(readmeFile, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(marker));
  if (at < 0) throw new Error(`${readmeFile}: no line starting with "${marker}"`);
  const open = lines.findIndex((l, i) => i > at && l.startsWith('```sh'));
  const close = lines.findIndex((l, i) => i > open && l.startsWith('```'));
  if (open < 0 || close < 0) throw new Error(`${readmeFile}: no sh block after "${marker}"`);
  return lines
    .slice(open + 1, close)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
