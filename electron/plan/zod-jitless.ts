/**
 * Imported first by the plan worker: it validates one plan and ends, so zod's compiled fast
 * paths (one `new Function` per object schema, compiled when first used) cost more than they
 * save. zod reads this when a schema is built, so it must run before the schema module loads.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
