import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls, quoteInput } from './one-line';

describe('one-line escaping', () => {
  it('escapes newlines, tabs, other C0/C1 controls and bidi overrides, JSON-style', () => {
    expect(escapeControls('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(escapeControls('x\u0000\u001b[31m\u007f\u0085y')).toBe(
      'x\\u0000\\u001b[31m\\u007f\\u0085y',
    );
    expect(escapeControls('evil\u202etxt.key\u2066\u2069\u200f\u2028')).toBe(
      'evil\\u202etxt.key\\u2066\\u2069\\u200f\\u2028',
    );
    expect(quoteInput('etcd\n0')).toBe('"etcd\\n0"');
  });

  it('leaves ordinary text alone (backslashes, non-Latin scripts, emoji)', () => {
    for (const s of ['C:\\pki\\ca.crt', '证书 etcd-0', 'naïve café 🔐', '*.etcd.example'])
      expect(escapeControls(s)).toBe(s);
  });

  it('always yields a single line with no control or bidi character, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        const e = escapeControls(s);
        // eslint-disable-next-line no-control-regex
        expect(e).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
        expect(escapeControls(e)).toBe(e);
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});
