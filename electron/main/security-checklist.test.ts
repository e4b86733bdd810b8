/**
 * Keeps the security checklist map true: every item of Electron's checklist is listed, every
 * listed line is still in its file, every forbidden text is absent from the sources, and
 * docs/security-checklist.md shows the same table. Reads files as text; never imports 'electron'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_CHECKLIST, type ChecklistEntry } from './security-checklist';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

// The checklist as https://www.electronjs.org/docs/latest/tutorial/security numbers it.
const ELECTRON_CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable Context Isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content Security Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  'Do not use allowpopups for WebViews',
  'Verify WebView options before creation',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
];

// The map itself names the forbidden texts; it is not evidence against itself.
const SELF = new Set([
  'electron/main/security-checklist.ts',
  'electron/main/security-checklist.test.ts',
]);
const SOURCE_EXT = new Set(['.ts', '.tsx', '.mts', '.mjs', '.cjs', '.js', '.html']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE_EXT.has(extname(d.name)))
    .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((f) => !SELF.has(f));
}

const FENCE: Record<string, string> = { '.ts': 'ts', '.yml': 'yaml', '.json': 'json' };

/** The human-readable form of the map, kept in docs/security-checklist.md. */
function render(entries: readonly ChecklistEntry[]): string {
  const out = [
    '# Electron security checklist',
    '',
    "How etcd TLS Wizard meets each item of Electron's security checklist",
    '(https://www.electronjs.org/docs/latest/tutorial/security), with the exact code that does it.',
    'Generated from `electron/main/security-checklist.ts`; `electron/main/security-checklist.test.ts`',
    'fails when a line below leaves its file, when a forbidden text appears, or when this page is',
    'stale (after a deliberate change: `npx vitest run electron/main/security-checklist.test.ts -u`).',
  ];
  for (const e of entries) {
    out.push('', `## ${e.item}. ${e.title}`, '', e.how);
    const files = [...new Set(e.lines.map((l) => l.file))];
    for (const file of files) {
      const snippets = e.lines.filter((l) => l.file === file).map((l) => l.snippet);
      out.push('', `\`${file}\`:`, '', `\`\`\`${FENCE[extname(file)] ?? ''}`, ...snippets, '```');
    }
    for (const a of e.absent ?? [])
      out.push('', `Nowhere in ${a.folders.map((f) => `\`${f}/\``).join(' or ')}: \`${a.text}\``);
  }
  return `${out.join('\n')}\n`;
}

describe('Electron security checklist map', () => {
  it('lists every checklist item once, in order, by its title', () => {
    expect(SECURITY_CHECKLIST.map((e) => `${e.item}. ${e.title}`)).toEqual(
      ELECTRON_CHECKLIST.map((title, i) => `${i + 1}. ${title}`),
    );
    for (const e of SECURITY_CHECKLIST)
      expect(e.lines.length + (e.absent?.length ?? 0), `item ${e.item}`).toBeGreaterThan(0);
  });

  const lines = SECURITY_CHECKLIST.flatMap((e) => e.lines.map((l) => ({ item: e.item, ...l })));
  it.each(lines)('item $item: $file still has the line', ({ file, snippet }) => {
    expect(read(file)).toContain(snippet);
  });

  const absences = SECURITY_CHECKLIST.flatMap((e) =>
    (e.absent ?? []).map((a) => ({ item: e.item, ...a })),
  );
  it.each(absences)('item $item: no source file contains $text', ({ folders, text }) => {
    const files = folders.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => read(f).includes(text))).toEqual([]);
  });

  it('is shown as docs/security-checklist.md', async () => {
    await expect(render(SECURITY_CHECKLIST)).toMatchFileSnapshot(
      join(root, 'docs', 'security-checklist.md'),
    );
  });
});
