/** Handlers of the `plan` domain: validation and plan files through the host's dialogs. */
import type { PlanOpenResult } from '../../shared/ipc/channels-plan';
import { planToYaml, validatePlan } from '../../shared/plan/plan';
import type { PlanInput } from '../../shared/plan/schema';
import { ok, type Result } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';
import { decodePlanBytes, readPlanText } from './plan-reader';

/** Reads a plan file's text into a draft and its issues; only unreadable YAML is an error. */
export async function openPlanText(name: string, text: string): Promise<Result<PlanOpenResult>> {
  const r = await readPlanText(text, name);
  if (!r.ok) return r;
  return ok({
    status: 'opened',
    name,
    draft: r.value.draft as PlanInput,
    issues: r.value.issues,
  });
}

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
      const text = decodePlanBytes(file.bytes, file.name);
      if (!text.ok) return text;
      return openPlanText(file.name, text.value);
    },

    'plan:save': async ({ plan, fileName }) =>
      deps.dialogs.saveText(fileName ?? 'etcd-plan.yaml', planToYaml(plan as PlanInput)),
  };
}
