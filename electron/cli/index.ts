/**
 * Command line: the same core as the window, headless, for scripted issuance, day-2 changes
 * (renew, add-member, remove-member, rotate-ca), expiry checks in cron and CI, live checks of
 * running members, and tests. Exit codes: 0 fine, 1 lint errors, expiring certificates or
 * endpoints with problems, 2 bad input. No 'electron' here.
 */
import { parseArgs } from 'node:util';
import type { Role } from '../../shared/pki/model';
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan';
import type { ClientKind } from '../../shared/plan/schema';
import { escapeControls, quoteInput } from '../../shared/text/one-line';
import { APP_VERSION } from '../node/app-version';
import { runInspect } from './inspect';
import { runIssue } from './issue';
import { runProbe } from './probe';
import { runAddMember, runRemoveMember } from './members';
import { runRenew } from './renew';
import { runRotateCa } from './rotate-ca';
import { EXIT, type CliIo } from './io';
import { readSecretFromTerminal } from './tty';

const USAGE = `Usage:
  etcd-tls-wizard init                          print a commented example plan
  etcd-tls-wizard issue --plan FILE --out DIR   issue everything the plan describes into DIR (must not exist or be empty)
        [--ca-cert FILE --ca-key FILE]          sign with an existing CA (key passphrase in ETW_CA_KEY_PASSPHRASE)
        [--export-ca-key encrypted|none|plain]  ca/ca.key in the bundle; default encrypted (passphrase in ETW_CA_PASSPHRASE
                                                or typed twice on a terminal); none discards the key knowingly
        [--pkcs12] [--pkcs12-legacy]            client.p12 for each client (password in ETW_P12_PASSWORD)
        [--zip]                                 also write DIR.zip
  etcd-tls-wizard inspect PATH... [--json | --format text|json|prometheus] [--expiring-within 30d]
        [--host NAME_OR_IP ...] [--role ROLE] [--kind KIND] [--etcd-auth]
                                                decode and lint files or folders; check hosts against server certificates
                                                (ROLE: ca, etcd-server, etcd-peer, client; KIND: apisix, kube-apiserver, etcdctl, custom);
                                                --expiring-within exits 1 when a certificate ends within the window;
                                                --format prometheus prints node-exporter textfile metrics
  etcd-tls-wizard probe URL... [--cacert FILE] [--cert FILE --key FILE] [--json]
                                                dial running members (client and peer URLs): served chain, host name and
                                                trust by Go's rules, client certificate accepted, HTTP gateway answers
Day 2 (BUNDLE is a folder written by issue; it holds plan.yaml and manifest.json; NEW/DIR must not exist or be empty):
  etcd-tls-wizard renew BUNDLE --out NEW [--only NAME ...] [--expiring-within 30d] [--ca-key FILE]
                                                re-issue leaves from the same CA (NAME: certificate id, member or client);
                                                the rest is copied unchanged; CA key passphrase in ETW_CA_PASSPHRASE
  etcd-tls-wizard add-member BUNDLE --name N --address A [--address B ...] [--client-port P --peer-port P] --out NEW
        [--ca-key FILE]                         certificates for N from the same CA; README: etcdctl member add, copy, start, check
  etcd-tls-wizard remove-member BUNDLE --name N --out NEW
                                                the bundle without N; README: clients first, etcdctl member remove, stop N
  etcd-tls-wizard rotate-ca BUNDLE --out DIR [--ca-common-name NAME]
                                                a new CA and three phase bundles plus RUNBOOK.md; new CA key passphrase in
                                                ETW_NEW_CA_PASSPHRASE (default: ETW_CA_PASSPHRASE) or typed twice
  --ca-key FILE: the CA key when the bundle was issued with --export-ca-key none (passphrase in ETW_CA_KEY_PASSPHRASE)
  etcd-tls-wizard --version
Exit codes: 0 fine, 1 lint errors found, a certificate expires within --expiring-within or an endpoint has a problem
(probe), 2 bad input (nothing written).`;

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
        return await runInspect(
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
      case 'renew': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            out: { type: 'string' },
            only: { type: 'string', multiple: true },
            'expiring-within': { type: 'string' },
            'ca-key': { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runRenew(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.only ? { only: values.only } : {}),
            ...(values['expiring-within'] !== undefined
              ? { expiringWithin: values['expiring-within'] }
              : {}),
            ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
          },
          io,
        );
      }
      case 'add-member': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            out: { type: 'string' },
            name: { type: 'string' },
            address: { type: 'string', multiple: true },
            'client-port': { type: 'string' },
            'peer-port': { type: 'string' },
            'ca-key': { type: 'string' },
          },
          allowPositionals: true,
          strict: true,
        });
        return await runAddMember(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(values.address ? { address: values.address } : {}),
            ...(values['client-port'] !== undefined ? { clientPort: values['client-port'] } : {}),
            ...(values['peer-port'] !== undefined ? { peerPort: values['peer-port'] } : {}),
            ...(values['ca-key'] !== undefined ? { caKey: values['ca-key'] } : {}),
          },
          io,
        );
      }
      case 'remove-member': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { out: { type: 'string' }, name: { type: 'string' } },
          allowPositionals: true,
          strict: true,
        });
        return await runRemoveMember(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values.name !== undefined ? { name: values.name } : {}),
          },
          io,
        );
      }
      case 'rotate-ca': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { out: { type: 'string' }, 'ca-common-name': { type: 'string' } },
          allowPositionals: true,
          strict: true,
        });
        return await runRotateCa(
          positionals,
          {
            ...(values.out !== undefined ? { out: values.out } : {}),
            ...(values['ca-common-name'] !== undefined
              ? { caCommonName: values['ca-common-name'] }
              : {}),
          },
          io,
        );
      }
      case '--version':
      case 'version':
        io.out(APP_VERSION);
        return EXIT.ok;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        io.err(`etcd-tls-wizard: unknown command ${quoteInput(command)}\n${USAGE}`);
        return EXIT.badInput;
    }
  } catch (e) {
    // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown or malformed options.
    if (
      e instanceof TypeError &&
      'code' in e &&
      String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`etcd-tls-wizard ${command}: ${escapeControls(e.message)}`);
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
    // Typed secrets only from a person at a terminal; a pipe is a script, which uses the env.
    ...(process.stdin.isTTY ? { readSecret: readSecretFromTerminal } : {}),
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
