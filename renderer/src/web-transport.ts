/**
 * window.api over HTTP, for the browser host: the same methods, derived from the same channel
 * list, posting to /api/<channel> with this tab's key in a header (the per-run token traded
 * for it once, web-session.ts). Events arrive on one streamed
 * GET /api/events response (newline-delimited JSON), carrying this tab's events only.
 */
import { EVENT_CHANNEL_NAMES, REQUEST_CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import type { EventChannel, WindowApi } from '../../shared/ipc/contract';
import { eventMethodName, methodName } from '../../shared/ipc/method-names';
import { WEB_TAB_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Result } from '../../shared/result';
import { webTabKey } from './web-session';

/** Builds window.api for the browser host. */
export function createWebApi(): WindowApi {
  const key = webTabKey();
  const headersWith = (tab: string) => ({
    'Content-Type': 'application/json',
    [WEB_TAB_HEADER]: tab,
  });
  const headersOf = async () => headersWith(await key);
  // Once the key is known a request goes out in the same task as the call, not after the
  // microtasks already queued (a click's React render among them).
  let knownKey: string | undefined;
  void key.then((k) => (knownKey = k));
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let streaming = false;

  const stream = async (): Promise<void> => {
    streaming = true;
    try {
      const res = await fetch('/api/events', { headers: await headersOf() });
      if (!res.ok || !res.body) return;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines.filter(Boolean)) {
          const { event, payload } = decodeWire(line) as { event: string; payload: unknown };
          listeners.get(event)?.forEach((l) => l(payload));
        }
      }
    } catch {
      // The host stopped or the page is unloading; subscriptions simply receive nothing more.
    } finally {
      streaming = false;
    }
  };

  const api: Record<string, unknown> = {};
  for (const channel of REQUEST_CHANNEL_NAMES) {
    api[methodName(channel)] = async (arg?: unknown): Promise<Result<unknown>> => {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: knownKey === undefined ? await headersOf() : headersWith(knownKey),
        body: arg === undefined ? '' : encodeWire(arg),
      });
      const text = await res.text();
      // Non-200 means a bug or a broken host, not an expected failure: throw (app error dialog).
      if (!res.ok) throw new Error(`${channel}: the browser host answered ${res.status}: ${text}`);
      return decodeWire(text) as Result<unknown>;
    };
  }
  for (const event of EVENT_CHANNEL_NAMES) {
    api[eventMethodName(event)] = (listener: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event as EventChannel, set);
      set.add(listener);
      if (!streaming) void stream();
      return () => set.delete(listener);
    };
  }
  return api as WindowApi;
}
