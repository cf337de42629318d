// Where the browser may be sent after signing in or out: only to the store's own origin
// (APP_URL, never the request's Host), compared as origins, not as string prefixes.
import { describe, expect, it } from "vitest";
import { adminAuthOptions } from "@/lib/auth/admin-options";
import { shopAuthOptions } from "@/lib/auth/shop-options";
import { safeReturnPath } from "@/lib/auth/client";
import { env } from "@/lib/env";

const APP = new URL(env().APP_URL).origin;

// each of these points the browser at another site (or runs script) when followed naively
const HOSTILE = [
  `${APP}@evil.example`,
  `${APP}@evil.example/admin`,
  `${APP}.evil.example/shop`,
  "https://localhost:3000.evil.example",
  "http://localhost:3000@evil.example",
  "//evil.example",
  "//evil.example/shop",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "https://evil.example",
  "https://evil.example/?next=" + encodeURIComponent(APP),
];

const realms = [
  ["admin", adminAuthOptions, "/admin"],
  ["shop", shopAuthOptions, "/shop"],
] as const;

describe("next-auth redirect callbacks", () => {
  for (const [realm, options, home] of realms) {
    const redirect = (url: string, baseUrl = APP) => options.callbacks!.redirect!({ url, baseUrl });

    it(`${realm}: a hostile URL falls back to ${home} on APP_URL`, async () => {
      for (const url of HOSTILE) expect(await redirect(url), url).toBe(`${APP}${home}`);
    });

    it(`${realm}: the request's guessed base URL is never trusted, APP_URL is`, async () => {
      expect(await redirect("https://evil.example/shop", "https://evil.example")).toBe(`${APP}${home}`);
      expect(await redirect("/shop/checkout", "https://evil.example")).toBe(`${APP}/shop/checkout`);
    });

    it(`${realm}: paths and same-origin URLs are followed, resolved against APP_URL`, async () => {
      expect(await redirect("/")).toBe(`${APP}/`);
      expect(await redirect(`${home}/customer/account?tab=1`)).toBe(`${APP}${home}/customer/account?tab=1`);
      expect(await redirect(`${APP}/shop/product/joust-duffle-bag`)).toBe(`${APP}/shop/product/joust-duffle-bag`);
    });
  }
});

describe("safeReturnPath (where the sign-in form goes next)", () => {
  it("follows same-site paths under the prefix", () => {
    expect(safeReturnPath("/admin/customers?page=2", "/admin")).toBe("/admin/customers?page=2");
    expect(safeReturnPath("/admin", "/admin")).toBe("/admin");
    expect(safeReturnPath("/shop/checkout#payment", "/shop")).toBe("/shop/checkout#payment");
  });

  it("refuses other sites, script, and paths that leave the prefix once resolved", () => {
    for (const raw of [...HOSTILE, "/admin/../shop", "/admin/..%2f..%2fshop/../../evil", "/adminx", "/admin@evil.example", "", null, undefined]) {
      const out = safeReturnPath(raw, "/admin");
      expect(out === "/admin" || out.startsWith("/admin/"), String(raw)).toBe(true);
      expect(new URL(out, APP).origin, String(raw)).toBe(APP);
    }
    expect(safeReturnPath("/admin/../shop", "/admin")).toBe("/admin");
    expect(safeReturnPath("/\\evil.example", "/admin")).toBe("/admin");
  });
});
