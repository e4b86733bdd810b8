/**
 * The plan worker's entry (dist/plan-worker.cjs): loads the parser's bundle beside it
 * (dist/plan-worker-body.cjs, electron/plan/plan-worker.ts) through the code cache. Every plan
 * read starts a worker, and compiling yaml, zod and the schema again each time was a third of
 * the worker's start, which `issue` waits for.
 */
import { join } from 'node:path';
import { loadWithCodeCache } from '../node/code-cache';

loadWithCodeCache(join(__dirname, 'plan-worker-body.cjs'));
