// Where the browser may be sent after signing in or out. Origins are compared after the
// URL is parsed as a browser would parse it (http://store@evil.example is evil.example,
// /\evil.example is //evil.example), never as string prefixes. Pure: no server or browser API.

/**
 * A next-auth redirect target: the URL, or a path resolved against the store's address
 * (APP_URL, configured, never taken from the request), when it lands on that origin;
 * otherwise the fallback path there. The answer is the parsed URL, so what the browser
 * follows is what was checked.
 */
export function sameOriginRedirect(url: string, appUrl: string, fallbackPath: string): string {
  const base = new URL(appUrl);
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return new URL(fallbackPath, base).toString();
  }
  if (target.origin !== base.origin) return new URL(fallbackPath, base).toString();
  target.username = "";
  target.password = "";
  return target.toString();
}

// a stand-in origin: a relative path that stays on it stays on whatever site the browser is on
const SAME_SITE = "http://same-site.invalid";

/** A path to follow after sign-in: on this site and, once resolved, at or under the prefix; the prefix otherwise. */
export function safeReturnPath(raw: string | null | undefined, prefix: string): string {
  if (!raw || !raw.startsWith("/")) return prefix;
  let target: URL;
  try {
    target = new URL(raw, SAME_SITE);
  } catch {
    return prefix;
  }
  if (target.origin !== SAME_SITE) return prefix;
  const path = target.pathname;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return prefix;
  return path + target.search + target.hash;
}
