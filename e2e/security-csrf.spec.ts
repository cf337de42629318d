// CSRF (SPEC 7): state changes are POSTs from this site only. A cross-site POST to a
// server action or a cookie-authenticated route handler (next-auth) is refused with
// 403 by middleware.ts and changes nothing; the same request from this site works.
// The bearer-token API (/api/admin/login-as-customer) needs no cookie, so it is exempt.
import type { Request } from "@playwright/test";
import { adminSignIn, expect, test, testData } from "./support";

const EVIL = "https://evil.example";

/** The headers of a captured browser request, minus those the replaying client sets itself. */
function replayHeaders(req: Request, origin: string): Record<string, string> {
  const h = { ...req.headers() };
  for (const k of ["content-length", "cookie", "host"]) delete h[k];
  return { ...h, origin };
}

test("a server action replayed from another site is refused with 403 and changes nothing", async ({ newShopperPage: page, baseURL }) => {
  await page.goto("/shop/customer/account/newsletter");
  const box = page.getByRole("checkbox", { name: "General Subscription" });
  // capture the real "subscribe" action request (Next-Action id, encoded form) sent by the browser
  await box.check();
  const [subscribe] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Save" }).click(),
  ]);
  await expect(page.getByText("We have saved your subscription.")).toBeVisible();
  await box.uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("We have removed your newsletter subscription.")).toBeVisible();

  // the same request, with the shopper's cookies, from another site: refused before the action runs
  const evil = await page.request.post(subscribe.url(), { headers: replayHeaders(subscribe, EVIL), data: subscribe.postDataBuffer()!, maxRedirects: 0 });
  expect(evil.status()).toBe(403);
  await page.goto("/shop/customer/account");
  await expect(page.getByText('You are subscribed to "General Subscription".')).toHaveCount(0);
  await page.goto("/shop/customer/account/newsletter");
  await expect(box).not.toBeChecked();

  // control: the identical request from this site does subscribe
  const same = await page.request.post(subscribe.url(), {
    headers: replayHeaders(subscribe, new URL(baseURL!).origin),
    data: subscribe.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(same.status()).toBe(200);
  await page.goto("/shop/customer/account");
  await expect(page.getByText('You are subscribed to "General Subscription".')).toBeVisible();
});

test("next-auth: a cross-site sign-in is refused (no session), a cross-site sign-out leaves the session alone", async ({ page, request, baseURL }) => {
  const admin = testData.createAdmin({ all: true });
  const token = async () => ((await (await request.get("/api/admin-auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const signInForm = async () => ({ username: admin.username, password: admin.password, csrfToken: await token(), json: "true" });

  const evil = await request.post("/api/admin-auth/callback/admin-credentials", { headers: { origin: EVIL }, form: await signInForm(), maxRedirects: 0 });
  expect(evil.status()).toBe(403);
  expect((await request.storageState()).cookies.map((c) => c.name)).not.toContain("lac_admin_session");
  // a request that says it is cross-site without an Origin (Sec-Fetch-Site) and an opaque "null" Origin: refused too
  for (const headers of [{ "sec-fetch-site": "cross-site" }, { origin: "null" }] as Record<string, string>[]) {
    expect((await request.post("/api/admin-auth/callback/admin-credentials", { headers, form: await signInForm(), maxRedirects: 0 })).status()).toBe(403);
  }
  // control: from this site it signs in
  const same = await request.post("/api/admin-auth/callback/admin-credentials", {
    headers: { origin: new URL(baseURL!).origin },
    form: await signInForm(),
    maxRedirects: 0,
  });
  expect(same.status()).toBe(200);
  expect((await request.storageState()).cookies.map((c) => c.name)).toContain("lac_admin_session");

  await adminSignIn(page, admin);
  const csrf = ((await (await page.request.get("/api/admin-auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const signOut = await page.request.post("/api/admin-auth/signout", { headers: { origin: EVIL }, form: { csrfToken: csrf, json: "true" }, maxRedirects: 0 });
  expect(signOut.status()).toBe(403);
  // GET changes nothing either: next-auth's GET sign-out only shows a page
  expect((await page.request.get("/api/admin-auth/signout", { maxRedirects: 0 })).status()).toBeLessThan(400);
  await page.goto("/admin/customers");
  await expect(page.getByRole("button", { name: "Sign Out" })).toBeVisible();
});

test("a cross-site admin server action is refused with 403", async ({ page }) => {
  const admin = testData.createAdmin({ all: true });
  await adminSignIn(page, admin);
  // any action id: the refusal comes before Next.js looks the action up
  const res = await page.request.post("/admin/config", {
    headers: { origin: EVIL, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({ error: "Cross-site request refused." });
});

test("the bearer-token API is exempt from the Origin check: it needs a token, not a cookie", async ({ request }) => {
  // from another site without a token: the API's own 401, not the CSRF 403
  const res = await request.post("/api/admin/login-as-customer", { headers: { origin: EVIL }, data: { customerId: 1 } });
  expect(res.status()).toBe(401);
});
