/**
 * Views loaded on first use (each its own script chunk), so that the first screen downloads and
 * runs only what it shows; each can also be fetched ahead of need, which main.tsx does for all
 * of them, one per idle moment, once the first screen is up: a click never waits for a chunk.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A lazily loaded component that can be fetched before it renders. */
export type LazyView<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  readonly preload: () => Promise<unknown>;
};

const all: LazyView<never>[] = [];

/** Wraps a dynamic import of a module that exports the component as `name`. */
export function lazyView<M, K extends keyof M, P extends object = object>(
  load: () => Promise<M>,
  name: K,
): LazyView<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((m) => ({ default: m[name] as unknown as ComponentType<P> })));
  const view = Object.assign(lazy(preload), { preload });
  all.push(view as unknown as LazyView<never>);
  return view;
}

let preloading = false;

/**
 * Fetches every lazy view, one per idle period (each chunk's evaluation is then a short task of
 * its own, not part of a click). Failures are left for the view's own render to report.
 */
export function preloadViewsWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 2000 })
      : setTimeout(fn, 50);
  const next = (i: number): void => {
    const view = all[i];
    if (!view) return;
    idle(() => {
      view.preload().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    });
  };
  next(0);
}
