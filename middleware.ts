// Edge middleware: cheap, stateless work only, never the database (it runs before every request; pages and actions read the database).
// - /admin/**: a valid admin-realm JWT, or a redirect to the admin sign-in page.
// - /shop/**: the store view for this request (the shopper's cookie, passed on as
//   the x-store-view header; a client-sent x-store-view is never trusted); during
//   Login as Customer (JWT "act" claim) the session's store view, and
//   Cache-Control: private, no-store when the session disables the page cache.
// - every state-changing request to /admin, /shop (server actions) and /api (next-auth,
//   route handlers) must come from this site (Origin check, CSRF): 403 otherwise.
// - every page gets a fresh script nonce: in the request's Content-Security-Policy (Next.js
//   stamps its scripts with it) and in the response's, so no other inline script runs.
// - the responses made here carry the security headers of next.config.js too.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { ADMIN_SESSION_COOKIE, GUEST_CART_COOKIE, SHOP_SESSION_COOKIE, STORE_VIEW_COOKIE, adminAuthSecret, shopAuthSecret } from "@/lib/auth/cookies";
import { BEARER_ONLY_ROUTES, CROSS_SITE_REFUSED, isSameOriginRequest } from "@/lib/http/same-origin";
import { newNonce, securityHeadersFor } from "@/lib/http/security-headers";
import { ADMIN_REALM } from "@/lib/auth/realms";

// the guest cart cookie (lib/cart/count.ts); repeated here so the edge bundle stays free of server code
const CACHEABLE_CATALOG = /^\/shop\/(product|category)\/[^/]+$/;

/**
 * Catalog and product pages may be cached by shared caches only for visitors who carry no
 * shopper state at all (no session, no cart, no store view choice): their page is the same for
 * everyone. Anyone else gets a private, uncached page, so no shopper ever sees another's data.
 * Next.js replaces the Vary header, so a shared cache in front must bypass (not serve) cached
 * pages for requests carrying lac_shop_session, lac_cart or lac_store.
 * Such a cached page keeps the script nonce it was rendered with (policy and page are stored
 * together, so it still runs): every guest sees that nonce for up to a minute, the price of a
 * shared page cache. A nonce must be unknown to whoever writes into the page while it is
 * rendered, and a stored page no longer changes; every page rendered gets a fresh one.
 */
function catalogCacheControl(req: NextRequest): string | null {
  if (req.method !== "GET" || !CACHEABLE_CATALOG.test(req.nextUrl.pathname)) return null;
  if (req.headers.has("next-action") || req.headers.has("rsc")) return "private, no-store";
  const stateful = [SHOP_SESSION_COOKIE, GUEST_CART_COOKIE, STORE_VIEW_COOKIE].some((c) => req.cookies.has(c));
  return stateful ? "private, no-store" : "public, s-maxage=60";
}

const ADMIN_LOGIN = ADMIN_REALM.signInPage;

async function hasAdminToken(req: NextRequest): Promise<boolean> {
  const secret = adminAuthSecret();
  if (!secret || !req.cookies.get(ADMIN_SESSION_COOKIE)) return false;
  const token = await getToken({ req, secret, cookieName: ADMIN_SESSION_COOKIE }).catch(() => null);
  return Boolean(token && token.realm === "admin" && token.sub);
}

/** The Login as Customer claims of the shopper JWT (signature checked; whether the session is still active is the server's job). */
async function impersonationClaims(req: NextRequest): Promise<{ storeView: string | null; noCache: boolean } | null> {
  const secret = shopAuthSecret();
  if (!secret || !req.cookies.get(SHOP_SESSION_COOKIE)) return null;
  const token = await getToken({ req, secret, cookieName: SHOP_SESSION_COOKIE }).catch(() => null);
  const act = token?.act as { sub?: string } | undefined;
  if (!token || token.realm !== "shop" || !act?.sub || typeof token.lac !== "string") return null;
  return { storeView: typeof token.sv === "string" ? token.sv : null, noCache: token.nc === true };
}

/** Responses made by the middleware itself get the security headers here (next.config.js headers do not reach them on every path). */
function secured(res: NextResponse, pathname: string): NextResponse {
  for (const { key, value } of securityHeadersFor(pathname)) res.headers.set(key, value);
  return res;
}

/**
 * A page rendered for this request, with its own script nonce: Next.js reads it from the
 * request's policy and puts it on every script it writes; the browser gets the same policy.
 * Whatever policy or nonce the client sent is replaced.
 */
function page(req: NextRequest, pathname: string, headers: Headers = new Headers(req.headers)): NextResponse {
  const nonce = newNonce();
  const security = securityHeadersFor(pathname, { nonce });
  headers.set("content-security-policy", security.find((h) => h.key === "Content-Security-Policy")!.value);
  headers.set("x-nonce", nonce);
  const res = NextResponse.next({ request: { headers } });
  for (const { key, value } of security) res.headers.set(key, value);
  return res;
}

export async function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  // CSRF: Next.js refuses cross-site server actions with a 500; refuse them (and cross-site
  // posts to route handlers, which Next.js does not check) with a clear 403 before any work
  if (!BEARER_ONLY_ROUTES.has(pathname) && !isSameOriginRequest(req.method, req.headers)) {
    return secured(NextResponse.json({ error: CROSS_SITE_REFUSED }, { status: 403, headers: { "Cache-Control": "no-store" } }), pathname);
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    // the sign-in page is always reachable: a token can be valid here yet revoked in the
    // database (sign-out elsewhere, deactivation); the page itself sends a live session on
    if (pathname === ADMIN_LOGIN) return page(req, pathname);
    const signedIn = await hasAdminToken(req);
    if (!signedIn) {
      const login = new URL(ADMIN_LOGIN, req.url);
      if (pathname !== "/admin") login.searchParams.set("return", pathname + search);
      return secured(NextResponse.redirect(login), pathname);
    }
    return page(req, pathname);
  }

  // storefront
  const headers = new Headers(req.headers);
  headers.set("x-store-view", req.cookies.get(STORE_VIEW_COOKIE)?.value ?? "");
  // always overwritten: the page may trust it to know where it is
  headers.set("x-lac-path", pathname);
  const impersonation = await impersonationClaims(req);
  // Login as Customer: the session's store view wins over the shopper's choice
  if (impersonation?.storeView) headers.set("x-store-view", impersonation.storeView);
  const res = page(req, pathname, headers);
  if (impersonation?.noCache) {
    // "Disable Page Cache For Admin User": every page of the session is private and fresh
    res.headers.set("Cache-Control", "private, no-store");
    res.headers.set("x-lac-page-cache", "off");
    return res;
  }
  const cacheControl = catalogCacheControl(req);
  if (cacheControl) {
    res.headers.set("Cache-Control", cacheControl);
    res.headers.set("Vary", "Cookie");
  }
  return res;
}

/**
 * Where the middleware runs. Not on the bearer-only API (BEARER_ONLY_ROUTES: the headless Login as
 * Customer start): it would do nothing there (no Origin check, no page), and running it costs every
 * call about 2.5 ms of CPU (measured: 7.2 → 4.3 ms for a refused call). tests/unit/middleware-matcher.test.ts
 * keeps this list and BEARER_ONLY_ROUTES in step.
 */
export const config = {
  matcher: ["/admin", "/admin/:path*", "/shop", "/shop/:path*", "/api/((?!admin/login-as-customer$).*)"],
};
