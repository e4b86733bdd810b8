/**
 * Checking plan data against the schema, without YAML: the wizard validates its draft on every
 * keystroke from the first screen on, and keeping the YAML parser out of this module keeps it out
 * of the first screen's scripts (plan.ts re-exports all of it).
 */
import type * as z from 'zod';
import { type AppText } from '../text/text';
import { zodIssueText } from '../text/zod-text';
import { planSchema, type Plan } from './schema';

/** Formats a zod path as `cluster.members[1].addresses[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  );
}

/** Every problem in a plan, each with its field path and a text (no sentence); empty when valid. */
export interface PlanIssue {
  readonly path: string;
  readonly text: AppText;
  /** 1-based line in the YAML text, when known. */
  readonly line?: number;
}

/** Validates an already-parsed plan object. */
export function validatePlan(
  input: unknown,
): { plan: Plan; issues: [] } | { plan?: undefined; issues: PlanIssue[] } {
  // reportInput: a check that names the value it refused gets it as `{value}` (zodIssueText).
  const r = planSchema.safeParse(input, { reportInput: true });
  if (r.success) return { plan: r.data, issues: [] };
  return {
    issues: r.error.issues.map((i: z.core.$ZodIssue) => ({
      path: formatPath(i.path),
      text: zodIssueText(i),
    })),
  };
}
