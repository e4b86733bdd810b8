/**
 * The plan worker's code, bundled as dist/plan-worker-body.cjs and loaded by the worker's entry
 * (plan-worker-boot.ts, dist/plan-worker.cjs) through the code cache: reads one plan off the
 * host's thread, so that a hostile plan (deep nesting, thousands of YAML errors) costs a worker,
 * never the window or the browser host's event loop (plans up to PLAN_INLINE_MAX_BYTES are read
 * on the host's thread, see plan-reader.ts). The plan comes as the first message (the host starts the worker
 * before it has the text); the answer is the one message back. See plan-reader.ts.
 */
import './zod-jitless';
import { parentPort } from 'node:worker_threads';
import { saveCodeCaches } from '../node/code-cache-writes';
import { readPlanYamlOrGiveUp } from '../../shared/plan/plan';

/** What the host sends. */
export interface PlanWorkerInput {
  readonly text: string;
  readonly source: string;
}

// yaml builds an Error per syntax problem; stack traces made up most of the time on inputs with
// tens of thousands of them. This isolate only ever parses plans.
Error.stackTraceLimit = 0;

parentPort!.once('message', (input: PlanWorkerInput) => {
  const answer = readPlanYamlOrGiveUp(input.text, input.source);
  // Before answering: the host ends the worker as soon as the answer is in. Only a run without
  // a usable cache writes one.
  saveCodeCaches();
  parentPort!.postMessage(answer);
});
