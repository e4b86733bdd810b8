/**
 * window.api over HTTP, for the browser host: the same methods, derived from the same channel
 * list, posting to /api/<channel> with the per-run token in a header. Events arrive on one
 * streamed GET /api/events response (newline-delimited JSON).
 */
import {
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
  type EventChannel,
  type WindowApi,
} from '../../shared/ipc/contract';
import { eventMethodName, methodName } from '../../shared/ipc/define';
import { WEB_TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Result } from '../../shared/result';

const TOKEN_KEY = 'etw-token';

/** Takes the token from the first load's URL (then hides it) or from this tab's session. */
function takeToken(): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Builds window.api for the browser host. */
export function createWebApi(): WindowApi {
  const token = takeToken();
  const headers = { 'Content-Type': 'application/json', [WEB_TOKEN_HEADER]: token };
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  let streaming = false;

  const stream = async (): Promise<void> => {
    streaming = true;
    try {
      const res = await fetch('/api/events', { headers });
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
  for (const channel of REQUEST_CHANNELS) {
    api[methodName(channel)] = async (arg?: unknown): Promise<Result<unknown>> => {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers,
        body: arg === undefined ? '' : encodeWire(arg),
      });
      const text = await res.text();
      // Non-200 means a bug or a broken host, not an expected failure: throw (app error dialog).
      if (!res.ok) throw new Error(`${channel}: the browser host answered ${res.status}: ${text}`);
      return decodeWire(text) as Result<unknown>;
    };
  }
  for (const event of EVENT_CHANNELS) {
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
