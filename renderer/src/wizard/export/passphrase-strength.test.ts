import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphrase strength', () => {
  it('calls repeated and sequential characters weak, whatever their length', () => {
    expect(passphraseStrength('').level).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('abcdefghijklmnop').level).toBe('weak');
    expect(passphraseStrength('123456789012').level).toBe('weak');
  });

  it('grows with length and variety', () => {
    const fair = passphraseStrength('correct horse 42');
    const strong = passphraseStrength('correct horse battery staple 42!');
    expect(fair.level).toBe('fair');
    expect(strong.level).toBe('strong');
    expect(strong.bits).toBeGreaterThan(fair.bits);
    expect(passphraseStrength('集群证书的口令很长也很独特2027').level).toBe('strong');
  });
});
