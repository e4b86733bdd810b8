/**
 * The renderer build's `zod/mini` (vite.config.ts aliases the specifier here), for the schemas
 * written with zod's functional API (the plan, manifest.json, Kubernetes objects): configured
 * for the CSP before any of them is built, as zod-jitless.ts does for the classic API. Both
 * set zod's one global configuration.
 */
import * as z from 'zod/v4/mini';

z.config({ jitless: true });

export * from 'zod/v4/mini';
export { z, z as default };
