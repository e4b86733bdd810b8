/**
 * JSON encoding for the browser host's HTTP transport. Electron's IPC clones Uint8Array
 * natively; over HTTP bytes travel as `{ "$bytes": "<base64>" }` so both transports carry the
 * same values.
 */

const toBase64 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};

const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** Serialises a value for the wire, bytes included. */
export function encodeWire(value: unknown): string {
  // `this[k]` is the value before toJSON ran: a Node Buffer would otherwise arrive as
  // `{ type: 'Buffer', data: [...] }`.
  return JSON.stringify(value, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    return raw instanceof Uint8Array ? { $bytes: toBase64(raw) } : v;
  });
}

/** Parses wire text; throws SyntaxError on malformed JSON or base64 (the caller answers 400). */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof b === 'string') return fromBase64(b);
    }
    return v;
  });
}

/** Header in which the browser host expects its per-run access token (once, at POST /api/session). */
export const WEB_TOKEN_HEADER = 'x-etw-token';

/** Header that names the calling tab on every other API request (its key from /api/session). */
export const WEB_TAB_HEADER = 'x-etw-tab';
