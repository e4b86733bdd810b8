/**
 * Command line: the same core as the window, headless, for scripted issuance, day-2 changes
 * (renew, add-member, remove-member, rotate-ca), expiry checks in cron and CI, live checks of
 * running members, and tests. Exit codes: 0 fine, 1 lint errors, expiring certificates or
 * endpoints with problems, 2 bad input. No 'electron' here.
 *
 * Each command is one entry of COMMANDS and is loaded only when it runs, so `--help` costs little
 * more than an empty Node process and `inspect` never initialises the issuing code (and the
 * reverse). The help text, in the CLI's language, is the catalogue's (shared/cli).
 */
import { cliText, cliUsage } from '../../shared/cli/messages';
import { escapeControls, quoteInput } from '../../shared/text/one-line';
import { APP_VERSION } from '../node/app-version';
import { cliLanguage } from './cli-language';
import { EXIT, type CliIo } from './io';

/** What a command module exports: its own argument parsing and work; returns the exit code. */
export interface CliCommandModule {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/**
 * Every command, by name: its module, loaded on demand. Adding one is one entry here, one module
 * next to this file and its lines in the help text of each catalogue.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<CliCommandModule>>> = {
  init: () => import('./init'),
  issue: () => import('./issue'),
  inspect: () => import('./inspect-command'),
  probe: () => import('./probe-command'),
  renew: () => import('./renew-command'),
  'add-member': () => import('./add-member-command'),
  'remove-member': () => import('./remove-member-command'),
  'rotate-ca': () => import('./rotate-ca-command'),
};

/**
 * Runs the CLI with explicit arguments and streams; returns the exit code. `--lang` (anywhere)
 * or the locale in `io.env` picks the language of the output and of bundles whose plan names none.
 */
export async function main(argv: readonly string[], cliIo: CliIo): Promise<number> {
  const lang = cliLanguage(argv, cliIo.env);
  if (!lang.ok) {
    cliIo.err(`etcd-tls-wizard: ${cliText(lang.language)('langUnknown', { value: lang.value })}`);
    return EXIT.badInput;
  }
  // The caller's properties as they are (descriptors, not values): bin.ts asks whether stdin is
  // a terminal only when a command reads `readSecret`.
  const io: CliIo = Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(cliIo),
      language: { value: lang.language, enumerable: true },
    },
  ) as CliIo;
  const [command, ...rest] = lang.args;
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    io.out(cliUsage(lang.language));
    return command === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (command === '--version' || command === 'version') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    const t = cliText(lang.language);
    io.err(
      `etcd-tls-wizard: ${t('unknownCommand', { command: quoteInput(command) })}\n${cliUsage(lang.language)}`,
    );
    return EXIT.badInput;
  }
  io.beforeCommand?.();
  try {
    return await (await load()).run(rest, io);
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
