// The storefront actions an administrator takes during Login as Customer, called
// as the browser calls them (the server actions), with the request's session
// and headers supplied: each writes exactly one "Login As Customer" entry with
// the right fields, in the same transaction as its change; a refused action
// writes one failure entry and changes nothing; a shopper acting alone writes none.
import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, provider } from "../helpers/db";
import { ADDRESS, makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";
import { LAC } from "@/lib/login-as-customer/messages";
import type { ActionState } from "@/lib/actions/state";

type Session = { shopper: Record<string, unknown> | null; impersonation: Record<string, unknown> | null; logFailures: number };
const request = vi.hoisted((): Session => ({ shopper: null, impersonation: null, logFailures: 0 }));

vi.mock("@/lib/auth/shop-session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getShopper: async () => request.shopper,
  getImpersonation: async () => request.impersonation,
  getShopperContext: async () => ({ shopper: request.shopper, impersonation: request.impersonation }),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
// the log store failing: the change it describes must not happen either
vi.mock("@/lib/action-log/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/action-log/record")>();
  return {
    ...real,
    recordAction: async (...args: Parameters<typeof real.recordAction>) => {
      if (request.logFailures > 0) {
        request.logFailures -= 1;
        throw new Error("action log unavailable");
      }
      return real.recordAction(...args);
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const db = testDb();
const cart = await import("@/app/shop/(storefront)/checkout/cart/actions");
const wishlist = await import("@/app/shop/(storefront)/customer/account/wishlist/actions");
const account = await import("@/app/shop/(storefront)/customer/account/edit/actions");
const addresses = await import("@/app/shop/(storefront)/customer/account/address/actions");
const newsletter = await import("@/app/shop/(storefront)/customer/account/newsletter/actions");
const checkout = await import("@/app/shop/(storefront)/checkout/actions");

const form = (values: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, String(v));
  return f;
};
type Action = (prev: ActionState, f: FormData) => Promise<ActionState>;
/** Runs a server action; a redirect (thrown by Next.js after success) counts as done. */
async function run(action: Action, values: Record<string, string | number> = {}): Promise<ActionState | "redirected"> {
  try {
    return await action({}, form(values));
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw e;
  }
}

let admin: { id: number; username: string };
let customer: Awaited<ReturnType<typeof makeCustomer>>;
let sessionId: string;
let storeViewId: number;

async function impersonate() {
  const s = await scope(db);
  storeViewId = s.storeViewId;
  customer = await makeCustomer(db);
  sessionId = crypto.randomUUID();
  // one open session per admin: the previous test's ends
  await db.loginAsCustomerSession.updateMany({
    where: { adminUserId: admin.id, endedAt: null },
    data: { endedAt: new Date(), endReason: "Closed by the test" },
  });
  await db.loginAsCustomerSession.create({
    data: {
      id: sessionId,
      adminUserId: admin.id,
      adminName: "Ada Agent",
      adminUsername: admin.username,
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Ida Test",
      storeViewId: s.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
    },
  });
  request.shopper = { ...customer };
  request.impersonation = {
    adminUserId: admin.id,
    sessionId,
    storeView: "default",
    disablePageCache: true,
    // what the session check adds for the request (lib/auth/shop-session.ts)
    adminUsername: admin.username,
    customerName: "Ida Test",
    websiteName: "Main Website",
    storeViewId: s.storeViewId,
  };
}

const entries = () => db.actionLog.findMany({ where: { lacSessionId: sessionId }, orderBy: { id: "asc" } });

describe(`Login as Customer: storefront actions recorded with their change (${provider()})`, () => {
  beforeAll(async () => {
    const role = await db.adminRole.findFirstOrThrow({ where: { name: "Support" } });
    const username = `log-agent-${provider()}-${crypto.randomBytes(4).toString("hex")}`;
    admin = await db.adminUser.create({
      data: { username, firstName: "Ada", lastName: "Agent", email: `${username}@example.com`, passwordHash: "x", roleId: role.id },
      select: { id: true, username: true },
    });
  });
  beforeEach(async () => {
    request.logFailures = 0;
    await impersonate();
  });

  it("cart actions: one entry each, with SKU and quantities, the admin, customer, store view and client IP", async () => {
    const p = await makeProduct(db, { qty: 10 });
    expect(await run(cart.addToCartAction, { productId: p.id, qty: 2 })).toMatchObject({ success: expect.any(String) });
    const item = await db.cartItem.findFirstOrThrow({ where: { productId: p.id, cart: { customerId: customer.id } } });
    expect(await run(cart.updateQtyAction, { itemId: item.id, qty: 5 })).toMatchObject({ success: expect.any(String) });
    expect(await run(cart.applyCouponAction, { couponCode: "NOPE-404" })).toMatchObject({ fieldErrors: { couponCode: expect.any(String) } });
    expect(await run(cart.removeItemAction, { itemId: item.id })).toMatchObject({ success: expect.any(String) });

    const log = await entries();
    expect(log.map((e) => [e.action, e.result])).toEqual([
      ["add_to_cart", "success"],
      ["update_qty", "success"],
      ["apply_coupon_code", "failure"],
      ["remove_cart_item", "success"],
    ]);
    for (const e of log) {
      expect(e).toMatchObject({
        actionGroup: "Login As Customer",
        adminUserId: admin.id,
        username: admin.username,
        customerId: customer.id,
        storeViewId,
        ip: "203.0.113.7",
      });
    }
    expect(log[0].details).toBe(`SKU ${p.sku}: 0 → 2 (requested 2)`);
    expect(log[1].details).toBe(`SKU ${p.sku}: 2 → 5 (requested 5)`);
    expect(JSON.parse(log[1].beforeJson ?? "null")).toEqual({ sku: p.sku, name: p.name, qty: 2 });
    expect(JSON.parse(log[1].afterJson ?? "null")).toEqual({ sku: p.sku, name: p.name, qty: 5 });
    expect(log[2]).toMatchObject({ details: "Coupon code: NOPE-404", errorMessage: expect.stringContaining("NOPE-404") });
    expect(log[3].details).toBe(`SKU ${p.sku}: 5 → 0`);
  });

  it("a refused action writes one failure entry and changes nothing", async () => {
    const p = await makeProduct(db, { qty: 3 });
    expect(await run(cart.addToCartAction, { productId: p.id, qty: 9 })).toMatchObject({ fieldErrors: { qty: expect.any(String) } });
    expect(await run(cart.addToCartAction, { productId: p.id, qty: -4 })).toMatchObject({ fieldErrors: { qty: expect.any(String) } });
    expect(await db.cartItem.count({ where: { productId: p.id } })).toBe(0);
    const log = await entries();
    expect(log.map((e) => [e.action, e.result])).toEqual([
      ["add_to_cart", "failure"],
      ["add_to_cart", "failure"],
    ]);
    expect(log[0].errorMessage).toBeTruthy();
  });

  it("when the entry cannot be written, the change is not made (one transaction), and the failure is recorded", async () => {
    const p = await makeProduct(db, { qty: 5 });
    expect(await run(cart.addToCartAction, { productId: p.id, qty: 1 })).toMatchObject({ success: expect.any(String) });
    const item = await db.cartItem.findFirstOrThrow({ where: { productId: p.id, cart: { customerId: customer.id } } });
    // the entry written with the change fails once: the change rolls back, the action fails, the failure is recorded
    for (const [action, values] of [
      [cart.updateQtyAction, { itemId: item.id, qty: 4 }],
      [newsletter.saveNewsletterAction, { newsletter: "1" }],
      [checkout.placeOrderAction, { addressId: "new", ...ADDRESS }],
    ] as const) {
      request.logFailures = 1;
      await expect(run(action, values)).rejects.toThrow("action log unavailable");
    }
    expect((await db.cartItem.findUniqueOrThrow({ where: { id: item.id } })).qty).toBe(1);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).newsletterSubscribed).toBe(false);
    expect(await db.order.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.customerAddress.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(5);
    const log = await entries();
    expect(log.map((e) => `${e.action}:${e.result}`)).toEqual([
      "add_to_cart:success",
      "update_qty:failure",
      "newsletter_subscription:failure",
      "place_order:failure",
    ]);
    for (const e of log.slice(1)) expect(e.errorMessage).toBe("The action failed: action log unavailable");
  });

  it("an email or password change is refused, recorded as a failure, and the account is unchanged", async () => {
    const r = await run(account.saveAccountInfoAction, {
      firstName: "Mallory",
      lastName: "Test",
      changeEmail: "1",
      email: "other@example.com",
      currentPassword: "x",
    });
    expect(r).toMatchObject({ error: LAC.actionNotAllowed });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({ firstName: "Ida", email: customer.email });
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "save", result: "failure", errorMessage: LAC.actionNotAllowed });
  });

  it("account, address, wishlist, newsletter and order actions record what changed", async () => {
    const p = await makeProduct(db, { qty: 5 });
    expect(await run(account.saveAccountInfoAction, { firstName: "Idaline", lastName: "Test" })).toMatchObject({ success: expect.any(String) });
    expect(await run(addresses.createAddressAction, { ...ADDRESS })).toBe("redirected");
    const address = await db.customerAddress.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(await run(addresses.updateAddressAction, { ...ADDRESS, city: "Springfield", addressId: address.id })).toBe("redirected");
    expect(await run(wishlist.addToWishlistAction, { productId: p.id })).toMatchObject({ success: expect.any(String) });
    expect(await run(wishlist.removeFromWishlistAction, { productId: p.id })).toMatchObject({ success: expect.any(String) });
    expect(await run(newsletter.saveNewsletterAction, { newsletter: "1" })).toMatchObject({ success: expect.any(String) });
    expect(await run(cart.addToCartAction, { productId: p.id, qty: 1 })).toMatchObject({ success: expect.any(String) });
    expect(await run(checkout.placeOrderAction, { addressId: address.id })).toBe("redirected");

    const log = await entries();
    expect(log.map((e) => `${e.action}:${e.result}`)).toEqual([
      "save:success",
      "save_address:success",
      "save_address:success",
      "add_to_wishlist:success",
      "remove_from_wishlist:success",
      "newsletter_subscription:success",
      "add_to_cart:success",
      "place_order:success",
    ]);
    expect(log[0].details).toBe("Account information: firstName: Ida → Idaline");
    expect(log[2].details).toBe("Address: city: Calder → Springfield");
    expect(log[3].details).toBe(`SKU ${p.sku}`);
    expect(log[5].details).toBe("subscribed");
    const order = await db.order.findFirstOrThrow({ where: { customerId: customer.id }, include: { items: true } });
    expect(order.lacSessionId).toBe(sessionId);
    expect(log[7].details).toBe(`Order #${order.incrementId}: ${p.sku} × 1`);
  });

  it("a shopper acting for themselves is not recorded in the Login as Customer group", async () => {
    request.impersonation = null;
    const p = await makeProduct(db);
    expect(await run(cart.addToCartAction, { productId: p.id, qty: 1 })).toMatchObject({ success: expect.any(String) });
    expect(await db.actionLog.count({ where: { customerId: customer.id } })).toBe(0);
  });
});
