import { describe, expect, it } from 'vitest';
import { daysUntil, localDateParams, localDateTime } from './date-time';

describe('localDateTime', () => {
  it('writes the local wall-clock time of an ISO instant, to the minute', () => {
    // Node reads TZ again when it changes; renderer code has no Node types, hence the cast.
    const env = (globalThis as unknown as { process: { env: Record<string, string> } }).process.env;
    const before = env.TZ;
    try {
      env.TZ = 'Asia/Shanghai';
      expect(localDateTime('2027-12-01T09:55:42.000Z')).toBe('2027-12-01 17:55');
      env.TZ = 'America/New_York';
      expect(localDateTime('2027-12-01T02:05:00Z')).toBe('2027-11-30 21:05');
    } finally {
      if (before === undefined) delete env.TZ;
      else env.TZ = before;
    }
  });

  it('leaves a text that is not a date as it is', () => {
    expect(localDateTime('soon')).toBe('soon');
  });
});

describe('daysUntil', () => {
  it('counts whole days, negative once past', () => {
    const now = Date.parse('2027-01-01T00:00:00Z');
    expect(daysUntil('2027-01-31T12:00:00Z', now)).toBe(30);
    expect(daysUntil('2026-12-31T12:00:00Z', now)).toBe(-1);
  });
});

describe('localDateParams', () => {
  it('turns ISO instants into local time and leaves the rest', () => {
    const p = localDateParams({ notAfter: '2027-12-01T09:55:42Z', subject: 'CN=etcd0', days: '3' });
    expect(p.notAfter).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(p).toMatchObject({ subject: 'CN=etcd0', days: '3' });
  });
});
