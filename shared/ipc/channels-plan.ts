/** Plan file channels: validate a draft, open and save plan files through the host. */
import * as z from 'zod';
import type { PlanIssue } from '../plan/plan';
import type { PlanInput } from '../plan/schema';
import { request, type RequestSpec } from './define';

/** A plan file's text as the renderer read it (browser upload or drop). */
const planText = z.strictObject({
  name: z.string().min(1).max(255),
  text: z.string().max(1024 * 1024, 'a plan file is a few kilobytes; this one is over 1 MiB'),
});

/**
 * A plan draft: any JSON object. Drafts may be incomplete (the wizard saves work in progress);
 * pki:issue is where a plan must pass planSchema.
 */
export const planDraft = z.record(z.string(), z.unknown());

/** Outcome of opening a plan: a draft to load (even if it has issues) or why there is none. */
export type PlanOpenResult =
  | {
      readonly status: 'opened';
      readonly name: string;
      /** The YAML as an object, defaults not applied, so the wizard shows what the file says. */
      readonly draft: PlanInput;
      /** Empty when the plan is valid. */
      readonly issues: readonly PlanIssue[];
    }
  | { readonly status: 'cancelled' }
  /** The browser host has no native dialog: the renderer must upload the file and call again. */
  | { readonly status: 'upload-needed' };

/** Outcome of saving: written by the host, cancelled, or handed back for a browser download. */
export type PlanSaveResult =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'download'; readonly name: string; readonly text: string };

/** Request channels of the `plan` domain. */
export const planRequests = {
  'plan:validate': request(z.strictObject({ plan: z.unknown() })).returns<{
    readonly issues: readonly PlanIssue[];
  }>(),
  /** Without `file`, the host shows its open dialog (Electron) or asks for an upload. */
  'plan:open': request(
    z.strictObject({ file: planText.optional() }).optional(),
  ).returns<PlanOpenResult>(),
  'plan:save': request(
    z.strictObject({
      plan: planDraft,
      fileName: z
        .string()
        .regex(/^[^/\\:*?"<>|]{1,120}\.ya?ml$/, 'a file name ending in .yaml, without folders')
        .optional(),
    }),
  ).returns<PlanSaveResult>(),
} satisfies Record<`plan:${string}`, RequestSpec<z.ZodType, unknown>>;
