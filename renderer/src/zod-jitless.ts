/**
 * The renderer build's `zod` (vite.config.ts aliases the bare specifier here): zod configured
 * before any importer runs. The CSP forbids eval; without `jitless` zod probes `new Function`
 * and logs a CSP violation. zod reads the setting when a schema is built, and the schemas load
 * in whichever chunk first needs them (not the first screen's), so the setting travels with zod.
 */
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
