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

/** One directive of a policy, such as "script-src 'self' …". */
function directive(csp: string | undefined, name: string): string {
  return (
    (csp ?? "")
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ""
  );
}

test("pages run no inline script but their own: a fresh nonce per response, on every script tag", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of ["/shop", "/shop", "/shop/product/joust-duffle-bag", "/shop/customer/account/login", "/admin/login"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const scriptSrc = directive(res.headers()["content-security-policy"], "script-src");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, `${path}: a nonce in script-src`).toBeTruthy();
    expect(seen.has(nonce!), `${path}: a nonce never seen before`).toBe(false);
    seen.add(nonce!);
    const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("with that policy the storefront and the admin still run their scripts: no violation, forms work", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await page.goto("/shop");
  // the store switcher is a client component: choosing works only once React has hydrated the page
  await expect(page.getByRole("combobox", { name: "Store View" })).toBeVisible();
  await page.goto("/admin/login");
  await page.getByLabel("Username").fill("no-such-admin");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // the error comes from the client-side sign-in (fetch to next-auth): the form's script ran
  await expect(page.getByRole("alert").filter({ hasText: "sign-in was incorrect" })).toBeVisible();
  expect(await violations()).toEqual([]);
});
