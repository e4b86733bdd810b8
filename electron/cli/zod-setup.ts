/**
 * Imported first by every command that validates with zod: a command validates a few values
 * once, so zod's compiled fast paths (one `new Function` per object schema, compiled on each
 * run and never cached) cost more than they save. zod reads this when a schema is built, so it
 * must run before any schema module loads.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
