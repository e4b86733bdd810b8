/**
 * The one way the window writes a moment: local time as "2027-12-01 09:55" (files keep ISO 8601
 * UTC), with the exact UTC instant in a tooltip. Written by hand rather than with
 * toLocaleString, so English and Chinese screens show the same unambiguous digits.
 */

const MS_PER_DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** `2027-12-01 09:55` in the computer's time zone; the input unchanged if it is not a date. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A message's params with every ISO instant (notAfter, caNotAfter…) in local time, for the
 * sentence a person reads; quoted tool output keeps the instants the tool printed.
 */
export const localDateParams = (params: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, ISO_INSTANT.test(v) ? localDateTime(v) : v]),
  );

/** Whole days from `now` (ms) until `iso` (negative once past). */
export const daysUntil = (iso: string, now: number): number =>
  Math.floor((Date.parse(iso) - now) / MS_PER_DAY);

/** Props of LocalTime. */
export interface LocalTimeProps {
  readonly iso: string;
}

/** A moment in local time, machine-readable, with the ISO instant on hover. */
export function LocalTime({ iso }: LocalTimeProps) {
  return (
    <time dateTime={iso} title={iso}>
      {localDateTime(iso)}
    </time>
  );
}
