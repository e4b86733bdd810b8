/**
 * A rough strength estimate for the CA key passphrase, shown while typing so that people choose
 * one that resists guessing: the key is encrypted with PBKDF2 (600,000 rounds), so every bit of
 * entropy here doubles an attacker's work. Character classes give the alphabet; repeated
 * characters and runs lower the count, since "aaaaaaaaaaaa" is not 56 bits of anything.
 */

/** How strong a passphrase looks. */
export type Strength = 'weak' | 'fair' | 'strong';

/** Estimated entropy in bits, and what that means. */
export function passphraseStrength(passphrase: string): { bits: number; level: Strength } {
  const chars = [...passphrase];
  if (chars.length === 0) return { bits: 0, level: 'weak' };
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9\u0080-\uffff]/.test(passphrase)) pool += 33;
  if (/[\u0080-\uffff]/.test(passphrase)) pool += 100;
  // Count a character only when it differs from the one before and is not one step on from it
  // ("abcd", "1234" are runs), and weigh by how varied the whole string is.
  let effective = 1;
  for (let i = 1; i < chars.length; i++) {
    const d = chars[i]!.codePointAt(0)! - chars[i - 1]!.codePointAt(0)!;
    if (d !== 0 && Math.abs(d) !== 1) effective++;
  }
  const variety = Math.min(1, new Set(chars).size / Math.max(4, chars.length / 2));
  const bits = Math.round(effective * Math.log2(Math.max(pool, 2)) * variety);
  return { bits, level: bits >= 100 ? 'strong' : bits >= 60 ? 'fair' : 'weak' };
}
