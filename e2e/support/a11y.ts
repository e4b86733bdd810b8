/**
 * Accessibility checks the end-to-end specs share: axe's serious and critical violations, the
 * WCAG contrast of the keyboard focus ring as Chromium paints it, moving focus with the keyboard
 * only, and finding English sentences on a screen that should be all Chinese.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until finite CSS transitions and animations have ended: a button just enabled fades
 * from grey and a focused input's border fades to blue; measured half-way, both would fail.
 * A spinner or a skeleton's shimmer runs for ever and is not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        !document
          .getAnimations()
          .some(
            (a) =>
              a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity,
          ),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/** Serious and critical axe violations, one line each, once the page has settled. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ').slice(-100)} ${n.any[0]?.message ?? ''}`).join(' | ')}`,
    );
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after
 * `max` presses. Returns how many presses it took.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 80, back = false }: { max?: number; back?: boolean } = {},
): Promise<number> {
  await expect(target, `${String(target)} to tab to`).toBeAttached();
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 }))
      return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
  throw new Error(`focus never reached ${String(target)} in ${max} presses; it is on ${at}`);
}

/** The focused element's ring as painted: its colour, the colour behind it, their ratio. */
export interface FocusRing {
  readonly element: string;
  readonly ring: string;
  readonly background: string;
  readonly ratio: number;
  readonly width: number;
}

/**
 * Measures the focus ring of the focused element: the outline of the element or of the visible
 * part Ant Design rings for it (a radio's circle or label, a checkbox's box; the border
 * when an input shows focus by its border), the SVG box's stroke for a topology node, against
 * the first opaque background behind it. WCAG 2 contrast ratio.
 */
export async function focusRing(page: Page): Promise<FocusRing> {
  await settle(page);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) throw new Error('nothing has focus');
    const rgba = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: number[], below: number[]) =>
      [0, 1, 2].map((i) => top[i]! * top[3]! + below[i]! * (1 - top[3]!)).concat(1);
    const backgroundOf = (start: Element | null): number[] => {
      const layers: number[][] = [];
      for (let n = start; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      // The canvas behind everything follows the theme.
      let out =
        document.documentElement.dataset.theme === 'dark' ? [0, 0, 0, 1] : [255, 255, 255, 1];
      for (const layer of layers.reverse()) out = over(layer, out);
      return out;
    };
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const fmt = (c: number[]) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].slice(0, 2).join('.')}`;

    if (el instanceof SVGElement) {
      const rect = el.querySelector('rect')!;
      const cs = getComputedStyle(rect);
      const bg = backgroundOf(el.closest('div'));
      const ring = over(rgba(cs.stroke), bg);
      return {
        element: name(el),
        ring: fmt(ring),
        background: fmt(bg),
        ratio: ratio(ring, bg),
        width: parseFloat(cs.strokeWidth),
      };
    }
    const candidates = [
      el,
      el.closest('.ant-checkbox'),
      el.closest('.ant-radio'),
      el.closest('.ant-radio-button-wrapper'),
      el.closest('.ant-input-affix-wrapper'),
      el.closest('.ant-select'),
      el.closest('label'),
    ].filter((e): e is Element => !!e);
    for (const c of candidates) {
      const cs = getComputedStyle(c);
      if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0) continue;
      // A transparent or empty input (Ant Design's radios and checkboxes) paints no ring.
      const box = c.getBoundingClientRect();
      if (cs.opacity === '0' || box.width * box.height === 0) continue;
      // An outline drawn inside the element sits on the element's own background.
      const inset = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) <= 0;
      const bg = backgroundOf(inset ? c : c.parentElement);
      const ring = over(rgba(cs.outlineColor), bg);
      return {
        element: name(c),
        ring: fmt(ring),
        background: fmt(bg),
        ratio: ratio(ring, bg),
        width: parseFloat(cs.outlineWidth),
      };
    }
    // Text inputs show focus by their frame's border colour.
    const frame = el.closest('.ant-input-affix-wrapper, .ant-select-selector, .ant-select') ?? el;
    const cs = getComputedStyle(frame);
    const bg = backgroundOf(frame.parentElement);
    const ring = over(rgba(cs.borderTopColor), bg);
    return {
      element: `${name(frame)} (border)`,
      ring: fmt(ring),
      background: fmt(bg),
      ratio: ratio(ring, bg),
      width: parseFloat(cs.borderTopWidth),
    };
  });
}

/** Checks the focused element's ring: at least 3:1 against what is behind it, at least 1px. */
export async function expectVisibleFocus(page: Page, what: string): Promise<FocusRing> {
  const ring = await focusRing(page);
  expect(ring.ratio, `focus ring of ${what}: ${JSON.stringify(ring)}`).toBeGreaterThanOrEqual(3);
  expect(ring.width, `focus ring of ${what}`).toBeGreaterThanOrEqual(1);
  return ring;
}

/**
 * Visible texts with no Chinese that read as English sentences: three or more plain words with
 * at least one English function word ("the", "is", "to"…). Names, commands, file names, host
 * names, IPs and quoted tool output do not read so and pass; so does text inside code, kbd, pre
 * and samp, or marked lang="en" (the language switch's "English").
 */
export async function englishSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const FUNCTION_WORDS = new Set(
      (
        'the a an is are was were be been to of and or for in on with not no it its this that ' +
        'these those from at by as will would can could has have had your you do does please ' +
        'must should only than then which there here into when if'
      ).split(' '),
    );
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (!text || !parent || CJK.test(text)) continue;
      if (parent.closest('code, kbd, pre, samp, script, style, title, desc')) continue;
      // Marked English inside the page (the language switch); the page's own lang does not count.
      const marked = parent.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.getAttribute('lang') === 'en')
        continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const words = text.split(/[\s,;:()]+/).filter((w) => /^[A-Za-z][a-z']*\.?$/.test(w));
      const plain = words.map((w) => w.replace(/\.$/, '').toLowerCase());
      if (plain.length >= 3 && plain.some((w) => FUNCTION_WORDS.has(w))) out.add(text);
    }
    return [...out];
  });
}
