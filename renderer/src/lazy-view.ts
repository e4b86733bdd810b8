/**
 * Views loaded on first use (each its own script chunk), so that the first screen downloads and
 * runs only what it shows; all of them are fetched in idle moments shortly after the first
 * screen (app.tsx), so a click rarely waits for a chunk.
 */
import { createElement, use, type ComponentType } from 'react';
import { loadLateStyles } from './late-styles';

/** A lazily loaded component that can be fetched before it renders. */
export type LazyView<P extends object> = ComponentType<P> & {
  readonly preload: () => Promise<unknown>;
};

const all: LazyView<never>[] = [];

/** The props of a component type (none for anything else). */
type PropsOf<C> = C extends ComponentType<infer P> ? (P extends object ? P : object) : object;

/**
 * Wraps a dynamic import of a module that exports the component as `name`. Not React.lazy:
 * that suspends on first render even when the chunk is already here, and React then holds the
 * fallback for at least 300 ms; this renders a loaded view at once and suspends only while its
 * chunk is really on the way. The view takes the props of the component it wraps.
 */
export function lazyView<M, K extends keyof M, P extends object = PropsOf<M[K]>>(
  load: () => Promise<M>,
  name: K,
): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  // A view shows once Ant Design's whole sheet applies: the first screen's has only its own
  // components' rules (late-styles.ts).
  const preload = () =>
    (loading ??= Promise.all([load(), loadLateStyles()]).then(([m]) => {
      loaded = m[name] as unknown as ComponentType<P>;
    }));
  function View(props: P) {
    if (loaded) return createElement(loaded, props);
    use(preload());
    return null;
  }
  const view = Object.assign(View, { preload });
  all.push(view as unknown as LazyView<never>);
  return view;
}

/**
 * How long the first screen is left alone before the views start to load: evaluating the first
 * view's chunks (the CA step's bring most of Ant Design's form controls) is a task of 50–80 ms
 * on a slow machine, and it fell within half a second of the screen appearing, when a first
 * click is likely and would wait for it.
 */
const QUIET_MS = 1000;
let markShown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (markShown = resolve));

/** Tells the preloads that the first screen's page is on screen (app-shell.tsx). */
export function firstScreenIsShown(): void {
  markShown();
}

let preloading = false;
/**
 * Fetches every lazy view in idle moments once the first screen has been shown for QUIET_MS,
 * one view per idle callback: starting a view's fetch adds a preload link for each of its
 * chunks, and all views at once made one long task of that. Each chunk is then evaluated in a
 * short task of its own as it arrives, long before a click needs it. Failures are left for the
 * view's own render to report.
 */
export function preloadViewsWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const idle = (f: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(f, { timeout: 1000 })
      : setTimeout(f, 50);
  let next = 0;
  const step = () => {
    const view = all[next++];
    if (!view) return;
    view.preload().catch(() => undefined);
    idle(step);
  };
  void firstScreenShown.then(() => {
    // The rest of the style sheets first, at the first idle moment: a view opened early waits
    // for them.
    idle(() => void loadLateStyles().catch(() => undefined));
    setTimeout(() => idle(step), QUIET_MS);
  });
}
