/**
 * Loads zod (and the jitless setting, renderer/src/zod-mini-jitless.ts) ahead of the plan
 * schemas, so that evaluating the library and building the schemas are two tasks, not one long
 * one (wizard-page.tsx). Uses what the schemas use, so the bundler shares one zod chunk.
 */
import * as z from 'zod/mini';

/** Touched so that the import is kept. */
export const zodLoaded: boolean = typeof z.object === 'function';
