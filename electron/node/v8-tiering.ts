/**
 * When V8 optimises a command's functions. A command runs its per-certificate code a few hundred
 * or a few thousand times and exits. On Node 20 (V8 11) a function goes from the interpreter and
 * Sparkplug straight to TurboFan once it has run its interrupt budget of bytecode: for `inspect`
 * of 1,000 certificates that is 46 functions, reached part-way through the run and compiled on
 * background threads (0.2 s of compile jobs) on a two-core machine whose second core also checks
 * the signatures. With about six times the budget 11 functions are compiled (the real loops:
 * base64, DER headers, PEM lines), and the command takes about an eighth less time and a quarter
 * less CPU; `issue` is as fast or faster. Node 22 and later (V8 12 and up) have Maglev, a quick
 * middle tier, and send a function to TurboFan only after thousands of calls: they are left alone
 * (V8 12 no longer has the flag, and says so on stderr).
 */
import { createRequire } from 'node:module';
import type * as V8 from 'node:v8';

/** The interrupt budget for V8 11 (its default is 66 KiB of bytecode, 67,584). */
export const V8_11_INTERRUPT_BUDGET = 400_000;

/** The V8 flags for a command-line run on this V8 (`process.versions.v8`); none when left alone. */
export function tieringFlags(v8Version: string): string[] {
  return /^11\./.test(v8Version) ? [`--interrupt-budget=${V8_11_INTERRUPT_BUDGET}`] : [];
}

/**
 * node:v8, loaded only when a flag is set: loading it costs about a millisecond (its heap and
 * serialisation helpers), 5% of an empty Node process.
 */
const setV8Flags = (flags: string): void =>
  (createRequire(__filename)('node:v8') as typeof V8).setFlagsFromString(flags);

/**
 * Sets the flags before a command's code is loaded (functions made afterwards take the new
 * budget). Only for the command line: the desktop app's Electron has its own V8.
 */
export function tuneTieringForCommandLine(
  v8Version = process.versions.v8,
  set: (flags: string) => void = setV8Flags,
): void {
  for (const flag of tieringFlags(v8Version)) set(flag);
}
