/**
 * Durations typed on the command line (`--expiring-within 30d`): a whole number and one unit,
 * so that cron lines read the same to every admin. No unit is ambiguous (no "m" for months).
 */
import { fail, ok, type Result } from '../result';

const UNIT_MS = {
  s: 1_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
} as const;

/** Parses `30d`, `12h`, `2w`, `90min` or `45s` into milliseconds; `flag` names the option in errors. */
export function parseDuration(text: string, flag: string): Result<number> {
  const m = /^(\d{1,6})(s|min|h|d|w)$/.exec(text.trim());
  if (!m)
    return fail(
      'option-invalid',
      `${flag} "${text}" is not a duration; write a whole number and a unit: 30d, 12h, 2w, 90min or 45s`,
      flag,
    );
  return ok(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
}

/** A duration for messages: `30 days`, `12 hours`… (largest whole unit); `30 天` in Chinese. */
export function durationText(ms: number, language: 'en' | 'zh-CN' = 'en'): string {
  const units: [number, string, string][] = [
    [UNIT_MS.d, 'day', '天'],
    [UNIT_MS.h, 'hour', '小时'],
    [UNIT_MS.min, 'minute', '分钟'],
    [UNIT_MS.s, 'second', '秒'],
  ];
  for (const [size, name, zh] of units)
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return language === 'zh-CN' ? `${n} ${zh}` : `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  return language === 'zh-CN' ? `${ms} 毫秒` : `${ms} ms`;
}
