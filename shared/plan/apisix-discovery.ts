/**
 * APISIX's own rules for `discovery.kubernetes.service.host` and `.port`
 * (apisix/discovery/kubernetes/schema.lua, unchanged from 2.x to 3.18): APISIX checks its
 * config against them at start-up and refuses to start on a value that fails, so the plan
 * refuses the same values, with a reason and a fix instead of a bare pattern.
 */
import type { TextId } from '../text/text';

/**
 * `${VAR}`: APISIX's pattern is `^\${[_A-Za-z]([_A-Za-z0-9]*[_A-Za-z])*}$`. The nested
 * repetition backtracks exponentially on a long name ending in a digit, so this is the same
 * language written without it: a letter or "_", then optionally anything that ends in a letter
 * or "_". A name ending in a digit (`${K8S_PORT_1}`) does not match, in APISIX either.
 */
const ENV_REF = /^\$\{[_A-Za-z](?:[_A-Za-z0-9]*[_A-Za-z])?\}$/;
/** APISIX's host pattern, verbatim: lower-case DNS labels (so also dotted IPv4), no IPv6. */
const HOST = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** APISIX's port pattern, verbatim: 1-65535 in decimal, no sign, no leading zero. */
const PORT = /^(([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))$/;

/** Why APISIX would refuse a host or port value. */
export type DiscoveryProblem =
  | 'empty'
  | 'bad-env-name' // ${…} whose name APISIX's pattern refuses
  | 'has-scheme' // https://… where only the host belongs
  | 'has-port' // host:6443
  | 'upper-case'
  | 'ipv6'
  | 'bad-host'
  | 'bad-port';

/** Why APISIX would refuse `value` as `service.host` or `service.port`; undefined if it accepts it. */
export function discoveryProblem(
  field: 'host' | 'port',
  value: string,
): DiscoveryProblem | undefined {
  if (ENV_REF.test(value)) return undefined;
  if (field === 'port' ? PORT.test(value) : HOST.test(value)) return undefined;
  if (value === '') return 'empty';
  if (/^\$\{[^}]*\}$/.test(value)) return 'bad-env-name';
  if (field === 'port') return 'bad-port';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'has-scheme';
  if (value.startsWith('[') || (value.match(/:/g)?.length ?? 0) > 1) return 'ipv6';
  if (/^[^:]+:\d+$/.test(value)) return 'has-port';
  if (HOST.test(value.toLowerCase())) return 'upper-case';
  return 'bad-host';
}

/**
 * The message id and parameters for a refused value (what is wrong and what to write instead),
 * as a zod custom issue's `message` and `params`.
 */
export function discoveryProblemText(
  field: 'host' | 'port',
  value: string,
  problem: DiscoveryProblem,
): { readonly message: TextId; readonly params: Readonly<Record<string, string>> } {
  const at = (message: TextId, params: Readonly<Record<string, string>> = { value }) => ({
    message,
    params,
  });
  switch (problem) {
    case 'empty':
      return at(field === 'port' ? 'plan.discovery.port-empty' : 'plan.discovery.host-empty', {});
    case 'bad-env-name':
      return at(
        field === 'port' ? 'plan.discovery.port-bad-env-name' : 'plan.discovery.host-bad-env-name',
      );
    case 'has-scheme':
      return at('plan.discovery.has-scheme');
    case 'has-port':
      return at('plan.discovery.has-port');
    case 'upper-case':
      return at('plan.discovery.upper-case', { value, lower: value.toLowerCase() });
    case 'ipv6':
      return at('plan.discovery.ipv6');
    case 'bad-host':
      return at('plan.discovery.bad-host');
    case 'bad-port':
      return at('plan.discovery.bad-port');
  }
}
