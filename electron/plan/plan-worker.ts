/**
 * The plan worker's code, bundled as dist/plan-worker-body.cjs and loaded by the worker's entry
 * (plan-worker-boot.ts, dist/plan-worker.cjs) through the code cache: reads one plan off the
 * host's thread, so that a hostile plan (deep nesting, thousands of YAML errors) costs a worker,
 * never the window or the browser host's event loop. The plan comes as the first message (the host starts the worker
 * before it has the text); the answer is the one message back. See plan-reader.ts.
 */
import './zod-jitless';
import { parentPort } from 'node:worker_threads';
import { saveCodeCaches } from '../node/code-cache-writes';
import { readPlanYaml, type PlanRead } from '../../shared/plan/plan';
import type { Result } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { msg } from '../../shared/text/text';

/** What the host sends. */
export interface PlanWorkerInput {
  readonly text: string;
  readonly source: string;
}

// yaml builds an Error per syntax problem; stack traces made up most of the time on inputs with
// tens of thousands of them. This isolate only ever parses plans.
Error.stackTraceLimit = 0;

/** Reads one plan; only a bug throws. */
function read({ text, source }: PlanWorkerInput): Result<PlanRead> {
  try {
    return readPlanYaml(text, source);
  } catch (e) {
    // The parser itself gave up (a RangeError on absurd nesting, …): the input's fault.
    return {
      ok: false,
      error: {
        code: 'plan-yaml',
        text: msg('plan.parser-gave-up', {
          source: escapeControls(source),
          detail: e instanceof Error ? e.message : String(e),
        }),
      },
    };
  }
}

parentPort!.once('message', (input: PlanWorkerInput) => {
  const answer = read(input);
  // Before answering: the host ends the worker as soon as the answer is in. Only a run without
  // a usable cache writes one.
  saveCodeCaches();
  parentPort!.postMessage(answer);
});
