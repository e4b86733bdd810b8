/**
 * The version of etcd TLS Wizard, for manifest.json and `--version`. The build (and Vitest)
 * replace `__ETW_VERSION__` with package.json's version; anything else reports a dev build.
 */
declare const __ETW_VERSION__: string | undefined;

/** package.json's version, or `0.0.0-dev` when the code runs unbundled. */
export const APP_VERSION: string =
  typeof __ETW_VERSION__ === 'string' ? __ETW_VERSION__ : '0.0.0-dev';
