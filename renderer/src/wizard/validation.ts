/**
 * Validation of the draft as the user types. The steps use the plan file's own checks
 * (validatePlan, classifyAddress) so that the wizard and the plan file never disagree: every
 * issue carries the zod path of its field, each step owns some paths, and a step's Next is
 * blocked while any of its paths has an issue.
 */
import type { TFunction } from 'i18next';
import { classifyAddress, type Address, type AddressProblem } from '../../../shared/plan/address';
import { validatePlan, type PlanIssue } from '../../../shared/plan/plan-validate';
import type { PlanInput } from '../../../shared/plan/schema';
import { renderText } from '../../../shared/text/render-text';
import type { TextLanguage } from '../../../shared/text/text';
import type { WizardStep } from '../store/wizard-slice';
import { pathLabel } from './field-labels';

export { pathLabel } from './field-labels';

/** Plan paths (prefixes) each setup step edits; issues under them block its Next. */
export const STEP_PATHS: Partial<Record<WizardStep, readonly string[]>> = {
  ca: ['ca', 'leaf'],
  members: ['cluster', 'etcd', 'pkiDir', 'dataDir'],
  clients: ['clients', 'apisix', 'kubernetes'],
};

// Drafts are immutable, so a draft's issues are computed once however many fields ask.
const cache = new WeakMap<PlanInput, readonly PlanIssue[]>();

/** Every issue of the draft, with field paths such as `cluster.members[0].addresses[1]`. */
export function draftIssues(draft: PlanInput): readonly PlanIssue[] {
  let issues = cache.get(draft);
  if (!issues) {
    issues = validatePlan(draft).issues;
    cache.set(draft, issues);
  }
  return issues;
}

/** True when `path` is `prefix` itself or a field inside it. */
export const isUnder = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The issues that block a step (top-level issues block every step that edits anything). */
export function stepIssues(step: WizardStep, issues: readonly PlanIssue[]): PlanIssue[] {
  const prefixes = STEP_PATHS[step];
  if (!prefixes) return [];
  return issues.filter((i) => i.path === '' || prefixes.some((p) => isUnder(i.path, p)));
}

/** The issues of one field and of anything inside it (a list's entries). */
export const fieldIssues = (issues: readonly PlanIssue[], path: string): PlanIssue[] =>
  issues.filter((i) => isUnder(i.path, path));

/** One typed address as the UI shows it: a tag coloured by type, or the problem. */
export type AddressTag =
  | {
      readonly text: string;
      readonly ok: true;
      readonly address: Address;
      readonly duplicate: boolean;
    }
  | { readonly text: string; readonly ok: false; readonly problem: AddressProblem };

/** Splits what the user typed into addresses (commas, spaces and new lines separate them). */
export const splitAddresses = (text: string): string[] =>
  text.split(/[\s,;]+/).filter((a) => a !== '');

/** Classifies each address and marks repeats (same canonical value) for on-the-spot feedback. */
export function addressTags(addresses: readonly string[], allowWildcard: boolean): AddressTag[] {
  const seen = new Set<string>();
  return addresses.map((text) => {
    const c = classifyAddress(text, { allowWildcard });
    if (!c.ok) return { text, ok: false, problem: c.problem };
    const duplicate = seen.has(c.address.value);
    seen.add(c.address.value);
    return { text, ok: true, address: c.address, duplicate };
  });
}

/** One issue in the user's language: plan issues carry a message id, rendered here. */
export const issueText = (issue: PlanIssue, lang: TextLanguage): string =>
  renderText(issue.text, lang);

/** Every issue of a field as one line of text, prefixed with the field's label. */
export function fieldMessage(
  issues: readonly PlanIssue[],
  label: string,
  t: TFunction,
  lang: TextLanguage,
): string | undefined {
  if (issues.length === 0) return undefined;
  const texts = [...new Set(issues.map((i) => issueText(i, lang)))];
  return t('setup.issue.at', { label, text: texts.join('; ') });
}

/** What blocks a step's Next: each problem as "field: problem", in the user's language. */
export function stepBlockers(
  step: WizardStep,
  draft: PlanInput,
  ca: { readonly mode: 'create' | 'import'; readonly imported: boolean },
  t: TFunction,
  lang: TextLanguage,
): string[] {
  const lines: string[] = stepIssues(step, draftIssues(draft)).map((i) =>
    t('setup.issue.at', { label: pathLabel(i.path, t), text: issueText(i, lang) }),
  );
  if (step === 'ca' && ca.mode === 'import' && !ca.imported)
    lines.unshift(t('setup.ca.importFirst'));
  return [...new Set(lines)];
}
