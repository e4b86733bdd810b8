/**
 * Lets the Review step's code start issuing from the click that opens the step, before React
 * has drawn the step: the step's first render took 20-35 ms, and the request waited for it.
 * The step's module (loaded ahead of time, see lazy-view.ts) registers the starter here; until
 * it is loaded the step's own effect starts issuing, as it always does.
 */
let starter: (() => void) | undefined;

/** Called by the Review step's module when it loads. */
export function registerIssueStarter(start: () => void): void {
  starter = start;
}

/** Starts issuing now if the Review step's code is loaded and the step would issue on arrival. */
export function startIssueEarly(): void {
  starter?.();
}
