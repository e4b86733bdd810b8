/**
 * The code caches still to write, and the call that writes them once a command is done. Apart
 * from code-cache.ts so that the executable's entry can call it without loading node:crypto,
 * node:vm and the rest at start-up (`--help` must cost no more than Node itself).
 */

// Every bundle has its own copy of these modules (a command loads its PKCS#12 code lazily, say),
// so the pending writes are kept in one list for the whole process.
const PENDING = Symbol.for('etcd-tls-wizard.code-cache.pending');

/** Writes queued by loadWithCodeCache. */
export const pendingWrites: (() => void)[] = ((globalThis as Record<symbol, unknown>)[PENDING] ??=
  []) as (() => void)[];

/** Writes the caches of the commands that ran without one (call once the command is done). */
export function saveCodeCaches(): void {
  for (const write of pendingWrites.splice(0)) {
    try {
      write();
    } catch {
      // A cache that cannot be written only means the next run compiles again.
    }
  }
}
