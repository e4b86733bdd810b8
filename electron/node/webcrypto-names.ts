/**
 * WebCrypto's hash and curve names as node:crypto spells them, for the modules that answer
 * WebCrypto calls with node:crypto directly (digests, verify-only keys, the command line's signing).
 */

/** node:crypto's name for each SHA-1/2 hash WebCrypto names (keys upper-case). */
export const NODE_HASH: Readonly<Record<string, string>> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/** OpenSSL's name for each NIST curve WebCrypto names, as KeyObjects report namedCurve. */
export const CURVES: Readonly<Record<string, string>> = {
  'P-256': 'prime256v1',
  'P-384': 'secp384r1',
  'P-521': 'secp521r1',
};
