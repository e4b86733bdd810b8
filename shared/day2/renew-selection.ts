/**
 * Which certificates a renewal re-issues: all of them, those named with `--only` (a certificate
 * id, a member name for both of its certificates, or a client name), and/or those that expire
 * within a window. Names are checked against the manifest, so a typo renews nothing by mistake.
 */
import type { BundleManifest } from '../generate/manifest';
import { fail, ok, type Result } from '../result';

/** What to renew. */
export interface RenewSelection {
  /** Names as typed; empty or absent: every certificate. */
  readonly only?: readonly string[];
  /** Only certificates whose notAfter falls before now + this. */
  readonly expiringWithinMs?: number;
  readonly now: Date;
}

/** The ids of the certificates to renew, in manifest order (may be empty). */
export function selectForRenewal(
  manifest: BundleManifest,
  s: RenewSelection,
  source: string,
): Result<string[]> {
  const certs = manifest.certificates;
  let chosen = new Set(certs.map((c) => c.id));
  if (s.only !== undefined && s.only.length > 0) {
    chosen = new Set();
    for (const name of s.only) {
      if (name === 'ca')
        return fail(
          'option-invalid',
          '--only ca: renew re-issues leaves from the same CA; to replace the CA itself use rotate-ca',
          '--only',
        );
      const hits = certs.filter((c) => c.id === name || c.member === name || c.client === name);
      if (hits.length === 0) {
        const members = [...new Set(certs.flatMap((c) => (c.member ? [c.member] : [])))];
        const clients = certs.flatMap((c) => (c.client ? [c.client] : []));
        return fail(
          'option-invalid',
          `--only ${name}: ${source} has no certificate, member or client of that name; give a member (${members.join(', ')}), a client (${clients.join(', ') || 'none'}) or a certificate id such as ${certs[0]?.id ?? 'server:NAME'}`,
          '--only',
        );
      }
      for (const c of hits) chosen.add(c.id);
    }
  }
  const limit = s.expiringWithinMs === undefined ? Infinity : s.now.getTime() + s.expiringWithinMs;
  return ok(
    certs.filter((c) => chosen.has(c.id) && Date.parse(c.notAfter) <= limit).map((c) => c.id),
  );
}
