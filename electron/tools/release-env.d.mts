// Types of release-env.mjs (a plain .mjs so that package.mjs runs without a build step).

/** Oldest Node version that `npm run dist` supports. */
export declare const PACKAGING_NODE: string;

/** Every signing and notarization variable electron-builder reads, with what it is for. */
export declare const SIGNING_VARIABLES: Readonly<Record<string, string>>;

/** Why this Node cannot package, or undefined when it can. */
export declare function packagingNodeProblem(nodeVersion: string): string | undefined;

/** A secret given as text that package.mjs writes to a private file before the build. */
export interface SecretFile {
  readonly variable: string;
  readonly name: string;
  readonly text: string;
}

/** What one electron-builder run gets, and what is said about it. */
export interface ReleasePlan {
  readonly env: Record<string, string | undefined>;
  readonly args: readonly string[];
  readonly files: readonly SecretFile[];
  readonly notes: readonly string[];
  readonly errors: readonly string[];
}

/** Plans one electron-builder run on a platform ('darwin', 'win32' or 'linux'). */
export declare function planRelease(
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): ReleasePlan;
