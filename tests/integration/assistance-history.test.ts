// Assistance History and End assistance (SPEC 10.2, 10.3): the customer sees every Login as
// Customer session on their account, newest first, with each action in plain words (a refused
// one says so), paged; only their own; a live session shows a notice whose End assistance ends
// it with "Ended by the customer" and a logout entry, refused during Login as Customer itself.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { provider, testDb } from "../helpers/db";
import { makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";
import { LAC } from "@/lib/login-as-customer/messages";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import type { ActionState } from "@/lib/actions/state";

type Session = { shopper: Record<string, unknown> | null; impersonation: Record<string, unknown> | null; cookie?: string; lookups: number };
const request = vi.hoisted((): Session => ({ shopper: null, impersonation: null, lookups: 0 }));

vi.mock("@/lib/auth/shop-session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getShopper: async () => request.shopper,
  getImpersonation: async () => request.impersonation,
  getShopperContext: async () => ({ shopper: request.shopper, impersonation: request.impersonation }),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.9" }),
  // the shopper cookie, for the notice's own request path (getLiveAssistance reads the real token)
  cookies: async () => ({
    get: (name: string) => (name === "lac_shop_session" && request.cookie ? { name, value: request.cookie } : undefined),
    set: () => {},
    delete: () => {},
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// counts the notice's lookups: one per page for a signed-in customer, none for guests
vi.mock("@/lib/login-as-customer/assistance-history", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/login-as-customer/assistance-history")>();
  return {
    ...real,
    liveAssistance: (...args: Parameters<typeof real.liveAssistance>) => {
      request.lookups += 1;
      return real.liveAssistance(...args);
    },
  };
});

const db = testDb();
const history = await import("@/lib/login-as-customer/assistance-history");
const cart = await import("@/app/shop/(storefront)/checkout/cart/actions");
const { endAssistanceAction } = await import("@/app/shop/(storefront)/customer/account/assistance/actions");
const { getLiveAssistance } = await import("@/lib/auth/shop-session");
const { SHOP_SESSION_COOKIE } = await import("@/lib/auth/cookies");

const form = (values: Record<string, string | number> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, String(v));
  return f;
};
type Action = (prev: ActionState, f: FormData) => Promise<ActionState>;
const run = (action: Action, values: Record<string, string | number> = {}) => action({}, form(values));

let admin: { id: number; username: string };
let otherAdmin: { id: number; username: string };

async function makeAdmin(tag: string) {
  const role = await db.adminRole.findFirstOrThrow({ where: { name: "Support" } });
  const username = `hist-${tag}-${provider()}-${crypto.randomBytes(4).toString("hex")}`;
  return db.adminUser.create({
    data: { username, firstName: "Ada", lastName: "Agent", email: `${username}@example.com`, passwordHash: "x", roleId: role.id },
    select: { id: true, username: true },
  });
}

/** A session on the customer's account (open unless `endedAt`), as redeem writes it. */
async function makeSession(
  customer: { id: number; email: string },
  opts: { startedAt?: Date; endedAt?: Date; endReason?: string; staffName?: string; agent?: { id: number; username: string } } = {},
) {
  const s = await scope(db);
  const agent = opts.agent ?? admin;
  // one open session per admin (a partial unique index): close this admin's previous one
  if (!opts.endedAt) {
    await db.loginAsCustomerSession.updateMany({
      where: { adminUserId: agent.id, endedAt: null },
      data: { endedAt: new Date(), endReason: "Closed by the test" },
    });
  }
  return db.loginAsCustomerSession.create({
    data: {
      id: crypto.randomUUID(),
      adminUserId: agent.id,
      adminName: "Ada Agent",
      adminUsername: agent.username,
      staffName: opts.staffName ?? "Ada A.",
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Ida Test",
      storeViewId: s.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
      startedAt: opts.startedAt ?? new Date(),
      endedAt: opts.endedAt ?? null,
      endReason: opts.endReason ?? null,
    },
  });
}

/** The request as the storefront sees it during this Login as Customer session. */
async function impersonate(customer: Record<string, unknown> & { id: number }, sessionId: string, agent = admin) {
  const s = await scope(db);
  request.shopper = { ...customer };
  request.impersonation = {
    adminUserId: agent.id,
    sessionId,
    storeView: "default",
    disablePageCache: true,
    adminUsername: agent.username,
    customerName: "Ida Test",
    websiteName: "Main Website",
    storeViewId: s.storeViewId,
  };
}

describe(`Assistance History (${provider()})`, () => {
  beforeAll(async () => {
    admin = await makeAdmin("a");
    otherAdmin = await makeAdmin("b");
  });

  it("lists the customer's sessions newest first, with every action as a sentence, a refused one saying so", async () => {
    const customer = await makeCustomer(db);
    const older = await makeSession(customer, {
      startedAt: new Date("2026-01-02T10:00:00Z"),
      endedAt: new Date("2026-01-02T10:05:00Z"),
      endReason: END_REASONS.closedByAdmin,
    });
    const live = await makeSession(customer, { startedAt: new Date(Date.now() - 60_000), staffName: "Bea B." });
    // the admin acts in the live session through the storefront's own actions (recorded as they happen)
    const product = await makeProduct(db, { qty: 3 });
    await impersonate(customer, live.id);
    expect(await run(cart.addToCartAction, { productId: product.id, qty: 1 })).toMatchObject({ success: expect.any(String) });
    expect(await run(cart.addToCartAction, { productId: product.id, qty: 9 })).toMatchObject({ fieldErrors: { qty: expect.any(String) } });
    // the first session's end entry is not an action
    await db.actionLog.create({
      data: {
        actionGroup: "Login As Customer",
        action: "logout",
        fullActionName: "loginascustomer_logout_index",
        result: "success",
        lacSessionId: older.id,
        customerId: customer.id,
        details: "Logged out",
      },
    });

    const page = await history.assistanceHistory(customer.id, 1, db);
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.sessions.map((s) => s.id)).toEqual([live.id, older.id]);
    const [now, before] = page.sessions;
    // a session row made without a reason (Require a Reason: No) reads no reason; its access is the default, View only
    expect(now).toMatchObject({ staffName: "Bea B.", endedAt: null, endReason: null, access: "View only", reason: null });
    expect(now.actions).toHaveLength(2);
    expect(now.actions[0]).toBe(`Added ${product.name} (${product.sku}) to the cart, quantity 0 → 1.`);
    expect(now.actions[1]).toMatch(new RegExp(`^Tried to add ${product.name} \\(${product.sku}\\) to the cart; this was refused: .+\\.$`));
    expect(before).toMatchObject({ staffName: "Ada A.", endReason: END_REASONS.closedByAdmin, actions: [] });
    expect(before.endedAt?.toISOString()).toBe("2026-01-02T10:05:00.000Z");
  });

  it("a customer with no sessions has an empty history", async () => {
    const customer = await makeCustomer(db);
    expect(await history.assistanceHistory(customer.id, 1, db)).toEqual({ sessions: [], page: 1, pageCount: 1, total: 0 });
    expect(ASSISTANCE.noSessions).toBe("No one from the store has accessed your account.");
  });

  it("pages by ten on the server, newest first; a page past the end shows the last one", async () => {
    const customer = await makeCustomer(db);
    const base = Date.UTC(2025, 5, 1);
    const made = [];
    for (let i = 0; i < 12; i++) {
      made.push(
        await makeSession(customer, {
          startedAt: new Date(base + i * 3_600_000),
          endedAt: new Date(base + i * 3_600_000 + 60_000),
          endReason: END_REASONS.closedByAdmin,
        }),
      );
    }
    const newestFirst = made.map((s) => s.id).reverse();
    const first = await history.assistanceHistory(customer.id, 1, db);
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.sessions.map((s) => s.id)).toEqual(newestFirst.slice(0, 10));
    const second = await history.assistanceHistory(customer.id, 2, db);
    expect(second.sessions.map((s) => s.id)).toEqual(newestFirst.slice(10));
    expect((await history.assistanceHistory(customer.id, 99, db)).page).toBe(2);
    expect([history.parseHistoryPage("2"), history.parseHistoryPage("0"), history.parseHistoryPage("x"), history.parseHistoryPage(undefined)]).toEqual([
      2, 1, 1, 1,
    ]);
  });

  it("reads all actions of a page in one query, whatever the number of sessions", async () => {
    const customer = await makeCustomer(db);
    for (let i = 0; i < 4; i++) {
      const s = await makeSession(customer, { startedAt: new Date(Date.UTC(2025, 0, 1 + i)), endedAt: new Date(Date.UTC(2025, 0, 1 + i, 1)) });
      await db.actionLog.create({
        data: {
          actionGroup: "Login As Customer",
          action: "apply_coupon_code",
          fullActionName: "checkout_cart_couponPost",
          result: "success",
          lacSessionId: s.id,
          customerId: customer.id,
          details: `Coupon code: SAVE${i}`,
        },
      });
    }
    // the same client, counting the action log reads the page makes
    let reads = 0;
    const counting = new Proxy(db, {
      get: (target, key) =>
        key === "actionLog"
          ? { findMany: (args: Parameters<typeof db.actionLog.findMany>[0]) => (reads++, target.actionLog.findMany(args)) }
          : Reflect.get(target, key, target),
    });
    const page = await history.assistanceHistory(customer.id, 1, counting);
    expect(reads).toBe(1);
    expect(page.sessions.map((s) => s.actions)).toEqual([
      ["Applied the coupon code SAVE3."],
      ["Applied the coupon code SAVE2."],
      ["Applied the coupon code SAVE1."],
      ["Applied the coupon code SAVE0."],
    ]);
  });

  it("only the customer's own sessions: another customer's session id is not found", async () => {
    const owner = await makeCustomer(db);
    const stranger = await makeCustomer(db);
    const s = await makeSession(owner, { endedAt: new Date(), endReason: END_REASONS.closedByAdmin });
    expect(await history.assistanceSession(owner.id, s.id, db)).toMatchObject({ id: s.id, staffName: "Ada A." });
    expect(await history.assistanceSession(stranger.id, s.id, db)).toBeNull();
    expect(await history.assistanceSession(owner.id, crypto.randomUUID(), db)).toBeNull();
    expect((await history.assistanceHistory(stranger.id, 1, db)).total).toBe(0);
  });

  it("the notice's lookup: the open session's staff name, nothing once it has ended", async () => {
    const customer = await makeCustomer(db);
    await makeSession(customer, { endedAt: new Date(), endReason: END_REASONS.closedByAdmin, staffName: "Old O." });
    expect(await history.liveAssistance(customer.id, db)).toBeNull();
    const live = await makeSession(customer, { staffName: "Cleo C." });
    expect(await history.liveAssistance(customer.id, db)).toEqual({ sessionId: live.id, staffName: "Cleo C." });
    await db.loginAsCustomerSession.update({ where: { id: live.id }, data: { endedAt: new Date(), endReason: END_REASONS.closedByAdmin } });
    expect(await history.liveAssistance(customer.id, db)).toBeNull();
  });
});

