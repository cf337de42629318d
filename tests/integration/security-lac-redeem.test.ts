// Login as Customer secrets attacked through the shopper realm itself (the route a
// browser uses: next-auth provider "login-as-customer"), not only redeem.ts: expired,
// replayed, revoked, unknown secrets create no session and each writes a failure to
// the action log, without the secret; a secret only ever opens its own
// customer; a normal sign-in cannot carry Login as Customer claims into its token.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testDb, provider } from "../helpers/db";
import { shopAuthOptions } from "@/lib/auth/shop-options";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { toAppConfig } from "@/lib/config/schema";
import { LAC, REDEEM_FAILURE_REASONS } from "@/lib/login-as-customer/messages";
import { SECRET_GUESSES_PER_IP } from "@/lib/login-as-customer/secret-guesses";
import { hashPassword } from "@/lib/auth/password";
import type { JWT } from "next-auth/jwt";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; lac?: { customerId: number } } | null>;
type Credentials = { options: { id: string; authorize: Authorize } };
const lacProvider = (shopAuthOptions.providers as unknown as Credentials[]).find((p) => p.options.id === "login-as-customer")!;
const IP = "203.0.113.77";
const redeem = (secret: string, extra: Record<string, string> = {}, cookie = "") =>
  lacProvider.options.authorize({ secret, ...extra }, { headers: { "x-lac-client-ip": IP, cookie } });

const db = testDb();
const on = toAppConfig({
  "login_as_customer/general/enabled": "1",
  "login_as_customer/general/authentication_expiration_time": "60",
  "login_as_customer/general/require_reason": "0",
});
let n = 0;
let adminId: number;

