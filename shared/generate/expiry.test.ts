import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, icsFold } from './expiry';

describe('compareIds', () => {
  it('orders certificate ids exactly as localeCompare does', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);
    const id = fc
      .tuple(fc.constantFrom('server:', 'peer:', 'client:'), name)
      .map(([p, n]) => p + n);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(compareIds(a, b)).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on ids that differ only in case or punctuation', () => {
    const pairs = [
      ['server:a', 'server:A'],
      ['server:Ab', 'server:aB'],
      ['peer:etcd-1', 'peer:etcd_1'],
      ['peer:x.1', 'peer:x-1'],
      ['client:a.b', 'client:a:b'],
      ['client:e9', 'client:e_'],
      ['server:ETCD', 'server:etcd0'],
    ];
    for (const [a, b] of pairs) {
      expect(compareIds(a!, b!), `${a} ${b}`).toBe(Math.sign(a!.localeCompare(b!)));
      expect(compareIds(b!, a!), `${b} ${a}`).toBe(Math.sign(b!.localeCompare(a!)));
    }
  });
});

describe('icsFold', () => {
  it('keeps every line within 75 octets and unfolds to the input, for any text', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = icsFold(text);
        for (const line of folded.split('\r\n'))
          expect(enc.encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });
});