describe(`End assistance (${provider()})`, () => {
  it("ends every open session on the account with 'Ended by the customer', a logout entry each, and revokes unused secrets", async () => {
    const customer = await makeCustomer(db, undefined, { assistanceAllowed: true });
    const first = await makeSession(customer, { agent: admin });
    const second = await makeSession(customer, { agent: otherAdmin });
    const secret = await db.loginAsCustomerSecret.create({
      data: {
        secretHash: crypto.randomBytes(32).toString("hex"),
        adminUserId: admin.id,
        customerId: customer.id,
        storeViewId: (await scope(db)).storeViewId,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    request.shopper = { ...customer };
    request.impersonation = null;

    expect(await run(endAssistanceAction)).toMatchObject({ success: ASSISTANCE.ended });

    for (const s of [first, second]) {
      const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } });
      expect(row.endedAt).not.toBeNull();
      expect(row.endReason).toBe(END_REASONS.endedByCustomer);
      const logout = await db.actionLog.findFirstOrThrow({ where: { lacSessionId: s.id, action: "logout" } });
      expect(logout).toMatchObject({ actionGroup: "Login As Customer", result: "success", customerId: customer.id });
      expect(logout.details).toContain("Ended by the customer");
    }
    expect((await db.loginAsCustomerSecret.findUniqueOrThrow({ where: { id: secret.id } })).revokedAt).not.toBeNull();
    expect(await history.liveAssistance(customer.id, db)).toBeNull();
    // the history shows how it ended
    const page = await history.assistanceHistory(customer.id, 1, db);
    expect(page.sessions.map((s) => s.endReason)).toEqual([END_REASONS.endedByCustomer, END_REASONS.endedByCustomer]);
    // pressed again (a stale page): nothing more to end, no second logout entry
    expect(await run(endAssistanceAction)).toMatchObject({ success: ASSISTANCE.alreadyEnded });
    expect(await db.actionLog.count({ where: { lacSessionId: first.id, action: "logout" } })).toBe(1);
  });

  it("is refused during Login as Customer: the admin cannot end it as the customer", async () => {
    const customer = await makeCustomer(db, undefined, { assistanceAllowed: true });
    const s = await makeSession(customer);
    await impersonate(customer, s.id);
    expect(await run(endAssistanceAction)).toMatchObject({ error: LAC.actionNotAllowed });
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } })).endedAt).toBeNull();
    expect(await db.actionLog.count({ where: { lacSessionId: s.id, action: "logout" } })).toBe(0);
    await db.loginAsCustomerSession.update({ where: { id: s.id }, data: { endedAt: new Date(), endReason: "Closed by the test" } });
  });

  it("a guest is asked to sign in", async () => {
    request.shopper = null;
    request.impersonation = null;
    expect(await run(endAssistanceAction)).toMatchObject({ error: "Please sign in to continue." });
  });
});

