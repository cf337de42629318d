// Forged, tampered, expired and cross-realm session cookies: every one is
// refused by the server-side session helpers, the admin route handlers, the admin
// page guard and a storefront action. next-auth 4 session tokens are JWE (dir,
// A256GCM, key derived from the realm's secret), so a forger without the secret can
// only hand-build tokens or encrypt with a key of their own.
import crypto from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";

// the cookie jar of "this request", as next/headers would give it to server code
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), has: (name: string) => jar.has(name) }),
  headers: async () => new Headers(),
}));

const { ADMIN_SESSION_COOKIE, SHOP_SESSION_COOKIE } = await import("@/lib/auth/cookies");
const { adminIdFromToken, getAdmin, requireAdmin } = await import("@/lib/auth/admin-session");
const { decodeShopToken, getImpersonation, getShopper } = await import("@/lib/auth/shop-session");
const { GET: customersJson } = await import("@/app/api/admin/customers/route");
const { GET: exportCsv } = await import("@/app/api/admin/action-logs/export/route");
const { saveNewsletterAction } = await import("@/app/shop/(storefront)/customer/account/newsletter/actions");
const { SIGN_IN_REQUIRED } = await import("@/lib/actions/shop-action");

const db = testDb();
const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
const ATTACKER_SECRET = "attacker-chosen-secret-0123456789abcdef";

let adminClaims: JWT;
let shopClaims: JWT;
let roniId: number;

