// Where middleware.ts runs: every page and state-changing route of the admin, the storefront and
// the API, but not the bearer-only API (where it would do nothing but cost time).
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/middleware";
import { BEARER_ONLY_ROUTES } from "@/lib/http/same-origin";

const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("middleware matcher", () => {
  it("runs on the admin, the storefront and every cookie-authenticated API route", () => {
    for (const url of [
      "/admin",
      "/admin/customers",
      "/shop",
      "/shop/customer/account",
      "/api/shop-auth/callback/login-as-customer",
      "/api/admin-auth/signin",
      "/api/admin/customers",
      "/api/admin/action-logs/export",
      "/api/admin/login-as-customer-other",
      "/api/admin/login-as-customer/extra",
    ]) {
      expect({ url, runs: runsOn(url) }).toEqual({ url, runs: true });
    }
  });

  it("skips exactly the bearer-only routes", () => {
    expect(BEARER_ONLY_ROUTES.size).toBeGreaterThan(0);
    for (const url of BEARER_ONLY_ROUTES) expect({ url, runs: runsOn(url) }).toEqual({ url, runs: false });
  });

  it("does not run on static files", () => {
    expect(runsOn("/_next/static/chunks/app.js")).toBe(false);
    expect(runsOn("/favicon.ico")).toBe(false);
  });
});
