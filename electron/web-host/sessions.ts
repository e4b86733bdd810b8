/**
 * Who may talk to the browser host. The per-run token (printed with the URL) is exchanged, never
 * kept: the first page load gets an opaque session cookie, and the page's script trades the
 * token once for a tab key that it sends as a header on every API call.
 *
 * Why not put the token in the cookie: browsers send cookies for 127.0.0.1 to every port of
 * 127.0.0.1, so any other local web server the user visits would receive it. The session cookie
 * only opens the (public) static files; the API needs the tab key too, which lives in the tab's
 * sessionStorage and is never sent unasked. The cookie name carries the port, so two hosts on
 * one machine do not overwrite each other's session.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Most sessions (browser profiles) and tabs per session kept; the oldest go first. */
const MAX_SESSIONS = 32;
const MAX_TABS = 32;

/** Compares secrets in constant time; false (never a throw) for any length or encoding. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

const newId = (): string => randomBytes(32).toString('base64url');

/** The sessions and tabs of one browser host. */
export class SessionStore {
  /** Session id → its tab keys (insertion order = age). */
  private readonly sessions = new Map<string, Set<string>>();
  /** Tab key → session id. */
  private readonly tabs = new Map<string, string>();

  /** `port` is read when needed: the host learns its port only once it listens. */
  constructor(private readonly port: () => number) {}

  /** Name of the session cookie: bound to this host's port. */
  get cookieName(): string {
    return `etw_session_${this.port()}`;
  }

  /** The Set-Cookie value for a session: HttpOnly (no script reads it), Strict, whole site. */
  cookie(session: string): string {
    return `${this.cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** The valid session named by the request's cookie, if any. */
  sessionOf(req: IncomingMessage): string | undefined {
    const value = req.headers.cookie
      ?.split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`${this.cookieName}=`))
      ?.slice(this.cookieName.length + 1);
    return value !== undefined && this.sessions.has(value) ? value : undefined;
  }

  /** Starts a session (a page load that carried the token). */
  open(): string {
    if (this.sessions.size >= MAX_SESSIONS) {
      const [oldest] = this.sessions.keys();
      this.drop(oldest!);
    }
    const id = newId();
    this.sessions.set(id, new Set());
    return id;
  }

  /** Gives a tab of `session` its key (the token exchange). */
  addTab(session: string): string {
    const tabs = this.sessions.get(session)!;
    if (tabs.size >= MAX_TABS) {
      const [oldest] = tabs;
      tabs.delete(oldest!);
      this.tabs.delete(oldest!);
    }
    const key = newId();
    tabs.add(key);
    this.tabs.set(key, session);
    return key;
  }

  /** The tab a request speaks for: its key header must belong to its session cookie. */
  tabOf(req: IncomingMessage, header: string): string | undefined {
    const session = this.sessionOf(req);
    const key = req.headers[header];
    if (session === undefined || typeof key !== 'string') return undefined;
    return this.tabs.get(key) === session ? key : undefined;
  }

  private drop(session: string): void {
    for (const key of this.sessions.get(session) ?? []) this.tabs.delete(key);
    this.sessions.delete(session);
  }
}
