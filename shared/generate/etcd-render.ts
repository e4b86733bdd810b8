/**
 * Renders one member's settings as etcd.conf.yml, etcd.env, an etcd command line and a
 * systemd unit. All forms come from the same list (etcd-settings.ts).
 */
import type { EtcdVersion } from '../plan/schema';
import type { CommentText } from './comment-text';
import { COMMENTS_EN } from './comments-en';
import { hashLines } from './comments';
import { ETCD_KEYS, etcdEnvName } from './etcd-keys';
import type { EtcdSetting } from './etcd-settings';
import type { MemberPaths } from './paths';

const SAFE = /^[A-Za-z0-9_./:,=@+%-]+$/;

/** Quotes a value for POSIX sh only when needed. */
export function shellQuote(value: string): string {
  return SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes a value for a systemd EnvironmentFile / sh assignment only when needed. */
function envQuote(value: string): string {
  return SAFE.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** systemd splits ExecStart on spaces unless the argument is double-quoted. */
const unitQuote = (v: string): string => (SAFE.test(v) ? v : `"${v.replace(/(["\\])/g, '\\$1')}"`);

const text = (v: string | boolean): string => (typeof v === 'boolean' ? String(v) : v);
const comment = (why: string | undefined, indent = ''): string[] =>
  why === undefined ? [] : [`${indent}# ${why}`];

/**
 * etcd.conf.yml: URL lists as quoted comma-separated strings
 * (docs/etcd-tls.md#url-lists-in-the-config-file).
 */
export function renderConfigYaml(
  member: string,
  version: EtcdVersion,
  paths: MemberPaths,
  settings: readonly EtcdSetting[],
  c: CommentText = COMMENTS_EN,
): string {
  const scalar = (v: string | boolean) => (typeof v === 'boolean' ? String(v) : JSON.stringify(v));
  const lines = [...hashLines(c.etcd.confHead(version, member, paths.configFile)), ''];
  const blocks = new Map<string, string[]>();
  for (const s of settings) {
    const loc = ETCD_KEYS[s.flag]!.yaml;
    if (loc.block === undefined) {
      lines.push(...comment(s.why), `${loc.key}: ${scalar(s.value)}`);
    } else {
      const body = blocks.get(loc.block) ?? [];
      body.push(...comment(s.why, '  '), `  ${loc.key}: ${scalar(s.value)}`);
      blocks.set(loc.block, body);
    }
  }
  for (const [block, body] of blocks) lines.push('', `${block}:`, ...body);
  return `${lines.join('\n')}\n`;
}

/** etcd.env: one ETCD_* variable per setting, for a systemd EnvironmentFile. */
export function renderEnv(
  member: string,
  version: EtcdVersion,
  paths: MemberPaths,
  settings: readonly EtcdSetting[],
  c: CommentText = COMMENTS_EN,
): string {
  const lines = hashLines(c.etcd.envHead(version, member, paths.envFile));
  for (const s of settings)
    lines.push('', ...comment(s.why), `${etcdEnvName(s.flag)}=${envQuote(text(s.value))}`);
  return `${lines.join('\n')}\n`;
}

/** etcd.flags: the same settings as one command line with continuation lines. */
export function renderFlags(
  member: string,
  version: EtcdVersion,
  settings: readonly EtcdSetting[],
  c: CommentText = COMMENTS_EN,
): string {
  const notes = settings.filter((s) => s.why !== undefined).map((s) => `#   --${s.flag}: ${s.why}`);
  const args = settings.map((s) => `  --${s.flag}=${shellQuote(text(s.value))}`);
  return [
    ...hashLines(c.etcd.flagsHead(version, member)),
    ...notes,
    'etcd \\',
    `${args.join(' \\\n')}`,
    '',
  ].join('\n');
}

/** etcd.service: a systemd unit that starts etcd from the config file. */
export function renderSystemdUnit(
  member: string,
  version: EtcdVersion,
  paths: MemberPaths,
  c: CommentText = COMMENTS_EN,
): string {
  return [
    ...hashLines(c.etcd.unitHead(version, member, paths.unitName, paths.configFile)),
    '',
    '[Unit]',
    `Description=etcd member ${member}`,
    'Documentation=https://etcd.io/docs/',
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    ...hashLines([c.etcd.unitNotify]),
    'Type=notify',
    `ExecStart=/usr/local/bin/etcd --config-file ${unitQuote(paths.configFile)}`,
    'Restart=on-failure',
    'RestartSec=5s',
    ...hashLines([c.etcd.unitNofile]),
    'LimitNOFILE=65536',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}
