/** Output sinks and exit codes shared by the CLI commands (injected so tests can capture them). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /**
   * Reads a secret typed on the terminal without echo. Present only when stdin is a terminal:
   * without it, secrets come from the environment or the command refuses.
   */
  readonly readSecret?: (prompt: string) => Promise<string | undefined>;
}

/** Exit codes: 1 means lint errors (`inspect`) or endpoints with problems (`probe`). */
export const EXIT = { ok: 0, lintErrors: 1, problems: 1, badInput: 2 } as const;
