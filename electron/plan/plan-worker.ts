/**
 * Worker entry, bundled as dist/plan-worker.cjs: reads one plan off the host's thread, so that a
 * hostile plan (deep nesting, thousands of YAML errors) costs a worker, never the window or the
 * browser host's event loop. See plan-reader.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanYaml, type PlanRead } from '../../shared/plan/plan';
import type { Result } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';

/** What the host sends. */
export interface PlanWorkerInput {
  readonly text: string;
  readonly source: string;
}

// yaml builds an Error per syntax problem; stack traces made up most of the time on inputs with
// tens of thousands of them. This isolate only ever parses plans.
Error.stackTraceLimit = 0;

const { text, source } = workerData as PlanWorkerInput;
let result: Result<PlanRead>;
try {
  result = readPlanYaml(text, source);
} catch (e) {
  // The parser itself gave up (a RangeError on absurd nesting, …): the input's fault.
  result = {
    ok: false,
    error: {
      code: 'plan-yaml',
      message: `${escapeControls(source)}: not valid YAML: the parser gave up (${escapeControls(e instanceof Error ? e.message : String(e))})`,
    },
  };
}
parentPort!.postMessage(result);
