/** The unrolled SHA-256 chain gives what node:crypto gives, round for round. */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Chain } from './sha256-chain';

const nativeChain = (start: Uint8Array, rounds: number): Uint8Array => {
  let a = Buffer.from(start);
  for (let i = 0; i < rounds; i++) a = createHash('sha256').update(a).digest();
  return new Uint8Array(a);
};

describe('sha256Chain', () => {
  it('equals repeated node:crypto SHA-256 for any 32-byte start and round count', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.integer({ min: 0, max: 300 }),
        (start, rounds) => {
          expect(sha256Chain(start, rounds)).toEqual(nativeChain(start, rounds));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matches a long chain and reads a start value inside a larger buffer', () => {
    const big = new Uint8Array(64).map((_, i) => i * 7);
    const start = big.subarray(16, 48);
    expect(sha256Chain(start, 20_000)).toEqual(nativeChain(start, 20_000));
  });

  it('refuses a start value that is not 32 bytes', () => {
    expect(() => sha256Chain(new Uint8Array(20), 1)).toThrow(/32 bytes/);
  });
});
