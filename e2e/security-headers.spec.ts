// Security headers on every kind of response (SPEC 7): pages, middleware redirects and
// refusals, route handlers, next-auth, 404s, 403s, static files, and the Login as
// Customer landing page (its URL carries the secret: Referrer-Policy no-referrer).
import type { APIResponse } from "@playwright/test";
import { adminSignIn, expect, test, testData } from "./support";

function expectSecurityHeaders(res: APIResponse, what: string, referrerPolicy = "strict-origin-when-cross-origin") {
  const h = res.headers();
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"], what).toContain("default-src 'self'");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["referrer-policy"], what).toBe(referrerPolicy);
}

test("signed out: pages, middleware redirects, route handlers, next-auth, 404s and refusals all carry the headers", async ({ request }) => {
  const csrf = (await (await request.get("/api/admin-auth/csrf")).json()) as { csrfToken: string };
  const cases: [string, () => Promise<APIResponse>, number][] = [
    ["storefront page", () => request.get("/shop"), 200],
    ["admin sign-in page", () => request.get("/admin/login"), 200],
    ["middleware redirect to sign-in (/admin)", () => request.get("/admin", { maxRedirects: 0 }), 307],
    ["middleware redirect to sign-in (/admin/customers)", () => request.get("/admin/customers", { maxRedirects: 0 }), 307],
    ["route handler, signed out (customers JSON)", () => request.get("/api/admin/customers"), 401],
    ["route handler, signed out (CSV export)", () => request.get("/api/admin/action-logs/export"), 401],
    ["bearer API without a token", () => request.post("/api/admin/login-as-customer", { data: { customerId: 1 } }), 401],
    [
      "middleware CSRF refusal",
      () => request.post("/api/admin-auth/signout", { headers: { origin: "https://evil.example" }, form: { csrfToken: csrf.csrfToken } }),
      403,
    ],
    ["next-auth csrf", () => request.get("/api/admin-auth/csrf"), 200],
    ["next-auth session", () => request.get("/api/shop-auth/session"), 200],
    ["next-auth providers", () => request.get("/api/shop-auth/providers"), 200],
    [
      "next-auth failed sign-in",
      () =>
        request.post("/api/admin-auth/callback/admin-credentials", {
          form: { username: "no-such-admin", password: "x", csrfToken: csrf.csrfToken, json: "true" },
        }),
      401,
    ],
    ["404 outside the route trees", () => request.get("/no-such-page"), 404],
    ["404 in the storefront", () => request.get("/shop/product/no-such-product"), 404],
    ["404 under /api", () => request.get("/api/no-such-route"), 404],
  ];
  for (const [what, send, status] of cases) {
    const res = await send();
    expect(res.status(), what).toBe(status);
    expectSecurityHeaders(res, what);
  }
});

test("the Login as Customer landing page and its redemption never leak the secret: no-referrer, no-store", async ({ request }) => {
  const res = await request.get(`/shop/login-as-customer?secret=${"A".repeat(43)}`);
  expect(res.status()).toBe(200);
  expectSecurityHeaders(res, "redeem page", "no-referrer");
  expect(res.headers()["cache-control"]).toContain("no-store");
  // the redemption itself (a POST to the shopper realm) fails here and still carries the headers
  const csrf = (await (await request.get("/api/shop-auth/csrf")).json()) as { csrfToken: string };
  const redeem = await request.post("/api/shop-auth/callback/login-as-customer", { form: { secret: "A".repeat(43), csrfToken: csrf.csrfToken, json: "true" } });
  expect(redeem.status()).toBe(401);
  expectSecurityHeaders(redeem, "redeem POST");
});

test("signed in: admin pages, a 403 page and a static file carry the headers", async ({ page }) => {
  const viewer = testData.createAdmin({ resources: ["customers.all"] });
  await adminSignIn(page, viewer);
  const cases: [string, string, number][] = [
    ["admin page", "/admin/customers", 200],
    ["403 page (no Configuration permission)", "/admin/config", 403],
    ["route handler, signed in", "/api/admin/customers", 200],
    ["route handler, 403", "/api/admin/action-logs/export", 403],
  ];
  for (const [what, path, status] of cases) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), what).toBe(status);
    expectSecurityHeaders(res, what);
  }
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const asset = await page.request.get(script!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, "static file");
});
