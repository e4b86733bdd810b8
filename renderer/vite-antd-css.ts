import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/**
 * Ant Design's static sheet (antd/dist/antd.css, ~1 MB) in two deliveries, so that a cold load
 * parses only what the first screen needs before anything can run (a page's module scripts wait
 * for its style sheets):
 *
 * - `antd/dist/antd.css?first-screen`: the rules a first-screen component can match, in their
 *   order. A rule is kept when one of its selectors names only classes of those components
 *   (`prefixes`: `ant-btn` covers `ant-btn-primary`), or no Ant Design class at all (resets,
 *   keyframes).
 * - `antd/dist/antd.css?late=K-of-N`: the whole sheet again, cut into N consecutive parts (each
 *   parsed in a short task of its own), loaded after the first screen and before any other view
 *   (renderer/src/late-styles.ts), through the module `virtual:etw-late-styles`: one dynamic
 *   import per part, then the app's sheet.
 *
 * Why the late parts repeat the first-screen rules instead of leaving them out: the cascade then
 * stays exactly Ant Design's. A rule that appears twice with the same declarations counts at its
 * last place, so every rule counts at its place in the whole sheet, in the original order; only
 * leaving rules out of the late parts would move the first-screen ones ahead of rules that came
 * after them. The app's own sheet is loaded once more after the late parts for the same reason
 * (it must stay after Ant Design's).
 */
export function antdCss(options: {
  /** Class prefixes of the components the first screen shows. */
  readonly prefixes: readonly string[];
  /** How many parts the late sheet is cut into. */
  readonly parts: number;
  /** The app's own sheet, loaded again after the late parts (a path from the Vite root). */
  readonly appSheet: string;
}): Plugin {
  const { prefixes, parts, appSheet } = options;
  const ofFirstScreen = (cls: string) => prefixes.some((p) => cls === p || cls.startsWith(`${p}-`));
  const selectorKept = (selector: string) =>
    [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)]
      .map((m) => m[1]!)
      .filter((cls) => cls.startsWith('ant'))
      .every(ofFirstScreen);

  const firstScreen = (root: Root): string => {
    root.walkRules((rule) => {
      const inKeyframes = rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name);
      if (!inKeyframes && !rule.selectors.some(selectorKept)) rule.remove();
    });
    // @media, @supports and @container blocks left without a rule.
    let emptied = true;
    while (emptied) {
      emptied = false;
      root.walkAtRules((at) => {
        if (at.nodes !== undefined && at.nodes.length === 0) {
          at.remove();
          emptied = true;
        }
      });
    }
    return root.toString();
  };

  /** Part `k` (1-based) of `n`: consecutive top-level rules, cut at about equal sizes. */
  const late = (root: Root, k: number, n: number): string => {
    const nodes = root.nodes.map((node) => node.toString());
    const total = nodes.reduce((sum, s) => sum + s.length, 0);
    const out: string[] = [];
    let before = 0;
    for (const s of nodes) {
      // A rule goes to the part its middle falls in.
      const part = Math.min(n, Math.floor(((before + s.length / 2) / total) * n) + 1);
      if (part === k) out.push(s);
      before += s.length;
    }
    return out.join('\n');
  };

  const VIRTUAL = 'virtual:etw-late-styles';
  return {
    name: 'etw-antd-css',
    enforce: 'pre',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const imports = [
        ...Array.from({ length: parts }, (_, i) => `antd/dist/antd.css?late=${i + 1}-of-${parts}`),
        `${appSheet}?late`,
      ].map((spec) => `  () => import(${JSON.stringify(spec)}),`);
      return `export const parts = [\n${imports.join('\n')}\n];\n`;
    },
    transform(code, id) {
      const [file, query] = id.split('?');
      if (!file?.replaceAll('\\', '/').endsWith('/antd/dist/antd.css') || !query) return null;
      if (query === 'first-screen') return { code: firstScreen(postcss.parse(code)), map: null };
      const m = /^late=(\d+)-of-(\d+)$/.exec(query);
      if (!m) throw new Error(`etw-antd-css: unknown query "${query}" on ${file}`);
      const [k, n] = [Number(m[1]), Number(m[2])];
      if (n !== parts || k < 1 || k > n)
        throw new Error(`etw-antd-css: ${query} does not fit the ${parts} late parts`);
      return { code: late(postcss.parse(code), k, n), map: null };
    },
  };
}
