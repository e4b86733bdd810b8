/** Output sinks and exit codes shared by the CLI commands (injected so tests can capture them). */
import { cliText, type CliLanguage, type CliText } from '../../shared/cli/messages';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /**
   * Reads a secret typed on the terminal without echo. Present only when stdin is a terminal:
   * without it, secrets come from the environment or the command refuses.
   */
  readonly readSecret?: (prompt: string) => Promise<string | undefined>;
  /**
   * The language of what the CLI prints and of bundles whose plan names none (cli-language.ts);
   * main sets it, English when a command is run without main.
   */
  readonly language?: CliLanguage;
  /**
   * Called once a command is known, before its module loads: the executable tunes V8 there
   * (electron/node/v8-tiering.ts), which `--help` and `--version` do not need to pay for.
   */
  readonly beforeCommand?: () => void;
}

/** The text function of the command's language. */
export const textOf = (io: CliIo): CliText => cliText(io.language ?? 'en');

/** Exit codes: 1 means lint errors (`inspect`) or endpoints with problems (`probe`). */
export const EXIT = { ok: 0, lintErrors: 1, problems: 1, badInput: 2 } as const;
