/**
 * APISIX config.yaml: etcd over mutual TLS (3.x `deployment.etcd`, or 2.x top-level `etcd`:
 * docs/apisix.md#apisix-3-configuration, docs/apisix.md#apisix-2-configuration) and, when
 * asked, Kubernetes service discovery (docs/apisix.md#kubernetes-discovery).
 */
import { commentText } from './comments';
import { Document, Scalar, isMap, isScalar } from 'yaml';
import { resolveClients } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { apisixTarget } from './apisix-hosts';
import { APISIX_PATHS } from './paths';
import type { BundleFile, Warning } from './types';

/** apisix/config.yaml plus the warnings about names and the CN rule. */
export function apisixConfig(
  plan: Plan,
  client: string,
): { file: BundleFile; warnings: Warning[] } {
  const version = plan.apisix?.version ?? '3';
  const prefix = plan.apisix?.prefix ?? '/apisix';
  const discovery = plan.apisix?.discovery;
  const target = apisixTarget(plan);
  const warnings = [...target.warnings];

  const cn = resolveClients(plan).find((c) => c.name === client)?.commonName ?? '';
  if (plan.etcd.auth && cn !== '')
    warnings.push({
      en: `etcd auth is on and APISIX's client certificate "${client}" has CN "${cn}": etcd's gateway answers HTTP 400 "CommonName of client sending a request against gateway will be ignored and not used as expected". Issue it with an empty CN.`,
      zh: `etcd 已启用认证，而 APISIX 的客户端证书 "${client}" 的 CN 为 "${cn}"：etcd 网关会返回 HTTP 400 "CommonName of client sending a request against gateway will be ignored and not used as expected"。请以空 CN 签发该证书。`,
    });

  const etcd = {
    host: target.hosts,
    prefix,
    timeout: 30,
    tls: {
      cert: APISIX_PATHS.cert,
      key: APISIX_PATHS.key,
      verify: true,
      ...(target.sni !== undefined && { sni: target.sni }),
    },
  };
  const root: Record<string, unknown> = {
    apisix: { ssl: { ssl_trusted_certificate: APISIX_PATHS.ca } },
  };
  if (version === '3')
    root.deployment = {
      role: 'traditional',
      role_traditional: { config_provider: 'etcd' },
      etcd,
    };
  else root.etcd = etcd;
  if (discovery)
    root.discovery = {
      kubernetes: {
        service: {
          schema: 'https',
          host: discovery.apiServerHost,
          port: discovery.apiServerPort,
        },
        client: { token_file: APISIX_PATHS.token },
        // Without it APISIX watches Endpoints whatever the RBAC allows.
        ...(discovery.watchEndpointSlices && { watch_endpoint_slices: true }),
      },
    };
  if (discovery?.watchEndpointSlices && version === '2')
    warnings.push({
      en: 'APISIX 2.x ignores watch_endpoint_slices (added in 3.9.0, in effect from 3.14.0) and keeps watching Endpoints; the RBAC grants both.',
      zh: 'APISIX 2.x 会忽略 watch_endpoint_slices（3.9.0 加入，3.14.0 起才生效），仍然监听 Endpoints；RBAC 两者都已授权。',
    });

  const doc = new Document(root);
  const c = commentText(plan.language).apisix;
  // The yaml library writes "#" before each line; the space after it is ours.
  const yamlComment = (lines: readonly string[]) => lines.map((l) => ` ${l}`).join('\n');
  doc.commentBefore = yamlComment(c.head(version, client, APISIX_PATHS.dir));
  const node = (path: string[]) => doc.getIn(path, true);
  // Comments go on the key, so they print above `key:` and not between key and value.
  const commentOn = (path: string[], text: string) => {
    const parent = node(path.slice(0, -1));
    const pair = isMap(parent)
      ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1))
      : undefined;
    if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
  };
  const etcdPath = version === '3' ? ['deployment', 'etcd'] : ['etcd'];
  commentOn(['apisix', 'ssl', 'ssl_trusted_certificate'], yamlComment(c.trustedCa));
  commentOn([...etcdPath, 'host'], yamlComment([c.host]));
  if (target.sni !== undefined) commentOn([...etcdPath, 'tls', 'sni'], yamlComment([c.sni]));
  if (discovery) {
    const base = ['discovery', 'kubernetes'];
    const port = node([...base, 'service', 'port']);
    // APISIX's schema wants a string here; an integer fails validation
    // (docs/apisix.md#discovery-schema).
    if (isScalar(port)) port.type = Scalar.QUOTE_DOUBLE;
    const host = node([...base, 'service', 'host']);
    if (isScalar(host)) host.type = Scalar.QUOTE_DOUBLE;
    commentOn([...base, 'client', 'token_file'], yamlComment(c.token(discovery.serviceAccount)));
    commentOn([...base, 'service', 'port'], yamlComment([c.port]));
    if (discovery.watchEndpointSlices)
      commentOn([...base, 'watch_endpoint_slices'], yamlComment(c.slices));
  }
  const content = doc.toString({ lineWidth: 0 });
  return { file: { path: 'apisix/config.yaml', content, mode: 'public' }, warnings };
}
