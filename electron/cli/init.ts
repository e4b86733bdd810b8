/** `init`: prints the commented example plan, the usual start of a plan file. */
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan-example';
import { EXIT, type CliIo } from './io';

/** Runs `init` (it takes no arguments). */
export function run(_args: readonly string[], io: CliIo): Promise<number> {
  io.out(EXAMPLE_PLAN_YAML);
  return Promise.resolve(EXIT.ok);
}
