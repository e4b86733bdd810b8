/** Output sinks and exit codes shared by the CLI commands (injected so tests can capture them). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** Exit codes: 1 means lint errors (`inspect`) or endpoints with problems (`probe`). */
export const EXIT = { ok: 0, lintErrors: 1, problems: 1, badInput: 2 } as const;
