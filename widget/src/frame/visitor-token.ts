// Keeps the visitor token on the relay origin so a reload continues the same conversation: in localStorage, and in
// a partitioned (CHIPS) cookie for browsers that deny storage to cross-site frames, as Chromium's third-party
// cookie phase-out does.

export interface VisitorTokenStore {
  get(): string | undefined;
  set(token: string): void;
  clear(): void;
}

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `document` in the frame; anything with a cookie property that behaves like it in tests. */
export interface CookieJar {
  cookie: string;
}

export function visitorTokenKey(siteKey: string): string {
  return `parley:visitor:${siteKey}`;
}

/** Half a year; the relay re-signs the token on every connect, so an active shopper never hits its expiry. */
const COOKIE_MAX_AGE = 180 * 24 * 3600;

/**
 * Every backend can be missing or throw (blocked third-party storage, private modes); the token then also lives
 * in memory, so the worst case is a new identity per page load, never a broken chat.
 */
export function createVisitorTokenStore(
  siteKey: string,
  storage: TokenStorage | undefined,
  jar?: CookieJar,
): VisitorTokenStore {
  const key = visitorTokenKey(siteKey);
  const cookieName = `parley_visitor_${encodeURIComponent(siteKey)}`;
  let memory: string | undefined;
  const attempt = <T>(action: () => T): T | undefined => {
    try {
      return action() ?? undefined;
    } catch {
      return undefined;
    }
  };
  const writeCookie = (value: string, maxAge: number) => {
    if (!jar) return;
    // Path=/frame/ keeps the token off every other request to the relay (and out of its access logs).
    jar.cookie = `${cookieName}=${encodeURIComponent(value)}; Path=/frame/; Max-Age=${maxAge}; Secure; SameSite=None; Partitioned`;
  };
  const readCookie = () => {
    const prefix = `${cookieName}=`;
    const entry = jar?.cookie.split('; ').find((part) => part.startsWith(prefix));
    return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
  };
  return {
    get: () => attempt(() => storage?.getItem(key)) ?? attempt(readCookie) ?? memory,
    set(token) {
      memory = token;
      attempt(() => storage?.setItem(key, token));
      attempt(() => writeCookie(token, COOKIE_MAX_AGE));
    },
    clear() {
      memory = undefined;
      attempt(() => storage?.removeItem(key));
      attempt(() => writeCookie('', 0));
    },
  };
}
