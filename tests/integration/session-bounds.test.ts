// Accountable sessions (SPEC 10.5–10.7): a reason under Require a Reason, View only or
// Assist under the role's "Make changes as the customer", a lifetime and an idle timeout
// that end the session at its next request (the clock is moved, never slept).
import { describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { toAppConfig, type AppConfig } from "@/lib/config/schema";
import { startLoginAsCustomer, type SessionAccess } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { checkLoginAsCustomerSession, lastSeenWriteInterval } from "@/lib/login-as-customer/check-session";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { loadAdminPrincipalFrom } from "../helpers/admin";

const db = testDb();
const on = (overrides: Record<string, string> = {}): AppConfig => toAppConfig({ "login_as_customer/general/enabled": "1", ...overrides });
const MINUTE = 60_000;

let n = 0;
const tag = () => `${provider()}-${Date.now()}-${++n}`;

async function makeCustomer() {
  const website = await db.website.findUniqueOrThrow({ where: { code: "base" }, include: { storeViews: true } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `bounds.${tag()}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Bo",
      lastName: "Unds",
      email,
      passwordHash: "x",
      websiteId: website.id,
      storeViewId: website.storeViews[0].id,
      groupId: group.id,
      assistanceAllowed: true,
      searchText: email,
    },
  });
}

async function makeAdmin(resources: string[]) {
  const t = tag();
  const role = await db.adminRole.create({ data: { name: `bounds-${t}`, resources: { create: resources.map((resource) => ({ resource })) } } });
  const row = await db.adminUser.create({
    data: { username: `bounds-${t}`, firstName: "Sue", lastName: "Port", email: `bounds.${t}@example.com`, passwordHash: "x", roleId: role.id },
  });
  return { row, role, principal: (await loadAdminPrincipalFrom(db, row.id))! };
}

const AGENT = ["customers.lac.login"];
const ASSISTANT = ["customers.lac.login", "customers.lac.assist"];

async function session(opts: { config?: AppConfig; resources?: string[]; access?: SessionAccess; reason?: string; now?: Date } = {}) {
  const config = opts.config ?? on();
  const admin = await makeAdmin(opts.resources ?? ASSISTANT);
  const customer = await makeCustomer();
  const now = opts.now ?? new Date();
  const started = await startLoginAsCustomer(
    { db, config, now },
    { admin: admin.principal, customerId: customer.id, reason: opts.reason ?? "Helping with a return", access: opts.access },
  );
  if (!started.ok) throw new Error(started.error);
  const redeemed = await redeemLoginAsCustomerSecret({ db, config, now }, { secret: started.secret });
  if (!redeemed.ok) throw new Error(redeemed.reason);
  return { admin, customer, config, now, ids: { sessionId: redeemed.session.sessionId, adminUserId: admin.row.id, customerId: customer.id }, redeemed };
}

describe(`Login as Customer: a reason for every session (${provider()})`, () => {
  it("requires at least 5 characters when Require a Reason is Yes (the default), at most 500 always", async () => {
    const admin = await makeAdmin(ASSISTANT);
    const customer = await makeCustomer();
    const start = (config: AppConfig, reason?: string) => startLoginAsCustomer({ db, config }, { admin: admin.principal, customerId: customer.id, reason });
    expect(await start(on())).toEqual({ ok: false, code: "reason_required", error: LAC.reasonRequired });
    expect(await start(on(), "  abcd  ")).toEqual({ ok: false, code: "reason_required", error: LAC.reasonRequired });
    expect(await start(on(), "x".repeat(501))).toEqual({ ok: false, code: "reason_too_long", error: LAC.reasonTooLong });
    expect(await start(on({ "login_as_customer/general/require_reason": "0" }), "x".repeat(501))).toMatchObject({ code: "reason_too_long" });
    expect(await start(on({ "login_as_customer/general/require_reason": "0" }))).toMatchObject({ ok: true });
    expect(await start(on(), "Order 203 never arrived")).toMatchObject({ ok: true });
  });

  it("stores the trimmed reason on the session; the log shows and filters it, and the login entry names it", async () => {
    const reason = `The customer asked for help with checkout ${tag()}`;
    const { ids } = await session({ reason: `  ${reason}  ` });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: ids.sessionId } });
    expect(row.reason).toBe(reason);
    const { parseLogGridParams, queryLoginAsCustomerLog } = await import("@/lib/login-as-customer/log-queries");
    const found = await queryLoginAsCustomerLog(parseLogGridParams({ f_reason: reason.slice(-20) }), db);
    expect(found.rows.map((r) => [r.id, r.reason, r.access])).toEqual([[ids.sessionId, reason, "view"]]);
    expect((await queryLoginAsCustomerLog(parseLogGridParams({ f_reason: reason.slice(-20), f_access: "assist" }), db)).rows).toEqual([]);
    const { recordLoginAsCustomerRedeem } = await import("@/lib/login-as-customer/session-log");
    const again = await session({ reason });
    await recordLoginAsCustomerRedeem(db, again.redeemed, "203.0.113.5");
    const login = await db.actionLog.findFirstOrThrow({ where: { lacSessionId: again.ids.sessionId, action: "login" } });
    expect(login.details).toBe(`Logged in as customer: ${again.customer.id}, ${again.customer.email} (View only). Reason: ${reason}`);
  });
});

describe(`Login as Customer: View only or Assist (${provider()})`, () => {
  it("takes the configured Default Access (View only unless set) for a role that may make changes", async () => {
    expect((await session()).redeemed).toMatchObject({ ok: true, session: { access: "view" } });
    const assist = await session({ config: on({ "login_as_customer/general/default_access": "assist" }) });
    expect(assist.redeemed).toMatchObject({ ok: true, session: { access: "assist" } });
  });

  it("gives a role without Make changes as the customer only View only, and refuses Assist for it", async () => {
    const viewOnly = await session({ resources: AGENT, config: on({ "login_as_customer/general/default_access": "assist" }) });
    expect(viewOnly.redeemed).toMatchObject({ ok: true, session: { access: "view" } });
    const admin = await makeAdmin(AGENT);
    const customer = await makeCustomer();
    expect(
      await startLoginAsCustomer({ db, config: on() }, { admin: admin.principal, customerId: customer.id, reason: "Fixing an address", access: "assist" }),
    ).toEqual({ ok: false, code: "access_forbidden", error: LAC.viewOnlyRole });
  });

  it("narrows a running Assist session to View only once the role loses the resource (next request)", async () => {
    const s = await session({ access: "assist" });
    expect(await checkLoginAsCustomerSession({ db, config: s.config }, s.ids)).toMatchObject({ active: true, session: { access: "assist" } });
    await db.adminRoleResource.deleteMany({ where: { roleId: s.admin.role.id, resource: "customers.lac.assist" } });
    expect(await checkLoginAsCustomerSession({ db, config: s.config }, s.ids)).toMatchObject({ active: true, session: { access: "view" } });
  });

  it("redeems a secret for Assist as View only when the resource was lost between start and redeem", async () => {
    const admin = await makeAdmin(ASSISTANT);
    const customer = await makeCustomer();
    const started = await startLoginAsCustomer(
      { db, config: on() },
      { admin: admin.principal, customerId: customer.id, reason: "Help with a coupon", access: "assist" },
    );
    if (!started.ok) throw new Error(started.error);
    await db.adminRoleResource.deleteMany({ where: { roleId: admin.role.id, resource: "customers.lac.assist" } });
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: started.secret })).toMatchObject({ ok: true, session: { access: "view" } });
  });
});

describe(`Login as Customer: sessions bounded in time (${provider()})`, () => {
  const bounded = on({ "login_as_customer/general/session_lifetime": "30", "login_as_customer/general/idle_timeout": "10" });

  it("ends with 'Session expired' at the first request after the lifetime, however active the tab was", async () => {
    const s = await session({ config: bounded, now: new Date("2026-12-03T10:00:00Z") });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.ids.sessionId } });
    expect(row.expiresAt?.toISOString()).toBe("2026-12-03T10:30:00.000Z");
    // a request every 5 minutes keeps it from idling, not from its lifetime
    for (let m = 5; m < 30; m += 5) {
      const at = new Date(s.now.getTime() + m * MINUTE);
      expect(await checkLoginAsCustomerSession({ db, config: bounded, now: at }, s.ids)).toMatchObject({
        active: true,
        session: { endsInMs: (30 - m) * MINUTE },
      });
    }
    const end = new Date(s.now.getTime() + 30 * MINUTE);
    expect(await checkLoginAsCustomerSession({ db, config: bounded, now: end }, s.ids)).toEqual({ active: false, reason: END_REASONS.sessionExpired });
    const ended = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.ids.sessionId } });
    expect([ended.endReason, ended.endedAt?.toISOString()]).toEqual([END_REASONS.sessionExpired, end.toISOString()]);
    expect(await db.actionLog.count({ where: { lacSessionId: s.ids.sessionId, action: "logout", details: { contains: "Session expired" } } })).toBe(1);
  });

  it("ends with 'Idle timeout' when no request came for the idle timeout; each request within it keeps it alive", async () => {
    const s = await session({ config: bounded, now: new Date("2026-12-03T11:00:00Z") });
    const at = (m: number) => new Date(s.now.getTime() + m * MINUTE);
    expect(await checkLoginAsCustomerSession({ db, config: bounded, now: at(9) }, s.ids)).toMatchObject({ active: true });
    expect(await checkLoginAsCustomerSession({ db, config: bounded, now: at(18) }, s.ids)).toMatchObject({ active: true });
    expect(await checkLoginAsCustomerSession({ db, config: bounded, now: at(28) }, s.ids)).toEqual({ active: false, reason: END_REASONS.idleTimeout });
  });

  it("writes the last request time only when a quarter of the idle timeout has passed since the last write", async () => {
    const s = await session({ config: bounded, now: new Date("2026-12-03T12:00:00Z") });
    expect(lastSeenWriteInterval(10)).toBe(2.5 * MINUTE);
    const lastSeen = async () => (await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.ids.sessionId } })).lastSeenAt?.toISOString();
    const at = (ms: number) => new Date(s.now.getTime() + ms);
    await checkLoginAsCustomerSession({ db, config: bounded, now: at(2 * MINUTE) }, s.ids);
    expect(await lastSeen()).toBe(s.now.toISOString());
    await checkLoginAsCustomerSession({ db, config: bounded, now: at(3 * MINUTE) }, s.ids);
    expect(await lastSeen()).toBe(at(3 * MINUTE).toISOString());
  });
});

describe(`Login as Customer: the shopper token never outlives its session (${provider()})`, () => {
  it("caps a token's lifetime at its session's end, and leaves other tokens alone", async () => {
    const { cappedMaxAge } = await import("@/lib/auth/shop-session-version");
    const now = Date.parse("2026-12-03T10:00:00Z");
    const lexp = Math.floor(now / 1000) + 25 * 60;
    expect(cappedMaxAge({ lexp }, 30 * 24 * 3600, now)).toBe(25 * 60);
    expect(cappedMaxAge({ lexp }, 60, now)).toBe(60);
    expect(cappedMaxAge({ lexp: Math.floor(now / 1000) - 5 }, 3600, now)).toBe(1);
    expect(cappedMaxAge({}, 3600, now)).toBe(3600);
  });

  it("gives the headless client a token that expires with the session", async () => {
    const { redeemForHeadlessClient } = await import("@/lib/login-as-customer/headless");
    const { decode } = await import("next-auth/jwt");
    const { shopAuthSecret } = await import("@/lib/auth/cookies");
    const config = on({ "login_as_customer/general/session_lifetime": "20" });
    const admin = await makeAdmin(ASSISTANT);
    const customer = await makeCustomer();
    const started = await startLoginAsCustomer({ db, config }, { admin: admin.principal, customerId: customer.id, reason: "Headless help" });
    if (!started.ok) throw new Error(started.error);
    const s = await redeemForHeadlessClient(db, config, { secret: started.secret, ip: "203.0.113.4" });
    expect(s?.expiresIn).toBeGreaterThan(19 * 60);
    expect(s?.expiresIn).toBeLessThanOrEqual(20 * 60);
    const token = await decode({ token: s!.accessToken, secret: shopAuthSecret()! });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s!.sessionId } });
    expect(token?.exp).toBeLessThanOrEqual(Math.floor(row.expiresAt!.getTime() / 1000));
  });
});
