/** Handlers of the `plan` domain: validation and plan files through the host's dialogs. */
import { parse } from 'yaml';
import type { PlanOpenResult } from '../../shared/ipc/channels-plan';
import { parsePlanYaml, planToYaml, validatePlan } from '../../shared/plan/plan';
import type { PlanInput } from '../../shared/plan/schema';
import { fail, ok, type Result } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';

/** Reads a plan file's text into a draft and its issues; only non-YAML text is an error. */
export function openPlanText(name: string, text: string): Result<PlanOpenResult> {
  const r = parsePlanYaml(text, name);
  if (!r.ok && r.error.code === 'plan-yaml') return r;
  const draft: unknown = parse(text);
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft))
    return fail(
      'plan-invalid',
      `${name}: not a plan; a plan file is a YAML mapping starting with "version: 1"`,
    );
  const issues = r.ok ? [] : (r.issues ?? [{ path: r.error.path ?? '', message: r.error.message }]);
  return ok({ status: 'opened', name, draft: draft as PlanInput, issues });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Builds the `plan:*` handlers. */
export function planHandlers(deps: HandlerDeps): DomainHandlers<'plan'> {
  return {
    'plan:validate': async ({ plan }) => ok({ issues: validatePlan(plan).issues }),

    'plan:open': async (arg) => {
      if (arg?.file) return openPlanText(arg.file.name, arg.file.text);
      const picked = await deps.dialogs.openFiles('plan', false);
      if (!picked.ok) return picked;
      if (picked.value.status === 'unsupported') return ok({ status: 'upload-needed' });
      if (picked.value.status === 'cancelled') return ok({ status: 'cancelled' });
      const file = picked.value.files[0];
      if (!file) return ok({ status: 'cancelled' });
      let text: string;
      try {
        text = utf8.decode(file.bytes);
      } catch {
        return fail(
          'input-unreadable',
          `${file.name}: not UTF-8 text; save the plan as UTF-8 YAML`,
          file.name,
        );
      }
      return openPlanText(file.name, text);
    },

    'plan:save': async ({ plan, fileName }) =>
      deps.dialogs.saveText(fileName ?? 'etcd-plan.yaml', planToYaml(plan as PlanInput)),
  };
}