async function makeCustomer() {
  n += 1;
  const website = await db.website.findUniqueOrThrow({ where: { code: "base" }, include: { storeViews: true } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `sec.lac.${provider()}.${Date.now()}.${n}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Sec",
      lastName: `Target${n}`,
      email,
      passwordHash: await hashPassword("Shopper123!"),
      websiteId: website.id,
      storeViewId: website.storeViews[0].id,
      groupId: group.id,
      assistanceAllowed: true,
      searchText: email,
    },
  });
}

async function start(customerId: number) {
  const admin = await loadAdminPrincipalFrom(db, adminId);
  const r = await startLoginAsCustomer({ db, config: on }, { admin, customerId });
  if (!r.ok) throw new Error(r.error);
  return r.secret;
}

const failuresFor = (customerId: number) =>
  db.actionLog.findMany({ where: { actionGroup: "Login As Customer", action: "login", customerId, result: "failure" }, orderBy: { id: "asc" } });

describe(`Login as Customer secrets through the shopper realm (${provider()})`, () => {
  beforeAll(async () => {
    // the feature is enabled by the seed (the realm reads the configuration from the database)
    const role = await db.adminRole.create({
      data: { name: `sec-lac-${provider()}-${Date.now()}`, resources: { create: [{ resource: "customers.lac.login" }] } },
    });
    adminId = (
      await db.adminUser.create({
        data: {
          username: `sec-lac-${provider()}-${Date.now()}`,
          firstName: "Sec",
          lastName: "Agent",
          email: `sec.agent.${provider()}.${Date.now()}@example.com`,
          passwordHash: "x",
          roleId: role.id,
        },
      })
    ).id;
  });
  afterEach(() => vi.useRealTimers());

  it("a replayed secret is refused, logged as a failure, and starts no second session", async () => {
    const customer = await makeCustomer();
    const secret = await start(customer.id);
    expect(await redeem(secret)).toMatchObject({ id: String(customer.id) });
    await expect(redeem(secret)).rejects.toThrow(`${LAC.loginFailed} The secret was already used.`);
    expect(await db.loginAsCustomerSession.count({ where: { customerId: customer.id } })).toBe(1);
    const failures = await failuresFor(customer.id);
    expect(failures.map((f) => [f.errorMessage, f.adminUserId, f.ip])).toEqual([["The secret was already used.", adminId, IP]]);
  });

  it("an expired secret is refused and logged; no session", async () => {
    const customer = await makeCustomer();
    const secret = await start(customer.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 61_000));
    await expect(redeem(secret)).rejects.toThrow(`${LAC.loginFailed} The secret has expired.`);
    expect(await db.loginAsCustomerSession.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await failuresFor(customer.id)).map((f) => f.errorMessage)).toEqual(["The secret has expired."]);
  });

  it("a secret opens only its own customer, whatever else the request names or carries", async () => {
    const target = await makeCustomer();
    const other = await makeCustomer();
    const secret = await start(target.id);
    // another customer's id and email in the form, and a store view cookie: ignored
    const user = await redeem(secret, { customerId: String(other.id), email: other.email, sub: String(other.id) }, "lac_store=fr");
    expect(user).toMatchObject({ id: String(target.id), lac: { customerId: target.id } });
    expect(await db.loginAsCustomerSession.count({ where: { customerId: other.id } })).toBe(0);
    // and a secret of a customer the admin has since left (another session started) is dead
    const first = await makeCustomer();
    const stale = await start(first.id);
    await start(other.id);
    await expect(redeem(stale)).rejects.toThrow(LAC.loginFailed);
    expect((await failuresFor(first.id)).map((f) => f.errorMessage)).toEqual(["The admin started another session or signed out before the secret was used."]);
    expect(await db.loginAsCustomerSession.count({ where: { customerId: first.id } })).toBe(0);
  });

  it("unknown and malformed secrets are refused without a log row each; known ones are logged, and no row ever contains a secret", async () => {
    const since = new Date(Date.now() - 1000);
    const guessed = "B".repeat(43);
    await expect(redeem(guessed)).rejects.toThrow(`${LAC.loginFailed} The secret is unknown.`);
    await expect(redeem("x")).rejects.toThrow(`${LAC.loginFailed} The secret is malformed.`);
    const customer = await makeCustomer();
    const secret = await start(customer.id);
    await redeem(secret);
    await expect(redeem(secret)).rejects.toThrow(LAC.loginFailed);
    const rows = await db.actionLog.findMany({ where: { actionGroup: "Login As Customer", createdAt: { gte: since }, ip: IP } });
    expect(rows.filter((r) => r.errorMessage === "The secret is unknown." || r.errorMessage === "The secret is malformed.")).toEqual([]);
    expect((await failuresFor(customer.id)).map((f) => f.errorMessage)).toEqual(["The secret was already used."]);
    for (const r of rows) expect(JSON.stringify(r)).not.toContain(secret);
    for (const r of rows) expect(JSON.stringify(r)).not.toContain(guessed);
  });

  it(`an address that opens ${SECRET_GUESSES_PER_IP} made-up secrets is refused for a while, a real secret too (which stays unspent); other addresses are not`, async () => {
    const guesser = `198.51.100.${(process.pid % 200) + 1}`;
    const from = (ip: string, secret: string) => lacProvider.options.authorize({ secret }, { headers: { "x-lac-client-ip": ip, cookie: "" } });
    const before = await db.actionLog.count({ where: { ip: guesser } });
    for (let i = 0; i < SECRET_GUESSES_PER_IP; i++) await expect(from(guesser, `G${i}`.padEnd(43, "g"))).rejects.toThrow(LAC.loginFailed);
    const customer = await makeCustomer();
    const secret = await start(customer.id);
    await expect(from(guesser, secret)).rejects.toThrow(`${LAC.loginFailed} ${REDEEM_FAILURE_REASONS.rate_limited}`);
    // nothing written for the guesses or the refusal
    expect(await db.actionLog.count({ where: { ip: guesser } })).toBe(before);
    // the secret was not spent: from another address it still works
    expect(await from("203.0.113.250", secret)).toMatchObject({ id: String(customer.id) });
  });

  it("a normal shopper sign-in never keeps Login as Customer claims (act, session id) in its token", async () => {
    const jwt = shopAuthOptions.callbacks!.jwt! as unknown as (p: { token: JWT; user?: unknown }) => Promise<JWT>;
    const smuggled: JWT = { sub: "999", act: { sub: "1", username: "admin" }, lac: "forged-session", nc: true };
    const token = await jwt({ token: smuggled, user: { id: "42", storeView: "default" } });
    expect(token).toMatchObject({ sub: "42", realm: "shop" });
    expect(token).not.toHaveProperty("act");
    expect(token).not.toHaveProperty("lac");
    expect(token).not.toHaveProperty("nc");
  });
});
