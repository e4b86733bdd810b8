/**
 * Expected failures travel as data (docs/error-story.md#result-values): every code the UI or CLI
 * may show is listed here so that a switch over them is exhaustive.
 */
export type ErrorCode =
  | 'plan-invalid' // a plan field is wrong; `path` names it
  | 'plan-yaml' // the plan file is not YAML
  | 'input-unreadable' // a file could not be read
  | 'input-too-large'
  | 'input-empty'
  | 'input-truncated'
  | 'input-not-pki' // not a certificate, key, CSR, PKCS#7 or PKCS#12
  | 'input-unsupported' // recognised, but not something we can use (e.g. a CRL where a cert is needed)
  | 'input-timeout'
  | 'passphrase-needed'
  | 'passphrase-wrong'
  | 'key-mismatch' // a key does not belong to a certificate
  | 'ca-not-ca' // an imported CA certificate is not a CA
  | 'option-invalid' // a command option (or the form field behind it) has a value it cannot take
  | 'bundle-invalid' // a bundle lacks plan.yaml or manifest.json, or its files contradict them
  | 'ca-key-missing' // a day-2 command needs the CA key and the bundle has none
  | 'destination-not-empty'
  | 'destination-unwritable'
  | 'crypto-failed'
  | 'request-invalid'; // an IPC/HTTP request argument failed its contract schema (a bug or a hostile sender)

/** A failure the user can act on: what, where, and what to do. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  /** File path, plan field path (`cluster.members[1].addresses[0]`) or similar. */
  readonly path?: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Builds a success value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds an expected failure. */
export const fail = <T = never>(code: ErrorCode, message: string, path?: string): Result<T> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
