/** Reading and writing the plan file: YAML text in, a validated Plan or a precise error out. */
import { isNode, isScalar, Lexer, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { fail, ok, type AppError, type Result } from '../result';
import { escapeControls } from '../text/one-line';
import { PLAN_MAX_BYTES, planTooLarge, utf8Length } from './plan-limits';
import { msg } from '../text/text';
import { validatePlan, type PlanIssue } from './plan-validate';
import type { Plan } from './schema';

export { PLAN_MAX_BYTES, planTooLarge, utf8Length } from './plan-limits';
export { EXAMPLE_PLAN_YAML } from './plan-example';
export { planToYaml } from './plan-yaml';
export { formatPath, validatePlan, type PlanIssue } from './plan-validate';

/** How many alias expansions a plan may make (yaml's own default): more is an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** Deepest `[`/`{` nesting read; a plan nests two or three levels, yaml's cost explodes past thousands. */
const MAX_FLOW_DEPTH = 64;

/** The deepest flow-collection nesting of YAML text, from yaml's own lexer (linear time). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') max = Math.max(max, ++depth);
    else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** The first key a plan cannot have: one that repeats an earlier key of its mapping, or one that is not a scalar. */
function firstBadKey(doc: Document): { at: number; kind: 'duplicate' | 'complex' } | undefined {
  let found: { at: number; kind: 'duplicate' | 'complex' } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        const at = isNode(key) && key.range ? key.range[0] : 0;
        // A collection or alias as key (`? [a]`, `? &a ? &a …`): no plan field is one, and
        // stringifying nested ones for a JS object's key grows exponentially (a few hundred
        // bytes of `? &a ` ran for seconds and then overflowed the string length).
        if (key !== null && !isScalar(key)) {
          found = { at, kind: 'complex' };
          return visit.BREAK;
        }
        // As toJS makes them: 1 and "1" are one key of the object, an empty key and null are "".
        const k = key === null || key.value === null ? '' : String(key.value);
        if (seen.has(k)) {
          found = { at, kind: 'duplicate' };
          return visit.BREAK;
        }
        seen.add(k);
      }
      return undefined;
    },
  });
  return found;
}

/** A plan file read as YAML: the data as written (the draft) and its problems, or the plan. */
export interface PlanRead {
  /** The YAML as plain data, defaults not applied: what the wizard shows. */
  readonly draft: unknown;
  /** Set when the draft passes the schema, with every default filled in. */
  readonly plan?: Plan;
  /** Every schema problem, with its line; empty when `plan` is set. */
  readonly issues: readonly PlanIssue[];
  /** The first problem as one line, for the CLI and dialogs; set when `plan` is not. */
  readonly error?: AppError;
}

/**
 * Reads plan YAML once: size, syntax and alias expansion are checked here (failures), schema
 * problems come back as issues next to the draft. Bounded input: the size is checked before
 * parsing; the Node hosts run a big plan in a worker with a time limit (electron/plan/plan-reader.ts).
 */
export function readPlanYaml(text: string, source = 'plan'): Result<PlanRead> {
  const name = escapeControls(source);
  const bytes = text.length > PLAN_MAX_BYTES ? text.length : utf8Length(text);
  if (bytes > PLAN_MAX_BYTES) return { ok: false, error: planTooLarge(source) };
  if (flowDepth(text) > MAX_FLOW_DEPTH)
    return fail('plan-yaml', msg('plan.nested-too-deep', { source: name, max: MAX_FLOW_DEPTH }));
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other (seconds for a few
  // thousand keys); firstBadKey does the same job in linear time.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length === 0) {
    const bad = firstBadKey(doc);
    if (bad !== undefined) {
      const pos = lines.linePos(bad.at);
      const where = { source: name, line: pos.line, col: pos.col };
      return fail(
        'plan-yaml',
        bad.kind === 'duplicate'
          ? msg('plan.duplicate-key', where)
          : msg('plan.complex-key', where),
      );
    }
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    // yaml's own words are quoted tool output: verbatim in every language.
    return fail(
      'plan-yaml',
      msg('plan.yaml-error', {
        source: name,
        position: pos ? `:${pos.line}:${pos.col}` : '',
        detail: escapeControls(e.message.split('\n')[0] ?? ''),
      }),
    );
  }
  let draft: unknown;
  try {
    draft = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount (a "billion laughs").
    if (e instanceof ReferenceError)
      return fail(
        'plan-yaml',
        msg('plan.aliases', { source: name, detail: escapeControls(e.message) }),
      );
    throw e;
  }
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft))
    return fail('plan-invalid', msg('plan.not-mapping', { source: name }));
  const v = validatePlan(draft);
  if (v.plan) return ok({ draft, plan: v.plan, issues: [] });
  const issues = v.issues.map((i) => {
    const node = doc.getIn(
      i.path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      true,
    );
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
    return line === undefined ? i : { ...i, line };
  });
  const first = issues[0]!;
  const where = `${name}${first.line ? `:${first.line}` : ''}`;
  const more = issues.length - 1;
  const error: AppError = {
    code: 'plan-invalid',
    path: first.path,
    text: msg('plan.file-issue', {
      where,
      field: first.path ? escapeControls(first.path) : msg('plan.top-level', {}),
      problem: first.text,
      more:
        more === 0
          ? ''
          : more === 1
            ? msg('plan.one-more', {})
            : msg('plan.more-problems', { count: more }),
    }),
  };
  return ok({ draft, issues, error });
}

/**
 * readPlanYaml for the Node hosts' readers (electron/plan/): the parser giving up (a RangeError
 * on absurd input, …) is the input's fault, so it becomes a plan-yaml failure, not a bug.
 */
export function readPlanYamlOrGiveUp(text: string, source: string): Result<PlanRead> {
  try {
    return readPlanYaml(text, source);
  } catch (e) {
    return fail(
      'plan-yaml',
      msg('plan.parser-gave-up', {
        source: escapeControls(source),
        detail: e instanceof Error ? e.message : String(e),
      }),
    );
  }
}

/** Parses plan YAML into a valid plan; on failure, the first problem becomes the error (all are in `issues`). */
export function parsePlanYaml(
  text: string,
  source = 'plan',
): Result<Plan> & { issues?: PlanIssue[] } {
  const r = readPlanYaml(text, source);
  if (!r.ok) return r;
  if (r.value.plan) return ok(r.value.plan);
  return { ok: false, error: r.value.error!, issues: [...r.value.issues] };
}
