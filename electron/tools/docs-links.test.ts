/**
 * The repository explains itself: no line points at a reference outside it, and every citation
 * of a docs page and heading (`docs/<page>.md#<anchor>` in code, relative links between the
 * pages) lands on a page and heading that exist, so a renamed heading fails here, not in a reader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  'dist',
  '.tsbuild',
  'test-results',
  'playwright-report',
  'release',
]);
const TEXT_EXT = new Set(['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json', '.yml', '.yaml', '.md']);
const TEXT_EXT_LESS = new Set(['.ci/run', '.ci/setup']);

/** Every text file of the repository (no generated output), as paths relative to ROOT. */
function textFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : textFiles(path);
    const rel = relative(ROOT, path);
    return TEXT_EXT.has(extname(e.name)) || TEXT_EXT_LESS.has(rel) ? [rel] : [];
  });
}

// Names of the reference material the project was written from, which readers of the
// repository do not have. Spelled in pieces so that this file does not match itself.
const OUTSIDE = new RegExp(
  [
    'facts ' + '\u00a7',
    'facts ' + 'sheet',
    'interop' + '-lab',
    'peers' + '\\.md',
    'house' + '-style',
  ]
    .concat(['\\.\\./shared/' + 'docs', 'etcd-tls-' + 'facts'])
    .join('|'),
  'i',
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown page, with GitHub's -1, -2 suffixes for repeated headings. */
function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = headingSlug(m[1]!);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

interface Citation {
  readonly where: string;
  /** Page path relative to ROOT. */
  readonly page: string;
  readonly anchor?: string;
}

/** `docs/<page>.md#<anchor>` anywhere, and relative links `](page.md#anchor)` in markdown. */
function citationsIn(file: string, text: string): Citation[] {
  const out: Citation[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    for (const m of line.matchAll(/(?<![\w./-])(docs\/[\w.-]+\.md)(?:#([\w-]+))?/g))
      out.push({ where, page: m[1]!, anchor: m[2] });
    if (extname(file) !== '.md') return;
    for (const m of line.matchAll(/\]\(([^)\s]*)\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/i.test(target) || target === '') continue;
      const [path, anchor] = target.split('#') as [string, string | undefined];
      if (path !== '' && !path.endsWith('.md')) continue;
      const page = path === '' ? file : normalize(join(dirname(file), path));
      out.push({ where, page, anchor });
    }
  });
  return out;
}

const files = textFiles();
const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

describe('the repository is self-contained', () => {
  it('finds the files it checks', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'package.json']));
    expect(files.some((f) => f.startsWith('node_modules'))).toBe(false);
  });

  it('no line points at reference material outside the repository', () => {
    const hits = files.flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('every cited docs page and heading exists', () => {
    const pages = new Map<string, Set<string> | undefined>();
    const anchorsFor = (page: string) => {
      if (!pages.has(page)) {
        const exists = files.includes(page);
        pages.set(page, exists ? anchorsOf(read(page)) : undefined);
      }
      return pages.get(page);
    };
    const citations = files.flatMap((f) => citationsIn(f, read(f)));
    const broken = citations.flatMap((c) => {
      const anchors = anchorsFor(c.page);
      if (!anchors) return [`${c.where}: no page ${c.page}`];
      if (c.anchor !== undefined && !anchors.has(c.anchor))
        return [`${c.where}: no heading #${c.anchor} in ${c.page}`];
      return [];
    });
    expect(broken).toEqual([]);
    // The check really ran over the code's citations, not over nothing.
    expect(citations.filter((c) => !c.where.startsWith('docs/')).length).toBeGreaterThan(50);
  });

  it('computes anchors the way GitHub does', () => {
    expect(headingSlug('Server certificate without clientAuth')).toBe(
      'server-certificate-without-clientauth',
    );
    expect(headingSlug('Go\u2019s `crypto/x509`: [checks](x.md), 2.0!')).toBe(
      'gos-cryptox509-checks-20',
    );
    expect([...anchorsOf('# A\n```\n# not a heading\n```\n## A\n### B b\n')]).toEqual([
      'a',
      'a-1',
      'b-b',
    ]);
  });
});
