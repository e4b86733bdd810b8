/**
 * A plan back to YAML, apart from plan.ts so that writing plan.yaml into a bundle does not load
 * (and build) the plan's schema: the issuing side has the validated plan already.
 */
import { stringify } from 'yaml';
import type { Plan, PlanInput } from './schema';

/** Serialises a plan (or a draft) to YAML for saving. */
export function planToYaml(plan: PlanInput | Plan): string {
  return stringify(plan, { lineWidth: 0 });
}
