/**
 * Command line: the same core as the window, headless, for scripted issuance, renewal in CI and
 * tests. Exit codes: 0 fine, 1 lint errors or endpoint problems found, 2 bad input. No
 * 'electron' import here.
 */
import { parseArgs } from 'node:util';
import type { Role } from '../../shared/pki/model';
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan';
import type { ClientKind } from '../../shared/plan/schema';
import { runInspect } from './inspect';
import { runIssue } from './issue';
import { runProbe } from './probe';
import { EXIT, type CliIo } from './io';

const USAGE = `Usage:
  etcd-tls-wizard init                          print a commented example plan
  etcd-tls-wizard issue --plan FILE --out DIR   issue everything the plan describes into DIR (must not exist or be empty)
        [--ca-cert FILE --ca-key FILE]          sign with an existing CA (key passphrase in ETW_CA_KEY_PASSPHRASE)
        [--export-ca-key none|encrypted|plain]  put ca/ca.key in the bundle (encrypted: passphrase in ETW_CA_PASSPHRASE)
        [--pkcs12] [--pkcs12-legacy]            client.p12 for each client (password in ETW_P12_PASSWORD)
        [--zip]                                 also write DIR.zip
  etcd-tls-wizard inspect PATH... [--json] [--host NAME_OR_IP ...] [--role ROLE] [--kind KIND] [--etcd-auth]
                                                decode and lint files or folders; check hosts against server certificates
                                                (ROLE: ca, etcd-server, etcd-peer, client; KIND: apisix, kube-apiserver, etcdctl, custom)
  etcd-tls-wizard probe URL... [--cacert FILE] [--cert FILE --key FILE] [--json]
                                                dial running members (client and peer URLs): served chain, host name and
                                                trust by Go's rules, client certificate accepted, HTTP gateway answers
Exit codes: 0 fine, 1 lint errors (inspect) or endpoints with problems (probe) found, 2 bad input.`;

/** Runs the CLI with explicit arguments and streams; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'init':
        io.out(EXAMPLE_PLAN_YAML);
        return EXIT.ok;
      case 'issue': {
        const { values } = parseArgs({
          args: [...rest],
          options: {
            plan: { type: 'string' },
            out: { type: 'string' },
            'export-ca-key': { type: 'string' }, // none | encrypted | plain
            'ca-cert': { type: 'string' },
            'ca-key': { type: 'string' },
            zip: { type: 'boolean' },
            pkcs12: { type: 'boolean' },
            'pkcs12-legacy': { type: 'boolean' },
          },
          strict: true,
        });
        return await runIssue(values, io);
      }
      case 'inspect': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            json: { type: 'boolean' },
            host: { type: 'string', multiple: true },
            role: { type: 'string' }, // ca | etcd-server | etcd-peer | client
            kind: { type: 'string' }, // kube-apiserver | apisix | etcdctl | custom
            'etcd-auth': { type: 'boolean' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runInspect(
          positionals,
          {
            json: values.json ?? false,
            hosts: values.host ?? [],
            ...(values.role !== undefined ? { role: values.role as Role } : {}),
            ...(values.kind !== undefined ? { kind: values.kind as ClientKind } : {}),
            ...(values['etcd-auth'] !== undefined ? { etcdAuth: values['etcd-auth'] } : {}),
          },
          io,
        );
      }
      case 'probe': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            json: { type: 'boolean' },
            cacert: { type: 'string' },
            cert: { type: 'string' },
            key: { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runProbe(
          positionals,
          {
            json: values.json ?? false,
            ...(values.cacert !== undefined ? { cacert: values.cacert } : {}),
            ...(values.cert !== undefined ? { cert: values.cert } : {}),
            ...(values.key !== undefined ? { key: values.key } : {}),
          },
          io,
        );
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        io.err(`etcd-tls-wizard: unknown command "${command}"\n${USAGE}`);
        return EXIT.badInput;
    }
  } catch (e) {
    // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown or malformed options.
    if (
      e instanceof TypeError &&
      'code' in e &&
      String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`etcd-tls-wizard ${command}: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}

// Run when executed as the bundled bin (dist/cli.cjs), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
    err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `etcd-tls-wizard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
