/**
 * The layer rules are real: a probe file that breaks each one is refused by ESLint with a message
 * that names the right door, and an import cycle is refused by the cycle check.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-support/tools';

const ROOT = join(__dirname, '..', '..');
const probes: string[] = [];

/** Writes a probe source file inside the repository (removed after the tests). */
function probe(rel: string, text: string): string {
  const path = join(ROOT, rel);
  writeFileSync(path, text);
  probes.push(path);
  return path;
}

afterAll(() => probes.forEach((p) => rmSync(p, { force: true })));

async function lint(path: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([path]);
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules of electron/', () => {
  it('a capability may not import a host, and is told where the code belongs', async () => {
    const p = probe(
      'electron/pki/zz-layer-probe.ts',
      "import { main } from '../cli/index';\nimport { webDialogs } from '../web-host/dialogs';\nexport const x = [main, webDialogs];\n",
    );
    const messages = await lint(p);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("'../cli/index' import is restricted");
    expect(messages[0]).toContain('electron/cli is a host');
    expect(messages[1]).toContain('electron/web-host is a host');
    for (const m of messages) expect(m).toContain('move the shared code into the capability');
  });

  it("the CLI may not import the Electron main process, nor anything import 'electron'", async () => {
    const cli = probe(
      'electron/cli/zz-layer-probe.ts',
      "import { createMainWindow } from '../main/window';\nexport const x = createMainWindow;\n",
    );
    const [m] = await lint(cli);
    expect(m).toContain("electron/main is the Electron host and imports 'electron'");
    const cap = probe(
      'electron/export/zz-layer-probe.ts',
      "import { shell } from 'electron';\nexport const x = shell;\n",
    );
    expect(await lint(cap)).toEqual([
      expect.stringContaining("Only electron/main and electron/preload may import 'electron'"),
    ]);
  });

  it('hosts may use the capabilities', async () => {
    const p = probe(
      'electron/web-host/zz-layer-probe.ts',
      "import { nodeServices } from '../rpc/table';\nexport const x = nodeServices;\n",
    );
    expect(await lint(p)).toEqual([]);
  });
});

describe('import cycles', () => {
  const dir = tempDir('etw-cycles-');
  afterAll(() => dir.remove());
  const script = join(ROOT, 'electron', 'tools', 'check-cycles.mjs');

  it('finds a loop, type-only edges included, and names every file in it', () => {
    mkdirSync(join(dir.path, 'electron', 'x'), { recursive: true });
    writeFileSync(
      join(dir.path, 'electron/x/a.ts'),
      "import { b } from './b';\nexport const a = b;\n",
    );
    writeFileSync(
      join(dir.path, 'electron/x/b.ts'),
      "import type { T } from './c';\nexport const b: T = 1;\n",
    );
    writeFileSync(
      join(dir.path, 'electron/x/c.ts'),
      "import { a } from './a';\nexport type T = typeof a;\n",
    );
    const r = run('node', [script, '--root', dir.path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('electron/x/a.ts <-> electron/x/b.ts <-> electron/x/c.ts');
  });

  it('lets the renderer store name its own type from each slice (type-only), but not a runtime loop', () => {
    const store = join(dir.path, 'renderer');
    rmSync(join(dir.path, 'electron'), { recursive: true, force: true });
    mkdirSync(store, { recursive: true });
    writeFileSync(
      join(store, 'index.ts'),
      "import { s } from './slice';\nexport type S = typeof s;\n",
    );
    writeFileSync(
      join(store, 'slice.ts'),
      "import type { S } from './index';\nexport const s = 1 as unknown as S;\n",
    );
    expect(run('node', [script, '--root', dir.path]).status).toBe(0);
    writeFileSync(join(store, 'slice.ts'), "import { x } from './other';\nexport const s = x;\n");
    writeFileSync(
      join(store, 'other.ts'),
      "import { s } from './slice';\nexport const x = () => s;\n",
    );
    const r = run('node', [script, '--root', dir.path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('renderer/other.ts <-> renderer/slice.ts');
  });
});