describe(`The live notice on each storefront page (${provider()})`, () => {
  /** The shop cookie of a customer signed in on their own (claims as the sign-in writes them), or of a Login as Customer tab. */
  async function signIn(customerId: number, extra: Record<string, unknown> = {}) {
    const { sessionVersion } = await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { sessionVersion: true } });
    request.cookie = await encode({
      token: { sub: String(customerId), realm: "shop", sv: "default", ver: sessionVersion, ...extra },
      secret: process.env.SHOP_AUTH_SECRET!,
    });
    request.lookups = 0;
  }

  it("a guest: no notice and no lookup", async () => {
    expect(SHOP_SESSION_COOKIE).toBe("lac_shop_session");
    request.cookie = undefined;
    request.lookups = 0;
    expect(await getLiveAssistance()).toBeNull();
    expect(request.lookups).toBe(0);
  });

  it("a customer signed in on their own: one lookup, the staff name while a session is open, nothing after", async () => {
    const customer = await makeCustomer(db, undefined, { assistanceAllowed: true });
    await signIn(customer.id);
    expect(await getLiveAssistance()).toBeNull();
    expect(request.lookups).toBe(1);
    const live = await makeSession(customer, { staffName: "Dina D." });
    request.lookups = 0;
    expect(await getLiveAssistance()).toEqual({ sessionId: live.id, staffName: "Dina D." });
    expect(request.lookups).toBe(1);
    await db.loginAsCustomerSession.update({ where: { id: live.id }, data: { endedAt: new Date(), endReason: END_REASONS.endedByCustomer } });
    expect(await getLiveAssistance()).toBeNull();
  });

  it("the admin's Login as Customer tab gets no notice (it has the banner) and makes no lookup", async () => {
    const customer = await makeCustomer(db, undefined, { assistanceAllowed: true });
    const live = await makeSession(customer);
    await signIn(customer.id, { act: { sub: String(admin.id) }, lac: live.id });
    expect(await getLiveAssistance()).toBeNull();
    expect(request.lookups).toBe(0);
    await db.loginAsCustomerSession.update({ where: { id: live.id }, data: { endedAt: new Date(), endReason: "Closed by the test" } });
  });

  it("a revoked shopper cookie (signed out elsewhere) shows nothing", async () => {
    const customer = await makeCustomer(db, undefined, { assistanceAllowed: true });
    const live = await makeSession(customer);
    await signIn(customer.id);
    await db.customer.update({ where: { id: customer.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getLiveAssistance()).toBeNull();
    await db.loginAsCustomerSession.update({ where: { id: live.id }, data: { endedAt: new Date(), endReason: "Closed by the test" } });
  });
});
