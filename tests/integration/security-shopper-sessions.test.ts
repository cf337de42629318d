// A shopper's sessions can be ended: a password or email change, a change by the
// admin and signing out end every other session of that customer at its next
// request; the device that changed the password keeps a fresh cookie. During Login
// as Customer, the storefront's Sign Out ends the session like Close Session.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";
import { makeCustomer as makeTestCustomer } from "../helpers/storefront-fixtures";
import { loadAdminPrincipalFrom } from "../helpers/admin";

// the cookie jar and headers of "this request", as next/headers would give them to server code
const jar = new Map<string, string>();
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => requestHeaders,
}));

const { SHOP_SESSION_COOKIE } = await import("@/lib/auth/cookies");
const { getShopperContext } = await import("@/lib/auth/shop-session");
const { shopAuthOptions } = await import("@/lib/auth/shop-options");
const { updateAccountInfo } = await import("@/lib/customers/account");
const { updateCustomerByAdmin } = await import("@/lib/customers/mutations");
const { reissueShopCookie } = await import("@/lib/auth/shop-session-version");
const { startLoginAsCustomer } = await import("@/lib/login-as-customer/start");
const { redeemLoginAsCustomerSecret } = await import("@/lib/login-as-customer/redeem");
const { toAppConfig } = await import("@/lib/config/schema");

const db = testDb();
const secret = () => process.env.SHOP_AUTH_SECRET!;

const makeCustomer = () => makeTestCustomer(db, undefined, { password: "Shopper123!", assistanceAllowed: true });

/** A device signed in as the customer: the claims its cookie holds. */
async function deviceOf(customerId: number): Promise<JWT> {
  const { sessionVersion } = await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { sessionVersion: true } });
  return { sub: String(customerId), realm: "shop", sv: "default", ver: sessionVersion };
}

/** Whom the storefront sees for a request carrying this cookie. */
async function shopperSeenWith(claims: JWT): Promise<number | null> {
  jar.set(SHOP_SESSION_COOKIE, await encode({ token: claims, secret: secret() }));
  return (await getShopperContext()).shopper?.id ?? null;
}

const signOut = (token: JWT) => (shopAuthOptions.events!.signOut as (m: { token: JWT }) => Promise<void>)({ token });

const accountChange = (customerId: number, change: { password?: string; email?: string }) =>
  updateAccountInfo(db, {
    customerId,
    input: {
      firstName: "Sam",
      lastName: "Sessions",
      changeEmail: Boolean(change.email),
      changePassword: Boolean(change.password),
      email: change.email ?? null,
      currentPassword: "Shopper123!",
      password: change.password ?? null,
      assistanceAllowed: true,
    },
    impersonating: false,
    consentShown: true,
    shareAccountsPerWebsite: true,
  });

describe(`ending a shopper's sessions (${provider()})`, () => {
  beforeEach(() => {
    jar.clear();
    requestHeaders.delete("x-lac-path");
  });

  it("a password change signs out the other devices; the device that made it stays signed in", async () => {
    const c = await makeCustomer();
    const laptop = await deviceOf(c.id);
    const phone = await deviceOf(c.id);
    expect(await shopperSeenWith(phone)).toBe(c.id);

    const r = await accountChange(c.id, { password: "NewShopper456!" });
    expect(r).toMatchObject({ ok: true });
    expect(await shopperSeenWith(phone)).toBeNull();

    // the laptop's cookie is re-issued with the new version by the action
    jar.set(SHOP_SESSION_COOKIE, await encode({ token: laptop, secret: secret() }));
    await reissueShopCookie(laptop, (r as { sessionVersion: number }).sessionVersion);
    expect((await getShopperContext()).shopper?.id).toBe(c.id);
  });

  it("an email change, by the customer or by the admin, signs out every session", async () => {
    const c = await makeCustomer();
    const phone = await deviceOf(c.id);
    await accountChange(c.id, { email: `moved.${c.email}` });
    expect(await shopperSeenWith(phone)).toBeNull();

    const again = await deviceOf(c.id);
    expect(await shopperSeenWith(again)).toBe(c.id);
    const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
    const r = await updateCustomerByAdmin(
      { customerId: c.id, canChangeAssistance: true, shareAccountsPerWebsite: true },
      { firstName: "Sam", lastName: "Sessions", email: `admin.${c.email}`, groupId: group.id, newsletter: false, assistanceAllowed: true },
      db,
    );
    expect(r.ok).toBe(true);
    expect(await shopperSeenWith(again)).toBeNull();
  });

  it("a name change alone keeps every session", async () => {
    const c = await makeCustomer();
    const phone = await deviceOf(c.id);
    await accountChange(c.id, {});
    expect(await shopperSeenWith(phone)).toBe(c.id);
  });

  it("Sign Out on one device ends the sessions on the others", async () => {
    const c = await makeCustomer();
    const laptop = await deviceOf(c.id);
    const phone = await deviceOf(c.id);
    await signOut(laptop);
    expect(await shopperSeenWith(phone)).toBeNull();
  });

  describe("during Login as Customer", () => {
    let adminId: number;
    beforeAll(async () => {
      adminId = (await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } })).id;
    });

    it("the storefront's Sign Out ends the session (end reason: Signed out on the storefront) and a copied cookie stops working", async () => {
      const c = await makeCustomer();
      const config = toAppConfig({
        "login_as_customer/general/enabled": "1",
        "login_as_customer/general/authentication_expiration_time": "60",
        "login_as_customer/general/require_reason": "0",
      });
      const admin = await loadAdminPrincipalFrom(db, adminId);
      const started = await startLoginAsCustomer({ db, config }, { admin, customerId: c.id });
      if (!started.ok) throw new Error(started.error);
      const redeemed = await redeemLoginAsCustomerSecret({ db, config }, { secret: started.secret, ip: "203.0.113.5" });
      if (!redeemed.ok) throw new Error(redeemed.reason);
      const lacClaims: JWT = {
        sub: String(c.id),
        realm: "shop",
        sv: "default",
        act: { sub: String(adminId), username: "admin" },
        lac: redeemed.session.sessionId,
      };
      expect(await shopperSeenWith(lacClaims)).toBe(c.id);

      await signOut(lacClaims);
      const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: redeemed.session.sessionId } });
      expect(row.endedAt).not.toBeNull();
      expect(row.endReason).toBe("Signed out on the storefront");
      // the same cookie, copied elsewhere: sent to the sign-in page, never the customer's account
      await expect(shopperSeenWith(lacClaims)).rejects.toThrow(/NEXT_REDIRECT/);
      // on the sign-in page itself it reads as signed out (no redirect loop)
      requestHeaders.set("x-lac-path", "/shop/customer/account/login");
      expect(await shopperSeenWith(lacClaims)).toBeNull();
      // the customer's own sessions were not touched by the admin's sign-out
      expect((await db.customer.findUniqueOrThrow({ where: { id: c.id } })).sessionVersion).toBe(c.sessionVersion);
    });
  });
});
