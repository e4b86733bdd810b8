/**
 * Views loaded on first use (each its own script chunk), so that the first screen downloads and
 * runs only what it shows; all of them are fetched at the first idle moment after the first
 * screen (app.tsx), so a click never waits for a chunk.
 */
import { createElement, use, type ComponentType } from 'react';

/** A lazily loaded component that can be fetched before it renders. */
export type LazyView<P extends object> = ComponentType<P> & {
  readonly preload: () => Promise<unknown>;
};

const all: LazyView<never>[] = [];

/**
 * Wraps a dynamic import of a module that exports the component as `name`. Not React.lazy:
 * that suspends on first render even when the chunk is already here, and React then holds the
 * fallback for at least 300 ms; this renders a loaded view at once and suspends only while its
 * chunk is really on the way.
 */
export function lazyView<M, K extends keyof M, P extends object = object>(
  load: () => Promise<M>,
  name: K,
): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then((m) => {
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

let preloading = false;
/**
 * Fetches every lazy view at the first idle moment after the first screen: each chunk is then
 * evaluated in a short task of its own as it arrives, long before a click needs it. Failures are
 * left for the view's own render to report.
 */
export function preloadViewsWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const start = () => {
    for (const view of all) view.preload().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 50);
}
