/**
 * Command line: the same core as the window, headless, for scripted issuance, renewal in CI and
 * tests. Exit codes: 0 fine, 1 lint errors found, 2 bad input. No 'electron' import here.
 *
 * Each command is one entry of COMMANDS and is loaded only when it runs, so `--help` costs what
 * an empty Node process costs and `inspect` never initialises the issuing code (and the reverse).
 */
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
        [--export-ca-key none|encrypted|plain]  put ca/ca.key in the bundle (encrypted: passphrase in ETW_CA_PASSPHRASE)
        [--pkcs12] [--pkcs12-legacy]            client.p12 for each client (password in ETW_P12_PASSWORD)
        [--zip]                                 also write DIR.zip`,
    load: () => import('./issue'),
  },
  inspect: {
    usage: `  etcd-tls-wizard inspect PATH... [--json] [--host NAME_OR_IP ...] [--role ROLE] [--kind KIND] [--etcd-auth]
                                                decode and lint files or folders; check hosts against server certificates
                                                (ROLE: ca, etcd-server, etcd-peer, client; KIND: apisix, kube-apiserver, etcdctl, custom)`,
    load: () => import('./inspect-command'),
  },
};

const usage = (): string =>
  `Usage:\n${Object.values(COMMANDS)
    .map((c) => c.usage)
    .join('\n')}\nExit codes: 0 fine, 1 lint errors found, 2 bad input.`;

/** Runs the CLI with explicit arguments and streams; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    io.out(usage());
    return command === undefined ? EXIT.badInput : EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.err(`etcd-tls-wizard: unknown command "${command}"\n${usage()}`);
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
      io.err(`etcd-tls-wizard ${command}: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
