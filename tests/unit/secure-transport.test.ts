// Cookies and transport: auth cookies are Secure in production unless COOKIE_SECURE=false says
// the store runs on plain http (the local demo), and production over https sends HSTS.
import { afterEach, describe, expect, it, vi } from "vitest";

type Env = { NODE_ENV: string; COOKIE_SECURE?: string; APP_URL?: string };

/** The modules as a server started with this environment sees them (env() is read once per process). */
async function withEnv({ NODE_ENV, COOKIE_SECURE, APP_URL }: Env) {
  vi.resetModules();
  vi.stubEnv("NODE_ENV", NODE_ENV);
  vi.stubEnv("COOKIE_SECURE", COOKIE_SECURE);
  vi.stubEnv("APP_URL", APP_URL);
  const cookies = await import("@/lib/auth/cookies");
  const headers = await import("@/lib/http/security-headers");
  return { ...cookies, ...headers };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const HSTS = "Strict-Transport-Security";
const hstsOf = (list: { key: string; value: string }[]) => list.find((h) => h.key === HSTS)?.value;

describe("Secure cookies", () => {
  it("are Secure in production when COOKIE_SECURE is not set, or set to anything but false", async () => {
    for (const COOKIE_SECURE of [undefined, "", "true"]) {
      const m = await withEnv({ NODE_ENV: "production", COOKIE_SECURE });
      expect(m.secureCookiesEnabled(), `COOKIE_SECURE=${COOKIE_SECURE}`).toBe(true);
      expect(m.realmCookies("lac_shop").sessionToken.options.secure, `COOKIE_SECURE=${COOKIE_SECURE}`).toBe(true);
    }
  });

  it("are not Secure in production only when COOKIE_SECURE=false says so (a plain http store)", async () => {
    const m = await withEnv({ NODE_ENV: "production", COOKIE_SECURE: "false" });
    expect(m.secureCookiesEnabled()).toBe(false);
    expect(m.realmCookies("lac_admin").sessionToken.options.secure).toBe(false);
  });

  it("stay non-Secure in development and tests unless COOKIE_SECURE=true", async () => {
    for (const NODE_ENV of ["development", "test"]) {
      for (const COOKIE_SECURE of [undefined, "", "false"]) expect((await withEnv({ NODE_ENV, COOKIE_SECURE })).secureCookiesEnabled()).toBe(false);
      expect((await withEnv({ NODE_ENV, COOKIE_SECURE: "true" })).secureCookiesEnabled()).toBe(true);
    }
  });

  it("the start scripts say so in one line when cookies are not Secure, and nothing otherwise", async () => {
    const { insecureCookiesNotice } = await import("@/lib/auth/secure-cookies.mjs");
    expect(insecureCookiesNotice("production", "false")).toMatch(/not Secure/);
    expect(insecureCookiesNotice("production", undefined)).toBeNull();
    expect(insecureCookiesNotice("production", "true")).toBeNull();
  });
});

describe("HSTS", () => {
  it("is sent in production when the store's address is https", async () => {
    const m = await withEnv({ NODE_ENV: "production", APP_URL: "https://shop.example.com" });
    expect(hstsOf(m.SECURITY_HEADERS)).toBe("max-age=31536000; includeSubDomains");
    expect(hstsOf(m.securityHeadersFor("/shop"))).toBe("max-age=31536000; includeSubDomains");
  });

  it("is not sent over plain http, nor outside production (a browser would pin localhost to https)", async () => {
    expect(hstsOf((await withEnv({ NODE_ENV: "production", APP_URL: "http://localhost:3000" })).SECURITY_HEADERS)).toBeUndefined();
    expect(hstsOf((await withEnv({ NODE_ENV: "production" })).SECURITY_HEADERS)).toBeUndefined();
    expect(hstsOf((await withEnv({ NODE_ENV: "development", APP_URL: "https://shop.example.com" })).SECURITY_HEADERS)).toBeUndefined();
  });
});
