/** `init`: prints the commented example plan, the usual start of a plan file. */
import { EXAMPLE_PLAN_YAML_ZH } from '../../shared/plan/example-plan-zh';
import { EXAMPLE_PLAN_YAML } from '../../shared/plan/plan-example';
import { EXIT, type CliIo } from './io';

/** Runs `init` (it takes no arguments). */
export function run(_args: readonly string[], io: CliIo): Promise<number> {
  // The example names its language, so it names the CLI's: a plan printed under a zh_CN
  // locale issues a Chinese bundle, as it would have without the line.
  io.out(io.language === 'zh-CN' ? EXAMPLE_PLAN_YAML_ZH : EXAMPLE_PLAN_YAML);
  return Promise.resolve(EXIT.ok);
}