/** Hand-built forgeries of a realm's token, each carrying the given claims. */
async function forgeries(claims: JWT, realSecret: string) {
  const valid = await encode({ token: claims, secret: realSecret });
  const parts = valid.split(".");
  const flip = (s: string) => (s[5] === "A" ? `${s.slice(0, 5)}B${s.slice(6)}` : `${s.slice(0, 5)}A${s.slice(6)}`);
  const signed = (key: string) => {
    const head = `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}`;
    return `${head}.${crypto.createHmac("sha256", key).update(head).digest("base64url")}`;
  };
  return {
    "encrypted with a wrong key": await encode({ token: claims, secret: ATTACKER_SECRET }),
    "alg: none, unsigned": `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
    "a plain JWS signed (HS256) with the real secret": signed(realSecret),
    "a real token with one ciphertext character changed": [parts[0], parts[1], parts[2], flip(parts[3]), parts[4]].join("."),
    "a real token with its authentication tag changed": [...parts.slice(0, 4), flip(parts[4])].join("."),
    "a real token with the header edited (alg none)": [b64({ alg: "none", enc: "A256GCM" }), ...parts.slice(1)].join("."),
    "expired (right key, exp in the past)": await encode({ token: claims, secret: realSecret, maxAge: -3600 }),
    garbage: "not-a-token",
  };
}

const adminSecret = () => process.env.ADMIN_AUTH_SECRET!;
const shopSecret = () => process.env.SHOP_AUTH_SECRET!;

describe(`forged and cross-realm session cookies (${provider()})`, () => {
  beforeAll(async () => {
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    adminClaims = { sub: String(admin.id), realm: "admin", username: admin.username, sv: admin.sessionVersion, name: "Admin" };
    roniId = (await db.customer.findFirstOrThrow({ where: { email: "roni_cost@example.com" } })).id;
    shopClaims = { sub: String(roniId), realm: "shop", sv: "default", name: "Veronica Costello" };
  });
  afterEach(() => jar.clear());

  it("control: the real tokens are accepted (so the refusals below are about the forgery)", async () => {
    jar.set(ADMIN_SESSION_COOKIE, await encode({ token: adminClaims, secret: adminSecret() }));
    jar.set(SHOP_SESSION_COOKIE, await encode({ token: shopClaims, secret: shopSecret() }));
    expect((await getAdmin())?.username).toBe("admin");
    expect((await getShopper())?.id).toBe(roniId);
    expect((await customersJson(new Request("http://localhost/api/admin/customers"), undefined)).status).toBe(200);
  });

  it("admin realm: every forgery is refused by the session helper, /admin pages and the admin route handlers", async () => {
    // an admin token for another admin (changed sub) is the usual forgery
    const forged = { ...adminClaims, sub: String(Number(adminClaims.sub) + 1000) };
    for (const [what, raw] of Object.entries({ ...(await forgeries(adminClaims, adminSecret())), ...(await forgeries(forged, adminSecret())) })) {
      jar.set(ADMIN_SESSION_COOKIE, raw);
      expect(await adminIdFromToken(raw), what).toBeNull();
      expect(await getAdmin(), what).toBeNull();
      await expect(requireAdmin(), what).rejects.toThrow("NEXT_REDIRECT");
      expect((await customersJson(new Request("http://localhost/api/admin/customers"), undefined)).status, what).toBe(401);
      expect((await exportCsv(new Request("http://localhost/api/admin/action-logs/export"), undefined)).status, what).toBe(401);
    }
  });

  it("shopper realm: every forgery is refused, also one adding an act claim (Login as Customer) or changing sub", async () => {
    const withAct = { ...shopClaims, act: { sub: "1", username: "admin" }, lac: crypto.randomUUID(), nc: true };
    const otherCustomer = { ...shopClaims, sub: String(roniId + 1) };
    const all = {
      ...(await forgeries(shopClaims, shopSecret())),
      ...(await forgeries(withAct, shopSecret())),
      ...(await forgeries(otherCustomer, shopSecret())),
    };
    for (const [what, raw] of Object.entries(all)) {
      jar.set(SHOP_SESSION_COOKIE, raw);
      expect(await decodeShopToken(raw), what).toBeNull();
      expect(await getShopper(), what).toBeNull();
      expect(await getImpersonation(), what).toBeNull();
    }
  });

  it("a shopper cookie grants nothing in /admin: not under its own name, not renamed to the admin cookie", async () => {
    const shopToken = await encode({ token: shopClaims, secret: shopSecret() });
    // even a token of the other realm that names an admin's id as subject
    const shopTokenWithAdminSub = await encode({ token: { ...shopClaims, sub: adminClaims.sub }, secret: shopSecret() });
    for (const [name, value] of [
      [SHOP_SESSION_COOKIE, shopToken],
      [ADMIN_SESSION_COOKIE, shopToken],
      [ADMIN_SESSION_COOKIE, shopTokenWithAdminSub],
    ]) {
      jar.clear();
      jar.set(name, value);
      expect(await getAdmin(), name).toBeNull();
      await expect(requireAdmin(), name).rejects.toThrow("NEXT_REDIRECT");
      expect((await customersJson(new Request("http://localhost/api/admin/customers"), undefined)).status, name).toBe(401);
      expect((await exportCsv(new Request("http://localhost/api/admin/action-logs/export"), undefined)).status, name).toBe(401);
    }
  });

  it("the realm claim is checked too: with one secret shared by both realms, a token of one realm is no session in the other", async () => {
    const shared = adminSecret();
    const shopSaved = process.env.SHOP_AUTH_SECRET;
    process.env.SHOP_AUTH_SECRET = shared;
    try {
      expect(await adminIdFromToken(await encode({ token: { ...shopClaims, sub: adminClaims.sub }, secret: shared }))).toBeNull();
      expect(await decodeShopToken(await encode({ token: { ...adminClaims, sub: String(roniId) }, secret: shared }))).toBeNull();
    } finally {
      process.env.SHOP_AUTH_SECRET = shopSaved;
    }
  });

  it("an admin cookie is no shopper: storefront actions refuse it and change nothing", async () => {
    const before = await db.customer.findUniqueOrThrow({ where: { id: roniId }, select: { newsletterSubscribed: true } });
    const adminToken = await encode({ token: { ...adminClaims, sub: String(roniId) }, secret: adminSecret() });
    for (const [name, value] of [
      [ADMIN_SESSION_COOKIE, adminToken],
      [SHOP_SESSION_COOKIE, adminToken],
    ]) {
      jar.clear();
      jar.set(name, value);
      expect(await getShopper(), name).toBeNull();
      const form = new FormData();
      if (!before.newsletterSubscribed) form.set("newsletter", "on");
      expect(await saveNewsletterAction(null as never, form), name).toMatchObject({ error: SIGN_IN_REQUIRED });
    }
    expect(await db.customer.findUniqueOrThrow({ where: { id: roniId }, select: { newsletterSubscribed: true } })).toEqual(before);
  });
});
