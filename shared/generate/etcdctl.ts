/**
 * etcdctl wiring: an env file with absolute install paths, and check.sh, which works both from
 * the bundle and from the installed folder because it uses the certificate files next to it.
 */
import { memberUrls } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { commentText, hashLines } from './comments';
import { shellQuote } from './etcd-render';
import { clientDir, joinPath } from './paths';
import type { BundleFile } from './types';

/**
 * ETCDCTL_* variables for the cluster; ETCDCTL_API only where etcdctl reads it
 * (docs/etcd-tls.md#etcdctl).
 */
export function etcdctlVariables(plan: Plan, dir: string): [string, string][] {
  const vars: [string, string][] = [];
  if (plan.etcd.version !== '3.6') vars.push(['ETCDCTL_API', '3']);
  vars.push(
    ['ETCDCTL_ENDPOINTS', plan.cluster.members.map((m) => memberUrls(plan, m).client).join(',')],
    ['ETCDCTL_CACERT', joinPath(dir, 'ca.crt')],
    ['ETCDCTL_CERT', joinPath(dir, 'client.crt')],
    ['ETCDCTL_KEY', joinPath(dir, 'client.key')],
  );
  return vars;
}

/** clients/<name>/etcdctl.env and check.sh for an etcdctl-kind client. */
export function etcdctlFiles(plan: Plan, client: string, installDir: string): BundleFile[] {
  const dir = clientDir(client);
  const c = commentText(plan.language).etcdctl;
  const env = [
    ...hashLines(c.envHead(plan.etcd.version, installDir, joinPath(installDir, 'etcdctl.env'))),
    ...(plan.etcd.version === '3.6' ? hashLines([c.noApi]) : []),
    ...etcdctlVariables(plan, installDir).map(([k, v]) => `export ${k}=${shellQuote(v)}`),
    '',
  ].join('\n');
  const check = [
    '#!/bin/sh',
    ...hashLines(c.checkHead),
    'set -u',
    'HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)',
    '. "$HERE/etcdctl.env"',
    'if [ -f "$HERE/client.crt" ]; then',
    '  export ETCDCTL_CACERT="$HERE/ca.crt" ETCDCTL_CERT="$HERE/client.crt" ETCDCTL_KEY="$HERE/client.key"',
    'fi',
    ...hashLines([c.checkWriteOut]),
    'unset ETCDCTL_WRITE_OUT',
    'rc=0',
    '"${ETCDCTL:-etcdctl}" endpoint health || rc=$?',
    ...hashLines([c.checkStatus]),
    '"${ETCDCTL:-etcdctl}" endpoint status -w table || rc=$?',
    'exit $rc',
    '',
  ].join('\n');
  return [
    { path: `${dir}/etcdctl.env`, content: env, mode: 'public' },
    { path: `${dir}/check.sh`, content: check, mode: 'executable' },
  ];
}
