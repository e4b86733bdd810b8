/**
 * Readers for the generated etcd files (flags, env, config), used by the tests and by anyone
 * who needs to show that the three forms of a member's settings agree.
 */
import { parse } from 'yaml';
import { flagForYaml } from './etcd-keys';

/** Splits a POSIX sh word list with single/double quotes and backslash-newline joins. */
function shellWords(text: string): string[] {
  const src = text.replace(/\\\n/g, ' ');
  const words: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "'") {
      const end = src.indexOf("'", i + 1);
      cur = (cur ?? '') + src.slice(i + 1, end);
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (; src[j] !== '"'; j++) s += src[j] === '\\' ? src[++j] : src[j];
      cur = (cur ?? '') + s;
      i = j;
    } else if (/\s/.test(ch)) {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else cur = (cur ?? '') + ch;
  }
  if (cur !== undefined) words.push(cur);
  return words;
}

const stripComments = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');

/** etcd.flags → flag → value. */
export function readEtcdFlags(text: string): Map<string, string> {
  const words = shellWords(stripComments(text));
  if (words[0] !== 'etcd') throw new Error(`command is ${words[0]}, not etcd`);
  const out = new Map<string, string>();
  for (const w of words.slice(1)) {
    const m = /^--([a-z0-9-]+)=(.*)$/s.exec(w);
    if (!m) throw new Error(`not a --flag=value word: ${w}`);
    if (out.has(m[1]!)) throw new Error(`--${m[1]} given twice`);
    out.set(m[1]!, m[2]!);
  }
  return out;
}

/** etcd.env → flag → value (ETCD_FOO_BAR → foo-bar). */
export function readEtcdEnv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stripComments(text).split('\n')) {
    if (line.trim() === '') continue;
    const m = /^ETCD_([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) throw new Error(`not an ETCD_ assignment: ${line}`);
    out.set(m[1]!.toLowerCase().replace(/_/g, '-'), shellWords(m[2]!)[0] ?? '');
  }
  return out;
}

/** etcd.conf.yml → flag → value; fails on any key the generator does not know. */
export function readEtcdConfig(text: string): {
  flags: Map<string, string>;
  raw: Record<string, unknown>;
} {
  const raw = parse(text) as Record<string, unknown>;
  const flags = new Map<string, string>();
  const add = (block: string | undefined, key: string, value: unknown) => {
    const flag = flagForYaml(block, key);
    if (!flag) throw new Error(`unknown key ${block ? `${block}.` : ''}${key}`);
    flags.set(flag, String(value));
  };
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'client-transport-security' || k === 'peer-transport-security')
      for (const [sk, sv] of Object.entries(v as Record<string, unknown>)) add(k, sk, sv);
    else add(undefined, k, v);
  }
  return { flags, raw };
}
