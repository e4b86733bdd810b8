/** The shape of a language's probe texts (kept apart so the tables and their users share it). */
import type { TargetProblem } from './target';
import type { ProbeCheckId, ProbeCode, ProbeStatus, ProbeVerdict } from './types';

/** The texts of one outcome; `{name}` placeholders are filled from the check's params. */
export interface ProbeText {
  readonly title: string;
  readonly detail: string;
  /** What the tools print, one line per tool starting with its name (quotes stay in English). */
  readonly seenAs?: readonly string[];
  readonly fix?: string;
}

/** A language's table. */
export interface ProbeMessages {
  readonly checks: Readonly<Record<ProbeCheckId, string>>;
  readonly statuses: Readonly<Record<ProbeStatus, string>>;
  readonly verdicts: Readonly<Record<ProbeVerdict, string>>;
  readonly codes: Readonly<Record<ProbeCode, ProbeText>>;
  readonly urlProblems: Readonly<Record<TargetProblem, string>>;
}

/** Languages with a table. */
export type ProbeLocale = 'en' | 'zh-CN';
