// The next-auth credential endpoints fuzzed: admin sign-in, shopper sign-in and Login as
// Customer redeem, each given hostile values (and hostile headers) in every field. Each
// answer is a refusal in the realm's own words (never a database error, never a session),
// and nothing but throttle counters changes.
import { describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { BAD_STRINGS, prng, SEED } from "../helpers/hostile-input";
import { adminAuthOptions } from "@/lib/auth/admin-options";
import { shopAuthOptions } from "@/lib/auth/shop-options";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_REQUIRED_FIELDS } from "@/lib/auth/messages";
import { LAC } from "@/lib/login-as-customer/messages";

type Authorize = (c: Record<string, unknown>, req: { headers: Record<string, string> }) => Promise<unknown>;
type Provider = { options: { id: string; authorize: Authorize } };
const provider_ = (options: { providers: unknown[] }, id: string) => (options.providers as Provider[]).find((p) => p.options.id === id)!.options.authorize;

const db = testDb();
const rng = prng(SEED + 7);
let n = 0;
// this file's own addresses (by process), so what it could change is told apart from other test files'
const IP_PREFIX = `10.${(process.pid % 200) + 20}.`;
const ip = () => `${IP_PREFIX}${Math.floor(n / 250) % 250}.${(n++ % 250) + 1}`;
const hostile = () => (rng.chance(0.15) ? rng.pick([undefined, null, 42, ["a", "b"], { $ne: "" }]) : rng.pick(BAD_STRINGS));
// store view cookies as a browser could send them: raw bytes, broken percent-encoding included
const BAD_COOKIES = ["%", "%E0%A4%A", "%zz", "default%00", "'; DROP TABLE StoreView; --", "x".repeat(4000), "fr; lac_store=second", ""];
const hostileHeaders = () => ({ "x-lac-client-ip": ip(), cookie: rng.chance(0.6) ? `lac_store=${rng.pick(BAD_COOKIES)}` : "" });

async function outcome(authorize: Authorize, credentials: Record<string, unknown>): Promise<string> {
  const headers = hostileHeaders();
  try {
    const user = await authorize(credentials, { headers });
    return user ? "SIGNED IN" : "null";
  } catch (e) {
    return e instanceof Error ? e.message : `thrown ${String(e)}`;
  }
}

/**
 * What a hostile sign-in could change, and only that (other test files run at the same time, so
 * whole-table counts would move under it): sessions started from this file's addresses, secrets
 * spent from them, and the credentials and session versions of the accounts it aims at.
 */
const rowCounts = () =>
  Promise.all([
    db.loginAsCustomerSession.count({ where: { ip: { startsWith: IP_PREFIX } } }),
    db.adminUser.findUnique({ where: { username: "admin" }, select: { passwordHash: true, sessionVersion: true, isActive: true } }),
    db.customer.findMany({ where: { email: "roni_cost@example.com" }, select: { passwordHash: true, sessionVersion: true }, orderBy: { id: "asc" } }),
  ]);

describe(`next-auth credential endpoints under hostile input (${provider()}, seed ${SEED})`, () => {
  const ROUNDS = 40;

  it("admin sign-in: every hostile input is refused in the realm's words", async () => {
    const authorize = provider_(adminAuthOptions, "admin-credentials");
    const allowed = new Set([SIGN_IN_FAILED, SIGN_IN_REQUIRED_FIELDS, SIGN_IN_LOCKED]);
    const before = await rowCounts();
    for (let i = 0; i < ROUNDS; i++) {
      const credentials = { username: rng.chance(0.3) ? "admin" : hostile(), password: hostile() };
      const got = await outcome(authorize, credentials);
      expect(allowed.has(got), `${JSON.stringify(credentials).slice(0, 120)} → ${got.slice(0, 200)}`).toBe(true);
    }
    expect(await rowCounts()).toEqual(before);
  }, 120_000);

  it("shopper sign-in: every hostile input is refused in the realm's words", async () => {
    const authorize = provider_(shopAuthOptions, "shop-credentials");
    const allowed = new Set([SIGN_IN_FAILED, SIGN_IN_REQUIRED_FIELDS, SIGN_IN_LOCKED]);
    const before = await rowCounts();
    for (let i = 0; i < ROUNDS; i++) {
      const credentials = { email: rng.chance(0.3) ? "roni_cost@example.com" : hostile(), password: hostile() };
      const got = await outcome(authorize, credentials);
      expect(
        allowed.has(got) || got.startsWith("This account belongs to another website"),
        `${JSON.stringify(credentials).slice(0, 120)} → ${got.slice(0, 200)}`,
      ).toBe(true);
    }
    expect(await rowCounts()).toEqual(before);
  }, 120_000);

  it("Login as Customer redeem: every hostile secret is refused, no session starts, no secret is spent", async () => {
    const authorize = provider_(shopAuthOptions, "login-as-customer");
    const before = await rowCounts();
    for (let i = 0; i < ROUNDS; i++) {
      const credentials = { secret: hostile(), customerId: hostile(), adminUserId: hostile() };
      const got = await outcome(authorize, credentials);
      expect(got.startsWith(LAC.loginFailed), `${JSON.stringify(credentials).slice(0, 120)} → ${got.slice(0, 200)}`).toBe(true);
    }
    expect(await rowCounts()).toEqual(before);
  }, 120_000);
});
