// With "Share Customer Accounts" Per Website (the seeded setting), a signed-in customer
// stays on their own website: neither the store switcher, nor a store cookie or header
// naming another website's store view, moves them there. Guests go where they choose.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";
import { hashPassword } from "@/lib/auth/password";

// the cookie jar and headers of "this request", as next/headers would give them to server code
const jar = new Map<string, string>();
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => requestHeaders,
}));

const { SHOP_SESSION_COOKIE, STORE_VIEW_COOKIE } = await import("@/lib/auth/cookies");
const { getCurrentStoreView } = await import("@/lib/store/store-view");
const { switchStoreViewAction } = await import("@/app/shop/(storefront)/store/actions");
const { getConfig } = await import("@/lib/config");

const db = testDb();
let n = 0;

/** A customer of the Main Website whose own store view is the French one. */
async function makeMainWebsiteCustomer() {
  n += 1;
  const fr = await db.storeView.findUniqueOrThrow({ where: { code: "fr" } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `store-view.${provider()}.${Date.now()}.${n}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Wes",
      lastName: `Site${n}`,
      email,
      passwordHash: await hashPassword("Shopper123!"),
      websiteId: fr.websiteId,
      storeViewId: fr.id,
      groupId: group.id,
      searchText: email,
    },
  });
}

/** This request: signed in as the customer (or a guest), the store cookie, and the header the middleware passes on. */
async function request(opts: { customerId?: number; cookie?: string; header?: string }) {
  jar.clear();
  if (opts.customerId) {
    const { sessionVersion } = await db.customer.findUniqueOrThrow({ where: { id: opts.customerId }, select: { sessionVersion: true } });
    jar.set(
      SHOP_SESSION_COOKIE,
      await encode({ token: { sub: String(opts.customerId), realm: "shop", sv: "fr", ver: sessionVersion }, secret: process.env.SHOP_AUTH_SECRET! }),
    );
  }
  if (opts.cookie) jar.set(STORE_VIEW_COOKIE, opts.cookie);
  requestHeaders = new Headers(opts.header !== undefined ? { "x-store-view": opts.header } : {});
}

const switchTo = (storeView: string) => {
  const form = new FormData();
  form.set("storeView", storeView);
  form.set("returnTo", "/shop");
  return switchStoreViewAction({}, form);
};

describe(`a signed-in customer stays on their website's store views (${provider()})`, () => {
  let customerId: number;
  beforeAll(async () => {
    expect((await getConfig()).shareAccountsPerWebsite).toBe(true);
    customerId = (await makeMainWebsiteCustomer()).id;
  });
  afterEach(() => jar.clear());

  it("a store cookie or header naming another website's store view falls back to the customer's own store view", async () => {
    await request({ customerId, cookie: "second", header: "second" });
    expect((await getCurrentStoreView()).code).toBe("fr");
    await request({ customerId, header: "second" });
    expect((await getCurrentStoreView()).code).toBe("fr");
    await request({ customerId, cookie: "second" });
    expect((await getCurrentStoreView()).code).toBe("fr");
  });

  it("another store view of the same website is theirs to choose", async () => {
    await request({ customerId, cookie: "default", header: "default" });
    const view = await getCurrentStoreView();
    expect(view.code).toBe("default");
    expect(view.websiteName).toBe("Main Website");
  });

  it("a guest may choose any website's store view", async () => {
    await request({ cookie: "second", header: "second" });
    expect((await getCurrentStoreView()).websiteName).toBe("Second Website");
  });

  it("the store switcher refuses another website's store view with a message, and sets no cookie", async () => {
    await request({ customerId });
    const state = await switchTo("second");
    expect(state.fieldErrors?.storeView).toBe("Your account belongs to another website; Second Store View is not available.");
    expect(jar.has(STORE_VIEW_COOKIE)).toBe(false);
  });

  it("the store switcher takes a guest, or the customer within their website, where they chose", async () => {
    for (const [who, code] of [
      [undefined, "second"],
      [customerId, "default"],
    ] as const) {
      await request({ customerId: who });
      await expect(switchTo(code)).rejects.toThrow(/NEXT_REDIRECT/);
      expect(jar.get(STORE_VIEW_COOKIE)).toBe(code);
    }
  });
});
