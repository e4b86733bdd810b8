/**
 * The browser host's tab key (the per-run token traded for a key of this tab, see
 * electron/web-host/sessions.ts), asked for once. main.tsx starts the exchange before React and
 * the app are evaluated, so that the host's answer is back by the time the app's first request
 * (the host facts for the footer) needs the key; web-transport.ts awaits the same promise.
 */
import { WEB_TOKEN_HEADER } from '../../shared/ipc/wire';

const TAB_KEY = 'etw-tab';

/**
 * Takes the access token out of the address bar at once (so it stays in neither the URL nor
 * the history entry). The token itself is never stored.
 */
function takeToken(): string | undefined {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return undefined;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return token;
}

/** Trades the token for this tab's key on the first load; a reload finds the key in sessionStorage. */
async function exchange(token: string | undefined): Promise<string> {
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

let key: Promise<string> | undefined;

/** This tab's key; the first call takes the token from the address bar and starts the exchange. */
export function webTabKey(): Promise<string> {
  return (key ??= exchange(takeToken()));
}
