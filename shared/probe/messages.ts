/**
 * Words for probe results, chosen where the user is (the window in its language, the CLI in
 * English): each code's title, detail, what etcd/etcdctl/curl/APISIX print (`seenAs`, quoted
 * as those programs print it) and what to do, filled from the check's parameters.
 */
import { fillTemplate } from '../lint/rules';
import { PROBE_MESSAGES_EN } from './messages-en';
import { PROBE_MESSAGES_ZH_CN } from './messages-zh-CN';
import type { TargetProblem } from './target';
import type { ProbeLocale, ProbeMessages } from './message-types';
import type { ProbeCheck } from './types';

export type { ProbeLocale, ProbeMessages, ProbeText } from './message-types';

/** The table of a language. */
export const probeMessages = (locale: ProbeLocale = 'en'): ProbeMessages =>
  locale === 'zh-CN' ? PROBE_MESSAGES_ZH_CN : PROBE_MESSAGES_EN;

/** One check in words. */
export interface RenderedCheck {
  readonly label: string;
  readonly title: string;
  readonly detail: string;
  readonly seenAs?: readonly string[];
  readonly fix?: string;
}

/** Fills a check's texts in the given language. */
export function renderProbeCheck(check: ProbeCheck, locale: ProbeLocale = 'en'): RenderedCheck {
  const m = probeMessages(locale);
  const text = m.codes[check.code];
  const fill = (s: string) => fillTemplate(s, check.params);
  const detail =
    check.code === 'url-invalid'
      ? fill(m.urlProblems[check.params.problem as TargetProblem] ?? text.detail)
      : fill(text.detail);
  return {
    label: m.checks[check.check],
    title: fill(text.title),
    detail,
    ...(text.seenAs !== undefined ? { seenAs: text.seenAs.map(fill) } : {}),
    ...(text.fix !== undefined ? { fix: fill(text.fix) } : {}),
  };
}
