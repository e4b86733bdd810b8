/**
 * Types for the few node-forge calls shared/ makes (the legacy PKCS#12 ciphers in
 * pkcs12-kdf.ts). @types/node-forge starts with `/// <reference types="node" />`, which would
 * pull Node's globals (setTimeout, fetch, Buffer…) into shared/ and let code that only runs on
 * Node type-check here; importing node-forge's own entry file by path, typed below, keeps them
 * out. At run time it is the same module as `import forge from 'node-forge'`.
 */
declare module 'node-forge/lib/index.js' {
  /** Forge's binary-string buffer. */
  interface ByteStringBuffer {
    getBytes(): string;
  }
  /** A block cipher after `create…`: feed it, then `finish` checks the padding. */
  interface BlockCipher {
    update(input: ByteStringBuffer): void;
    finish(): boolean;
    readonly output: ByteStringBuffer;
  }
  const forge: {
    readonly util: { createBuffer(bytes: string): ByteStringBuffer };
    readonly cipher: {
      createDecipher(
        algorithm: '3DES-CBC',
        key: ByteStringBuffer,
      ): BlockCipher & { start(options: { iv: ByteStringBuffer }): void };
    };
    readonly rc2: {
      createDecryptionCipher(
        key: ByteStringBuffer,
        bits: number,
      ): BlockCipher & { start(iv: ByteStringBuffer): void };
    };
  };
  export default forge;
}
