// shared/'s WebCrypto types: both hosts' objects fit them without casts (checked by tsc -b,
// which builds this file with the DOM and Node libraries), and keys made through them go back
// into the host's own WebCrypto and match.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, importPkcs8, kindOfAlgorithm, privateKeyMatchesSpki } from './keys';
import type { Crypto } from './webcrypto';

/** Node's implementation, as electron/ passes it. */
const nodeCrypto: Crypto = webcrypto;
/** The global, typed by the DOM library as the browser's `window.crypto` is. */
const browserCrypto: Crypto = globalThis.crypto;

describe('shared WebCrypto types', () => {
  for (const [host, crypto] of [
    ['node:crypto webcrypto', nodeCrypto],
    ['globalThis.crypto', browserCrypto],
  ] as const) {
    it(`hand keys made with ${host} back to the host's own WebCrypto`, async () => {
      const kind = kindOfAlgorithm('ecdsa-p256');
      const pair = await generateKeyPair('ecdsa-p256', crypto);
      const other = await generateKeyPair('ecdsa-p256', crypto);
      // The host's API takes the keys as shared/ typed them.
      const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
      const spki = await globalThis.crypto.subtle.exportKey('spki', pair.publicKey);
      const otherSpki = await webcrypto.subtle.exportKey('spki', other.publicKey);
      const back = await importPkcs8(pkcs8, kind, crypto);
      expect(await privateKeyMatchesSpki(back, kind, spki, crypto)).toBe(true);
      expect(await privateKeyMatchesSpki(back, kind, otherSpki, crypto)).toBe(false);
    });
  }
});
