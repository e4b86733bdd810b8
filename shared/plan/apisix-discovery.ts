/**
 * APISIX's own rules for `discovery.kubernetes.service.host` and `.port`
 * (apisix/discovery/kubernetes/schema.lua, unchanged from 2.x to 3.18): APISIX checks its
 * config against them at start-up and refuses to start on a value that fails, so the plan
 * refuses the same values, with a reason and a fix instead of a bare pattern.
 */

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

const ENV_RULE =
  '${VAR} must be a name that starts and ends with a letter or "_" (APISIX\'s pattern refuses a name ending in a digit)';

/** The message for a refused value: what is wrong and what to write instead. */
export function discoveryProblemText(
  field: 'host' | 'port',
  value: string,
  problem: DiscoveryProblem,
): string {
  const v = JSON.stringify(value);
  const accepted =
    field === 'port'
      ? `1-65535 without leading zeros, or \${VAR}`
      : 'a lower-case DNS name or IPv4 address, or ${VAR}';
  const refuse = `is not a ${field} APISIX accepts (${accepted})`;
  const byDefault = field === 'port' ? '${KUBERNETES_SERVICE_PORT}' : '${KUBERNETES_SERVICE_HOST}';
  switch (problem) {
    case 'empty':
      return `is empty; APISIX needs ${accepted}. Leave the field out to use ${byDefault}`;
    case 'bad-env-name':
      return `${v} ${refuse}: ${ENV_RULE}. Rename the variable, e.g. ${byDefault}`;
    case 'has-scheme':
      return `${v} ${refuse}: it is a URL. Give only the host; APISIX adds https:// itself and takes the port from apiServerPort`;
    case 'has-port':
      return `${v} ${refuse}: it has a port. Give only the host and put the port in apiServerPort`;
    case 'upper-case':
      return `${v} ${refuse}: APISIX refuses upper-case letters. Write ${JSON.stringify(value.toLowerCase())}`;
    case 'ipv6':
      return `${v} ${refuse}: APISIX's discovery refuses IPv6 addresses. Use a DNS name of the API server or \${KUBERNETES_SERVICE_HOST}`;
    case 'bad-host':
      return `${v} ${refuse}: only a-z, 0-9, "-" and "." are allowed, each label starting and ending with a letter or digit`;
    case 'bad-port':
      return `${v} ${refuse}. Write the API server's port as digits, e.g. "6443"`;
  }
}
