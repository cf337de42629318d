// Forged and cross-realm session cookies against the running server (middleware,
// pages, route handlers): refused everywhere. The integration tests
// (tests/integration/security-sessions.test.ts) cover the same forgeries in the helpers.
import type { APIRequestContext, Browser } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { adminSignIn, expect, shopSignIn, test, testData } from "./support";

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const get = (request: APIRequestContext, path: string, cookie: string) => request.get(path, { headers: { cookie }, maxRedirects: 0 });

async function realCookies(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const admin = testData.createAdmin({ all: true });
  await adminSignIn(page, admin);
  await shopSignIn(page);
  const jar = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
  await context.close();
  return { admin: jar.lac_admin_session, shop: jar.lac_shop_session };
}

test("forged admin cookies and shopper cookies get no further than the sign-in page or a 401", async ({ browser, request }) => {
  const real = await realCookies(browser);
  const claims = { sub: "1", realm: "admin", username: "admin", sv: 0 };
  const parts = real.admin.split(".");
  const forged: Record<string, string> = {
    "wrong key": await encode({ token: claims, secret: "attacker-secret-0123456789abcdef0123" }),
    "alg none": `${b64({ alg: "none" })}.${b64(claims)}.`,
    "tampered real token": [parts[0], parts[1], parts[2], `${parts[3].slice(0, -2)}AA`, parts[4]].join("."),
    "shopper token in the admin cookie": real.shop,
  };
  for (const [what, value] of Object.entries(forged)) {
    const page = await get(request, "/admin/customers", `lac_admin_session=${value}`);
    expect(page.status(), what).toBe(307);
    expect(page.headers().location, what).toContain("/admin/login");
    expect((await get(request, "/api/admin/customers", `lac_admin_session=${value}`)).status(), what).toBe(401);
    expect((await get(request, "/api/admin/action-logs/export", `lac_admin_session=${value}`)).status(), what).toBe(401);
  }
  // a real shopper session alone: nothing in /admin
  expect((await get(request, "/admin", `lac_shop_session=${real.shop}`)).status()).toBe(307);
  expect((await get(request, "/api/admin/customers", `lac_shop_session=${real.shop}`)).status()).toBe(401);
  // control: the real admin cookie works
  expect((await get(request, "/api/admin/customers", `lac_admin_session=${real.admin}`)).status()).toBe(200);
});

test("an admin cookie is no shopper session, and a forged act claim starts no Login as Customer session", async ({ browser, request }) => {
  const real = await realCookies(browser);
  for (const cookie of [`lac_admin_session=${real.admin}`, `lac_shop_session=${real.admin}`]) {
    const account = await get(request, "/shop/customer/account", cookie);
    expect(account.status(), cookie.split("=")[0]).toBe(307);
    expect(account.headers().location).toContain("/shop/customer/account/login");
  }
  const withAct = { sub: "1", realm: "shop", sv: "default", act: { sub: "1", username: "admin" }, lac: "00000000-0000-4000-8000-000000000000", nc: true };
  const forgedAct = await encode({ token: withAct, secret: "attacker-secret-0123456789abcdef0123" });
  const shop = await get(request, "/shop", `lac_shop_session=${forgedAct}`);
  expect(shop.status()).toBe(200);
  // middleware did not take the claims (no Login as Customer page-cache marker), the page shows no session
  expect(shop.headers()["x-lac-page-cache"]).toBeUndefined();
  expect(await shop.text()).not.toContain("You are connected as");
  expect((await get(request, "/shop/customer/account", `lac_shop_session=${forgedAct}`)).status()).toBe(307);
  // control: the real shopper cookie opens My Account
  expect((await get(request, "/shop/customer/account", `lac_shop_session=${real.shop}`)).status()).toBe(200);
});
