/**
 * The pure web-platform globals shared/ uses: text encoding, base64 and URL parsing, which
 * Node 20 and every browser provide alike. shared/ compiles without the DOM and Node libraries
 * so that I/O, timers and storage (fetch, setTimeout, localStorage, navigator, Buffer…) do not
 * type-check here; WebCrypto is not a global either, it is passed in (pki/webcrypto.ts).
 */

/** UTF-8 encoder. */
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

/** Decoder for UTF-8, UTF-16 and the other WHATWG encodings. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}

/** Base64 to a binary string (one char per byte); throws on invalid input. */
declare function atob(data: string): string;
/** A binary string (one char per byte) to base64. */
declare function btoa(data: string): string;

/** WHATWG URL parsing (read only here). */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}
