/**
 * The live check of etcd endpoints (client and peer URLs): each URL parsed, then checked by an
 * {@link EndpointRun} (connect, TLS, host name, chain, client certificate, gateway), a few at a
 * time, reported in the order given. Network traffic goes only to the URLs given.
 */
import { parseProbeTarget } from '../../shared/probe/target';
import type { EndpointProbe, ProbeCheck, ProbeReport } from '../../shared/probe/types';
import { EndpointRun, type ProbeOptions } from './endpoint-run';
import type { LoadedMaterial } from './probe-material';

export type { ProbeOptions } from './endpoint-run';

/** Endpoints checked at the same time. */
const PARALLEL = 8;

/** Checks one URL. Never throws for anything the network does. */
export async function probeEndpoint(
  raw: string,
  material: LoadedMaterial,
  opts: ProbeOptions,
): Promise<EndpointProbe> {
  const parsed = parseProbeTarget(raw);
  if (!parsed.ok) {
    const checks: ProbeCheck[] = [
      {
        check: 'target',
        status: 'fail',
        code: 'url-invalid',
        params: { url: raw, problem: parsed.problem },
      },
    ];
    return { url: raw, verdict: 'fail', checks };
  }
  const run = new EndpointRun(parsed.target, material, opts);
  if (parsed.target.scheme === 'https') await run.secure();
  else await run.plain();
  return run.result(raw);
}

/** Checks every URL, a few at a time, and reports them in the order given. */
export async function probeEndpoints(
  urls: readonly string[],
  material: LoadedMaterial,
  opts: ProbeOptions,
): Promise<ProbeReport> {
  const out: EndpointProbe[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      out[i] = await probeEndpoint(urls[i]!, material, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  return { now: opts.now.toISOString(), material: material.description, endpoints: out };
}
