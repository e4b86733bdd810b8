/**
 * A chain of SHA-256 hashes, A ← SHA-256(A) repeated n times on a 32-byte A: the inner loop of
 * the PKCS#12 key derivation (RFC 7292 B.2), which runs 600,000 rounds for every .p12 MAC key.
 * Through node:crypto each round is a call across to native code whose overhead is five times the
 * hash itself; here each round is one SHA-256 block (FIPS 180-4) in plain JavaScript with the 64
 * rounds and the message schedule unrolled, so that V8 keeps the working variables in registers:
 * about 0.3 µs a round, some four times faster than calling the native hash per round.
 *
 * The unrolled body is generated once from the compact description below (a 300-line literal
 * would be harder to check than the 30 lines that write it); the result is compared with
 * node:crypto in sha256-chain.test.ts.
 */

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
/** The initial hash value H(0). */
const IV = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const rotr = (x: string, n: number): string => `((${x} >>> ${n}) | (${x} << ${32 - n}))`;

/** Source of `(h: Int32Array, rounds: number) => void`, hashing the 8 words of h in place. */
function chainSource(): string {
  const lines: string[] = [];
  const hs = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `h${i}`);
  lines.push(`let ${hs.map((h, i) => `${h} = h[${i}] | 0`).join(', ')};`);
  lines.push('for (let r = 0; r < rounds; r++) {');
  // The message is the 32-byte digest, then the padding bit and the length (256 bits).
  const w = Array.from({ length: 16 }, (_, i) => `w${i}`);
  const pad = ['-2147483648', '0', '0', '0', '0', '0', '0', '256'];
  lines.push(`let ${w.map((x, i) => `${x} = ${i < 8 ? hs[i] : pad[i - 8]}`).join(', ')};`);
  const v = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'k'];
  lines.push(`let ${v.map((x, i) => `${x} = ${IV[i]! | 0}`).join(', ')}, t1 = 0, t2 = 0;`);
  for (let i = 0; i < 64; i++) {
    const wi = w[i % 16]!;
    if (i >= 16) {
      const w15 = w[(i - 15) % 16]!;
      const w2 = w[(i - 2) % 16]!;
      const s0 = `(${rotr(w15, 7)} ^ ${rotr(w15, 18)} ^ (${w15} >>> 3))`;
      const s1 = `(${rotr(w2, 17)} ^ ${rotr(w2, 19)} ^ (${w2} >>> 10))`;
      lines.push(`${wi} = (${wi} + ${s0} + ${w[(i - 7) % 16]} + ${s1}) | 0;`);
    }
    const S1 = `(${rotr('e', 6)} ^ ${rotr('e', 11)} ^ ${rotr('e', 25)})`;
    const S0 = `(${rotr('a', 2)} ^ ${rotr('a', 13)} ^ ${rotr('a', 22)})`;
    lines.push(`t1 = (k + ${S1} + ((e & f) ^ (~e & g)) + ${K[i]! | 0} + ${wi}) | 0;`);
    lines.push(`t2 = (${S0} + ((a & b) ^ (a & c) ^ (b & c))) | 0;`);
    lines.push('k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;');
  }
  lines.push(hs.map((h, i) => `${h} = (${IV[i]! | 0} + ${v[i]}) | 0;`).join(' '));
  lines.push('}');
  lines.push(hs.map((h, i) => `h[${i}] = ${h};`).join(' '));
  return lines.join('\n');
}

// Built from the constants above, never from input: the only code this creates is the hash.
const compress = new Function('h', 'rounds', chainSource()) as (h: Int32Array, n: number) => void;

/** SHA-256 applied `rounds` times to the 32-byte `start`; returns the last digest. */
export function sha256Chain(start: Uint8Array, rounds: number): Uint8Array {
  if (start.length !== 32) throw new Error('sha256Chain: the start value must be 32 bytes');
  const view = new DataView(start.buffer, start.byteOffset, 32);
  const h = new Int32Array(8);
  for (let i = 0; i < 8; i++) h[i] = view.getInt32(4 * i);
  compress(h, rounds);
  const out = new Uint8Array(32);
  const o = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) o.setInt32(4 * i, h[i]!);
  return out;
}
