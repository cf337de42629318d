// The pure pieces of the security rules: the Origin check of middleware.ts,
// the security header set, and the sign-in limits with their message.
import { describe, expect, it } from "vitest";
import { BEARER_ONLY_ROUTES, isSameOriginRequest } from "@/lib/http/same-origin";
import { SECURITY_HEADERS, newNonce, securityHeadersFor } from "@/lib/http/security-headers";
import { SIGN_IN_LOCKED } from "@/lib/auth/messages";
import { ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES, LOCKOUT_MINUTES, PAIR_MAX_FAILURES, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";

const h = (o: Record<string, string>) => new Headers(o);

describe("isSameOriginRequest (CSRF)", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const m of ["GET", "HEAD", "OPTIONS", "get"]) expect(isSameOriginRequest(m, h({ origin: "https://evil.example", host: "shop.test" }))).toBe(true);
  });

  it("accepts a POST from this host (or the proxy's forwarded host)", () => {
    expect(isSameOriginRequest("POST", h({ origin: "https://shop.test", host: "shop.test" }))).toBe(true);
    expect(isSameOriginRequest("POST", h({ origin: "http://localhost:3200", host: "localhost:3200" }))).toBe(true);
    expect(isSameOriginRequest("POST", h({ origin: "https://shop.test", host: "app:3000", "x-forwarded-host": "shop.test" }))).toBe(true);
  });

  it("refuses another site, another port, a look-alike host, an opaque origin, and Sec-Fetch-Site cross-site", () => {
    for (const origin of ["https://evil.example", "http://localhost:3999", "https://shop.test.evil.example", "null", "not a url"]) {
      expect(isSameOriginRequest("POST", h({ origin, host: origin === "http://localhost:3999" ? "localhost:3200" : "shop.test" })), origin).toBe(false);
    }
    for (const m of ["PUT", "PATCH", "DELETE"]) expect(isSameOriginRequest(m, h({ origin: "https://evil.example", host: "shop.test" }))).toBe(false);
    expect(isSameOriginRequest("POST", h({ "sec-fetch-site": "cross-site", host: "shop.test" }))).toBe(false);
  });

  it("lets non-browser clients without Origin through (no ambient cookies to abuse), and exempts only the bearer API", () => {
    expect(isSameOriginRequest("POST", h({ host: "shop.test" }))).toBe(true);
    expect(isSameOriginRequest("POST", h({ host: "shop.test", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect([...BEARER_ONLY_ROUTES]).toEqual(["/api/admin/login-as-customer"]);
  });
});

describe("security headers", () => {
  const get = (list: { key: string; value: string }[], key: string) => list.filter((x) => x.key === key).at(-1)?.value;

  it("deny framing, sniffing and cross-origin referrers on every path", () => {
    expect(get(SECURITY_HEADERS, "Content-Security-Policy")).toMatch(/frame-ancestors 'none'/);
    expect(get(SECURITY_HEADERS, "Content-Security-Policy")).toMatch(/object-src 'none'/);
    expect(get(SECURITY_HEADERS, "X-Content-Type-Options")).toBe("nosniff");
    expect(get(SECURITY_HEADERS, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(get(securityHeadersFor("/admin/customers"), "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("send no referrer at all, and no cache, from the page whose URL carries the Login as Customer secret", () => {
    const list = securityHeadersFor("/shop/login-as-customer");
    expect(get(list, "Referrer-Policy")).toBe("no-referrer");
    expect(get(list, "Cache-Control")).toBe("private, no-store");
    expect(get(list, "Content-Security-Policy")).toMatch(/frame-ancestors 'none'/);
  });
});

describe("Content-Security-Policy: no inline script without the page's nonce", () => {
  const scriptSrc = (csp: string | undefined) =>
    (csp ?? "")
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? "";
  const cspOf = (list: { key: string; value: string }[]) => list.filter((x) => x.key === "Content-Security-Policy").at(-1)?.value;

  it("a page's policy allows its own nonce and what its scripts load ('strict-dynamic'), never 'unsafe-inline'", () => {
    const script = scriptSrc(cspOf(securityHeadersFor("/shop", { nonce: "bm9uY2UtZm9yLXRlc3Q=" })));
    expect(script).toContain("'nonce-bm9uY2UtZm9yLXRlc3Q='");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
  });

  it("a response without a nonce (files, JSON, the middleware's own redirects) allows no inline script at all", () => {
    for (const list of [SECURITY_HEADERS, securityHeadersFor("/admin"), securityHeadersFor("/shop/login-as-customer")]) {
      const script = scriptSrc(cspOf(list));
      expect(script).toMatch(/^script-src 'self'/);
      expect(script).not.toMatch(/'unsafe-inline'|'nonce-/);
    }
  });

  it("every nonce is fresh and long enough not to be guessed", () => {
    const nonces = Array.from({ length: 50 }, () => newNonce());
    expect(new Set(nonces).size).toBe(50);
    for (const n of nonces) expect(atob(n).length).toBeGreaterThanOrEqual(16);
  });
});

describe("sign-in limits", () => {
  it("the lockout message states the real lockout time", () => {
    expect(SIGN_IN_LOCKED).toContain(`${LOCKOUT_MINUTES} minutes`);
  });

  it("an account is locked from one address long before a guessing attack gets anywhere; overall and per IP only far above what a stranger or a shared office reaches", () => {
    expect(PAIR_MAX_FAILURES).toBeLessThanOrEqual(10);
    expect(ACCOUNT_MAX_FAILURES).toBeGreaterThanOrEqual(5 * PAIR_MAX_FAILURES);
    expect(IP_MAX_FAILURES).toBeGreaterThanOrEqual(ACCOUNT_MAX_FAILURES);
    expect(THROTTLE_WINDOW_MS).toBeGreaterThanOrEqual(60_000);
  });
});
