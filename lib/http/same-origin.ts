// CSRF defence for cookie-authenticated requests: a state-changing request
// must come from a page of this site. Browsers send Origin with every POST (and
// Sec-Fetch-Site); a request without either is not a browser's cross-site request.
// Edge-safe: used by middleware.ts.

/** Methods that never change state here (every state change is a POST). */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Route handlers authenticated by an `Authorization: Bearer` header, never by a
 * cookie: a cross-site page cannot make a browser send that header (it is not
 * ambient, and a cross-origin request with it needs a CORS preflight this app never
 * allows), so CSRF does not apply and non-browser clients need not send Origin.
 */
export const BEARER_ONLY_ROUTES = new Set(["/api/admin/login-as-customer"]);

export const CROSS_SITE_REFUSED = "Cross-site request refused.";

type HeaderSource = { get(name: string): string | null };

/** True when the request may change state: a safe method, or sent by a page of this very host. */
export function isSameOriginRequest(method: string, headers: HeaderSource): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) does not parse
  } catch {
    return false;
  }
  // the same hosts Next.js compares for server actions: the forwarded host (behind a proxy), else Host
  const hosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")?.trim()].filter(Boolean);
  return hosts.includes(originHost);
}
