/**
 * Command line: the same core as the window, headless, for scripted issuance, day-2 changes
 * (renew, add-member, remove-member, rotate-ca), expiry checks in cron and CI, live checks of
 * running members, and tests. Exit codes: 0 fine, 1 lint errors, expiring certificates or
 * endpoints with problems, 2 bad input. No 'electron' here.
 *
 * Each command is one entry of COMMANDS and is loaded only when it runs, so `--help` costs what
 * an empty Node process costs and `inspect` never initialises the issuing code (and the reverse).
 */
import { escapeControls, quoteInput } from '../../shared/text/one-line';
import { APP_VERSION } from '../node/app-version';
import { EXIT, type CliIo } from './io';

/** What a command module exports: its own argument parsing and work; returns the exit code. */
export interface CliCommandModule {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** One command: its lines of the usage text, and its module, loaded on demand. */
export interface CliCommand {
  readonly usage: string;
  readonly load: () => Promise<CliCommandModule>;
}

/** Every command. Adding one is one entry here and one module next to this file. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  init: {
    usage: `  etcd-tls-wizard init                          print a commented example plan`,
    load: () => import('./init'),
  },
  issue: {
    usage: `  etcd-tls-wizard issue --plan FILE --out DIR   issue everything the plan describes into DIR (must not exist or be empty)
        [--ca-cert FILE --ca-key FILE]          sign with an existing CA (key passphrase in ETW_CA_KEY_PASSPHRASE)
        [--export-ca-key encrypted|none|plain]  ca/ca.key in the bundle; default encrypted (passphrase in ETW_CA_PASSPHRASE
                                                or typed twice on a terminal); none discards the key knowingly
        [--pkcs12] [--pkcs12-legacy]            client.p12 for each client (password in ETW_P12_PASSWORD)
        [--zip]                                 also write DIR.zip`,
    load: () => import('./issue'),
  },
  inspect: {
    usage: `  etcd-tls-wizard inspect PATH... [--json | --format text|json|prometheus] [--expiring-within 30d]
        [--host NAME_OR_IP ...] [--role ROLE] [--kind KIND] [--etcd-auth]
                                                decode and lint files or folders; check hosts against server certificates
                                                (ROLE: ca, etcd-server, etcd-peer, client; KIND: apisix, kube-apiserver, etcdctl, custom);
                                                --expiring-within exits 1 when a certificate ends within the window;
                                                --format prometheus prints node-exporter textfile metrics`,
    load: () => import('./inspect-command'),
  },
  probe: {
    usage: `  etcd-tls-wizard probe URL... [--cacert FILE] [--cert FILE --key FILE] [--json]
                                                dial running members (client and peer URLs): served chain, host name and
                                                trust by Go's rules, client certificate accepted, HTTP gateway answers`,
    load: () => import('./probe-command'),
  },
  renew: {
    usage: `Day 2 (BUNDLE is a folder written by issue; it holds plan.yaml and manifest.json; NEW/DIR must not exist or be empty):
  etcd-tls-wizard renew BUNDLE --out NEW [--only NAME ...] [--expiring-within 30d] [--ca-key FILE]
                                                re-issue leaves from the same CA (NAME: certificate id, member or client);
                                                the rest is copied unchanged; CA key passphrase in ETW_CA_PASSPHRASE`,
    load: () => import('./renew-command'),
  },
  'add-member': {
    usage: `  etcd-tls-wizard add-member BUNDLE --name N --address A [--address B ...] [--client-port P --peer-port P] --out NEW
        [--ca-key FILE]                         certificates for N from the same CA; README: etcdctl member add, copy, start, check`,
    load: () => import('./add-member-command'),
  },
  'remove-member': {
    usage: `  etcd-tls-wizard remove-member BUNDLE --name N --out NEW
                                                the bundle without N; README: clients first, etcdctl member remove, stop N`,
    load: () => import('./remove-member-command'),
  },
  'rotate-ca': {
    usage: `  etcd-tls-wizard rotate-ca BUNDLE --out DIR [--ca-common-name NAME]
                                                a new CA and three phase bundles plus RUNBOOK.md; new CA key passphrase in
                                                ETW_NEW_CA_PASSPHRASE (default: ETW_CA_PASSPHRASE) or typed twice
  --ca-key FILE: the CA key when the bundle was issued with --export-ca-key none (passphrase in ETW_CA_KEY_PASSPHRASE)`,
    load: () => import('./rotate-ca-command'),
  },
};

const usage = (): string =>
  `Usage:
${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n')}
  etcd-tls-wizard --version
Exit codes: 0 fine, 1 lint errors found, a certificate expires within --expiring-within or an endpoint has a problem
(probe), 2 bad input (nothing written).`;

/** Runs the CLI with explicit arguments and streams; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    io.out(usage());
    return command === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (command === '--version' || command === 'version') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.err(`etcd-tls-wizard: unknown command ${quoteInput(command)}\n${usage()}`);
    return EXIT.badInput;
  }
  try {
    return await (await entry.load()).run(rest, io);
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
