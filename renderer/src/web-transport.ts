/**
 * window.api over HTTP, for the browser host: the same methods, derived from the same channel
 * list, posting to /api/<channel> with this tab's key in a header (the per-run token is traded
 * for it once, see electron/web-host/sessions.ts). Events arrive on one streamed
 * GET /api/events response (newline-delimited JSON), carrying this tab's events only.
 */
import { EVENT_CHANNEL_NAMES, REQUEST_CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import type { EventChannel, WindowApi } from '../../shared/ipc/contract';
import { eventMethodName, methodName } from '../../shared/ipc/method-names';
import { WEB_TAB_HEADER, WEB_TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Result } from '../../shared/result';

const TAB_KEY = 'etw-tab';

/**
 * Takes the access token out of the address bar at once (so it stays in neither the URL nor
 * the history entry), then trades it for this tab's key; a reload finds the key in this tab's
 * sessionStorage. The token itself is never stored.
 */
function takeToken(): string | undefined {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return undefined;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return token;
}

/** This tab's key: exchanged for the token on the first load, kept for reloads. */
async function tabKey(token: string | undefined): Promise<string> {
  if (token !== undefined) {
    try {
      const res = await fetch('/api/session', {
        method: 'POST',
        headers: { [WEB_TOKEN_HEADER]: token },
      });
      if (res.ok) {
        const { tab } = (await res.json()) as { tab: string };
        sessionStorage.setItem(TAB_KEY, tab);
        return tab;
      }
    } catch {
      // A token that is not even a valid header value, or the host is gone: as if absent.
    }
  }
  // Without a key every call gets 403, which the app shows as "open the printed URL again".
  return sessionStorage.getItem(TAB_KEY) ?? '';
}

/** Builds window.api for the browser host. */
export function createWebApi(): WindowApi {
  const key = tabKey(takeToken());
  const headersOf = async () => ({
    'Content-Type': 'application/json',
    [WEB_TAB_HEADER]: await key,
  });
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
        headers: await headersOf(),
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
