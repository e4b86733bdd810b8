import { describe, expect, it } from 'vitest';
import { discoveryProblem } from './apisix-discovery';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from './plan';

// apisix/discovery/kubernetes/schema.lua, copied character for character (Lua long strings hold
// no escapes, so `\$`, `\d` and `\.` mean what they mean to PCRE and to JavaScript).
const APISIX_ENV = /^\$\{[_A-Za-z]([_A-Za-z0-9]*[_A-Za-z])*\}$/;
const APISIX_HOST = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const APISIX_PORT = /^(([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))$/;
const apisixAccepts = (field: 'host' | 'port', v: string) =>
  APISIX_ENV.test(v) || (field === 'port' ? APISIX_PORT : APISIX_HOST).test(v);

describe('APISIX discovery host and port rules', () => {
  it.each([
    ['70000', 'bad-port'],
    ['65536', 'bad-port'],
    ['0', 'bad-port'],
    ['06443', 'bad-port'],
    ['+6443', 'bad-port'],
    ['6443 ', 'bad-port'],
    ['', 'empty'],
    // The name may hold digits but must end in a letter or "_".
    ['${K8S_PORT_1}', 'bad-env-name'],
    ['${1PORT}', 'bad-env-name'],
    ['${}', 'bad-env-name'],
    ['${KUBERNETES-PORT}', 'bad-env-name'],
  ])('refuses port %j (%s)', (value, problem) => {
    expect(apisixAccepts('port', value)).toBe(false);
    expect(discoveryProblem('port', value)).toBe(problem);
  });

  it.each(['1', '443', '6443', '9999', '10000', '59999', '64999', '65499', '65529', '65535'])(
    'accepts port %j',
    (value) => {
      expect(apisixAccepts('port', value)).toBe(true);
      expect(discoveryProblem('port', value)).toBeUndefined();
    },
  );

  it.each(['${KUBERNETES_SERVICE_PORT}', '${K8S_PORT}', '${K8S_PORT_}', '${_}', '${a}', '${A1b}'])(
    'accepts variable %j as port and as host',
    (value) => {
      expect(apisixAccepts('port', value)).toBe(true);
      expect(discoveryProblem('port', value)).toBeUndefined();
      expect(discoveryProblem('host', value)).toBeUndefined();
    },
  );

  it.each([
    ['K8S.example.internal', 'upper-case'],
    ['Kubernetes', 'upper-case'],
    ['https://10.0.0.1:6443', 'has-scheme'],
    ['https://k8s.example.internal', 'has-scheme'],
    ['k8s.example.internal:6443', 'has-port'],
    ['fd00::1', 'ipv6'],
    ['[fd00::1]', 'ipv6'],
    ['-k8s.example', 'bad-host'],
    ['k8s..example', 'bad-host'],
    ['k8s_api.example', 'bad-host'],
    ['k8s.example.', 'bad-host'],
    ['${K8S_HOST_2}', 'bad-env-name'],
    ['${K8S_HOST}:6443', 'has-port'],
  ])('refuses host %j (%s)', (value, problem) => {
    expect(apisixAccepts('host', value)).toBe(false);
    expect(discoveryProblem('host', value)).toBe(problem);
  });

  it.each(['kubernetes.default.svc', 'k8s-api.example.internal', '10.96.0.1', 'a', '${K8S}'])(
    'accepts host %j',
    (value) => {
      expect(apisixAccepts('host', value)).toBe(true);
      expect(discoveryProblem('host', value)).toBeUndefined();
    },
  );

  it('decides ${VAR} exactly as the pattern in schema.lua, for every short name', () => {
    const alphabet = ['a', 'Z', '_', '7', '-'];
    let names = [''];
    for (let len = 1; len <= 5; len++) {
      names = names.flatMap((n) => alphabet.map((c) => n + c));
      for (const n of names) {
        const v = `\${${n}}`;
        expect(discoveryProblem('port', v) === undefined, v).toBe(APISIX_ENV.test(v));
      }
    }
  });

  it('answers at once on a long variable name ending in a digit', () => {
    // APISIX's own pattern backtracks exponentially on this; ours must not.
    const v = `\${${'A'.repeat(5000)}1}`;
    expect(discoveryProblem('port', v)).toBe('bad-env-name');
  });
});

describe('plan file: APISIX discovery', () => {
  const withDiscovery = (lines: string) =>
    `${EXAMPLE_PLAN_YAML}  discovery:\n${lines
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;
  const error = (lines: string) => {
    const r = parsePlanYaml(withDiscovery(lines), 'plan.yaml');
    if (r.ok) throw new Error('the plan was accepted');
    return r.error;
  };

  it('names the field, the value, the accepted forms and a fix', () => {
    const port = error('apiServerPort: "70000"');
    expect(port.path).toBe('apisix.discovery.apiServerPort');
    expect(port.message).toMatch(
      /^plan\.yaml:\d+: apisix\.discovery\.apiServerPort: "70000" is not a port APISIX accepts \(1-65535 without leading zeros, or \$\{VAR\}\)\. Write the API server's port as digits, e\.g\. "6443"$/,
    );
    expect(error('apiServerPort: "${K8S_PORT_1}"').message).toContain(
      '"${K8S_PORT_1}" is not a port APISIX accepts (1-65535 without leading zeros, or ${VAR}): ${VAR} must be a name that starts and ends with a letter or "_"',
    );
    const host = error('apiServerHost: K8S.Example.Internal');
    expect(host.path).toBe('apisix.discovery.apiServerHost');
    expect(host.message).toContain(
      'apisix.discovery.apiServerHost: "K8S.Example.Internal" is not a host APISIX accepts (a lower-case DNS name or IPv4 address, or ${VAR}): APISIX refuses upper-case letters. Write "k8s.example.internal"',
    );
    expect(error('apiServerHost: https://10.0.0.1:6443').message).toContain(
      'it is a URL. Give only the host; APISIX adds https:// itself and takes the port from apiServerPort',
    );
  });

  it('asks for a quoted port when the YAML holds an integer', () => {
    expect(error('apiServerPort: 6443').message).toContain(
      'apisix.discovery.apiServerPort: 6443 is a number; write it as a string, e.g. "6443"',
    );
  });

  it('accepts good values and fills in the defaults', () => {
    const r = parsePlanYaml(
      withDiscovery('apiServerHost: kubernetes.default.svc\napiServerPort: "6443"'),
    );
    expect(r.ok && r.value.apisix?.discovery).toMatchObject({
      apiServerHost: 'kubernetes.default.svc',
      apiServerPort: '6443',
    });
    const d = parsePlanYaml(withDiscovery('watchEndpointSlices: true'));
    expect(d.ok && d.value.apisix?.discovery).toMatchObject({
      apiServerHost: '${KUBERNETES_SERVICE_HOST}',
      apiServerPort: '${KUBERNETES_SERVICE_PORT}',
      watchEndpointSlices: true,
    });
  });
});
