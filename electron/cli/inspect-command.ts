/** `inspect`'s arguments: parsed here, checked and run by inspect.ts. */
import { parseArgs } from 'node:util';
import type { Role } from '../../shared/pki/model';
import type { ClientKind } from '../../shared/plan/schema';
import { runInspect } from './inspect';
import type { CliIo } from './io';

/** Runs `inspect PATH… [options]`. */
export function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      'expiring-within': { type: 'string' },
      host: { type: 'string', multiple: true },
      role: { type: 'string' }, // ca | etcd-server | etcd-peer | client
      kind: { type: 'string' }, // kube-apiserver | apisix | etcdctl | custom
      'etcd-auth': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  return runInspect(
    positionals,
    {
      json: values.json ?? false,
      ...(values.format !== undefined ? { format: values.format } : {}),
      ...(values['expiring-within'] !== undefined
        ? { expiringWithin: values['expiring-within'] }
        : {}),
      hosts: values.host ?? [],
      ...(values.role !== undefined ? { role: values.role as Role } : {}),
      ...(values.kind !== undefined ? { kind: values.kind as ClientKind } : {}),
      ...(values['etcd-auth'] !== undefined ? { etcdAuth: values['etcd-auth'] } : {}),
    },
    io,
  );
}
