// Fails when an import cycle exists among the project's own modules: a cycle means modules
// that cannot be understood (or moved) one without the other. In shared/ and electron/ every
// import counts, type-only ones included. In renderer/ only runtime imports count: zustand's
// slice pattern has each slice name the whole store's type (`import type { AppState }`), a
// type-only loop that disappears at compile time. TypeScript's parser lists each file's imports;
// Tarjan's algorithm finds the strongly connected components. Run by `npm test`; see
// docs/ARCHITECTURE.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(['node_modules', 'dist', '.tsbuild', 'test-results', 'testdata']);

/** Every .ts/.tsx file under the given folders. */
function listSources(dirs) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (SKIP.has(name)) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  dirs.filter((d) => existsSync(d)).forEach(walk);
  return out;
}

/** Resolves a relative specifier the way the bundler does (x.ts, x.tsx, x/index.ts). */
function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const c of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(c) && statSync(c).isFile() && SOURCE.test(c)) return c;
  return undefined;
}

/** Folders where type-only imports do not count (see the header). */
const typeOnlyExempt = (rel) => rel.startsWith('renderer/');

/** The module specifiers a file imports or re-exports, and whether each is type-only. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const named =
        c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings : undefined;
      const typeOnly =
        c !== undefined &&
        (c.isTypeOnly ||
          (!c.name &&
            named !== undefined &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      out.push({ spec: st.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(st) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier)
    ) {
      out.push({ spec: st.moduleSpecifier.text, typeOnly: st.isTypeOnly });
    }
  }
  return out;
}

/** The import cycles among the files under `dirs`, each as a list of paths relative to `root`. */
export function findCycles(root, dirs) {
  const files = listSources(dirs.map((d) => resolve(root, d)));
  const graph = new Map();
  for (const f of files) {
    const countTypes = !typeOnlyExempt(relative(root, f));
    const deps = importsOf(f)
      .filter((i) => countTypes || !i.typeOnly)
      .map((i) => resolveImport(f, i.spec))
      .filter(Boolean);
    graph.set(f, [...new Set(deps)]);
  }
  // Tarjan's strongly connected components, iterative so deep chains cannot overflow the stack.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const cycles = [];
  for (const start of graph.keys()) {
    if (idx.has(start)) continue;
    const work = [[start, 0]];
    idx.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      const deps = graph.get(v) ?? [];
      if (i < deps.length) {
        frame[1]++;
        const w = deps[i];
        if (!graph.has(w)) continue;
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === idx.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        const selfLoop = (graph.get(v) ?? []).includes(v);
        if (component.length > 1 || selfLoop)
          cycles.push(component.map((p) => relative(root, p)).sort());
      }
    }
  }
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--root DIR` checks another tree (the tests use it); by default, this repository.
  const at = process.argv.indexOf('--root');
  const root =
    at > 0 && process.argv[at + 1]
      ? resolve(process.argv[at + 1])
      : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dirs = ['shared', 'electron', 'renderer', 'e2e'];
  const cycles = findCycles(root, dirs);
  if (cycles.length > 0) {
    console.error(
      `import cycles (${cycles.length}); break each one by moving the shared part down:`,
    );
    for (const c of cycles) console.error(`  ${c.join(' <-> ')}`);
    process.exit(1);
  }
  console.log(`check-cycles: no import cycles in ${dirs.join(', ')}`);
}
