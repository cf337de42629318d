// Where middleware.ts runs: every page and state-changing route of the admin, the storefront and
// the API, but not the bearer-only API (where it would do nothing but cost time).
import fs from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { BEARER_ONLY_ROUTES } from "@/lib/http/same-origin";

// read from the file, not imported: the benchmark builds the app once with middleware.ts set
// aside, and that build type-checks this test too
const source = fs.readFileSync(path.resolve(__dirname, "../../middleware.ts"), "utf8");
const matcher = /export const config = \{\s*matcher: (\[[^\]]*\]),?\s*\};/.exec(source)?.[1];
const config = { matcher: JSON.parse(matcher ?? "null") as string[] };

const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("middleware matcher", () => {
  it("is read from middleware.ts", () => {
    expect(config.matcher.length).toBeGreaterThan(3);
  });

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
