/**
 * Ant Design's whole style sheet and the app's own after it, loaded once the first screen is
 * shown and before any other view opens (lazy-view.ts). The first screen's sheet has only the
 * rules of its own components; renderer/vite-antd-css.ts explains the split and why the cascade
 * comes out the same.
 */
import { parts } from 'virtual:etw-late-styles';

let loading: Promise<void> | undefined;

/**
 * Loads the parts one after the other: each is added after the one before it (their order is
 * the cascade's) and parsed in a short task of its own. Resolves when all of them apply.
 */
export function loadLateStyles(): Promise<void> {
  return (loading ??= parts
    .reduce<Promise<unknown>>((before, part) => before.then(part), Promise.resolve())
    .then(() => undefined));
}
