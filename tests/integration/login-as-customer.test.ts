import { beforeAll, describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { toAppConfig, type AppConfig } from "@/lib/config/schema";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { checkLoginAsCustomerSession } from "@/lib/login-as-customer/check-session";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { hashSecret } from "@/lib/login-as-customer/secret";
import { LAC } from "@/lib/login-as-customer/messages";
import { hashPassword } from "@/lib/auth/password";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";

const db = testDb();
// Require a Reason: No unless a test says otherwise (the reason rules have their own tests)
const on = (overrides: Record<string, string> = {}): AppConfig =>
  toAppConfig({ "login_as_customer/general/enabled": "1", "login_as_customer/general/require_reason": "0", ...overrides });

let n = 0;
async function makeCustomer(opts: { consent?: boolean; website?: "base" | "second" } = {}) {
  n += 1;
  const website = await db.website.findUniqueOrThrow({ where: { code: opts.website ?? "base" }, include: { storeViews: true } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `lac.${provider()}.${Date.now()}.${n}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Lac",
      lastName: `Tester${n}`,
      email,
      passwordHash: "x",
      websiteId: website.id,
      storeViewId: website.storeViews[0].id,
      groupId: group.id,
      assistanceAllowed: opts.consent ?? true,
      searchText: email,
    },
  });
}

async function makeAdmin(resources: string[] | "all") {
  n += 1;
  const role = await db.adminRole.create({
    data: {
      name: `lac-role-${provider()}-${Date.now()}-${n}`,
      allResources: resources === "all",
      resources: { create: resources === "all" ? [] : resources.map((resource) => ({ resource })) },
    },
  });
  return db.adminUser.create({
    data: {
      username: `lac-admin-${provider()}-${Date.now()}-${n}`,
      firstName: "Ada",
      lastName: `Agent${n}`,
      email: `agent.${provider()}.${Date.now()}.${n}@example.com`,
      passwordHash: await hashPassword("x"),
      roleId: role.id,
    },
  });
}

describe(`Login as Customer: start (${provider()})`, () => {
  let adminId: number;
  beforeAll(async () => {
    adminId = (await makeAdmin(["customers.lac.login"])).id;
  });

  it("refuses when the feature is disabled, without the permission, for a missing customer, without consent", async () => {
    const admin = await loadAdminPrincipalFrom(db, adminId);
    const customer = await makeCustomer();
    const noConsent = await makeCustomer({ consent: false });
    const viewer = await loadAdminPrincipalFrom(db, (await makeAdmin(["customers.all"])).id);
    expect(await startLoginAsCustomer({ db, config: toAppConfig({}) }, { admin, customerId: customer.id })).toMatchObject({
      ok: false,
      code: "feature_disabled",
      error: LAC.featureDisabled,
    });
    expect(await startLoginAsCustomer({ db, config: on() }, { admin: viewer, customerId: customer.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await startLoginAsCustomer({ db, config: on() }, { admin: null, customerId: customer.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await startLoginAsCustomer({ db, config: on() }, { admin, customerId: 987654321 })).toMatchObject({
      ok: false,
      code: "customer_not_found",
      error: LAC.customerGone,
    });
    expect(await startLoginAsCustomer({ db, config: on() }, { admin, customerId: noConsent.id })).toMatchObject({
      ok: false,
      code: "no_consent",
      error: LAC.assistanceDisabledForCustomer,
    });
    expect(await db.loginAsCustomerSecret.count({ where: { customerId: { in: [customer.id, noConsent.id] } } })).toBe(0);
  });

  it("stores only a hash of a 256-bit secret that expires after the configured seconds", async () => {
    const admin = await loadAdminPrincipalFrom(db, adminId);
    const customer = await makeCustomer();
    const now = new Date("2026-11-25T12:00:00Z");
    const r = await startLoginAsCustomer(
      { db, config: on({ "login_as_customer/general/authentication_expiration_time": "90" }), now },
      { admin, customerId: customer.id },
    );
    if (!r.ok) throw new Error(r.error);
    expect(Buffer.from(r.secret, "base64url").length).toBe(32);
    expect(r.url).toBe(`/shop/login-as-customer#secret=${r.secret}`);
    const row = await db.loginAsCustomerSecret.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(row.secretHash).toBe(hashSecret(r.secret));
    expect(JSON.stringify(row)).not.toContain(r.secret);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(90_000);
  });

  it("with Manual Selection requires a store view the customer can use", async () => {
    const admin = await loadAdminPrincipalFrom(db, adminId);
    const customer = await makeCustomer();
    const manual = on({ "login_as_customer/general/store_view_manual_choice": "1" });
    const second = await db.storeView.findUniqueOrThrow({ where: { code: "second" } });
    const fr = await db.storeView.findUniqueOrThrow({ where: { code: "fr" } });
    expect(await startLoginAsCustomer({ db, config: manual }, { admin, customerId: customer.id })).toMatchObject({ ok: false, error: LAC.selectStoreRequired });
    expect(await startLoginAsCustomer({ db, config: manual }, { admin, customerId: customer.id, storeViewId: second.id })).toMatchObject({
      ok: false,
      code: "invalid_store_view",
    });
    expect(await startLoginAsCustomer({ db, config: manual }, { admin, customerId: customer.id, storeViewId: fr.id })).toMatchObject({
      ok: true,
      storeViewId: fr.id,
    });
    // with global sharing, another website's store view is allowed
    const global = on({ "login_as_customer/general/store_view_manual_choice": "1", "customer/account_share/scope": "0" });
    expect(await startLoginAsCustomer({ db, config: global }, { admin, customerId: customer.id, storeViewId: second.id })).toMatchObject({ ok: true });
  });
});

describe(`Login as Customer: redeem (${provider()})`, () => {
  async function started(config = on(), now = new Date()) {
    const adminRow = await makeAdmin(["customers.lac.login"]);
    const admin = await loadAdminPrincipalFrom(db, adminRow.id);
    const customer = await makeCustomer();
    const r = await startLoginAsCustomer({ db, config, now }, { admin, customerId: customer.id });
    if (!r.ok) throw new Error(r.error);
    return { secret: r.secret, admin, adminRow, customer };
  }

  it("redeems once, records the session, and refuses a replay", async () => {
    const { secret, customer, admin } = await started();
    const first = await redeemLoginAsCustomerSecret({ db, config: on() }, { secret, ip: "203.0.113.9" });
    if (!first.ok) throw new Error(first.reason);
    expect(first.session).toMatchObject({
      customerId: customer.id,
      adminUserId: admin!.id,
      websiteName: "Main Website",
      disablePageCache: true,
      storeViewCode: "default",
    });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: first.session.sessionId } });
    expect([row.customerEmail, row.ip, row.endedAt]).toEqual([customer.email, "203.0.113.9", null]);
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret })).toMatchObject({ ok: false, reason: "already_used" });
    expect(await db.loginAsCustomerSession.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it("refuses an expired secret (time injected), a malformed or unknown one", async () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const { secret } = await started(on({ "login_as_customer/general/authentication_expiration_time": "60" }), now);
    const later = new Date(now.getTime() + 60_000);
    expect(await redeemLoginAsCustomerSecret({ db, config: on(), now: later }, { secret })).toMatchObject({ ok: false, reason: "expired" });
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: "short" })).toMatchObject({ ok: false, reason: "malformed" });
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: "A".repeat(43) })).toMatchObject({ ok: false, reason: "unknown" });
  });

  it("refuses after the admin started another session, lost the permission, or consent was withdrawn", async () => {
    const a = await started();
    const other = await makeCustomer();
    const again = await startLoginAsCustomer({ db, config: on() }, { admin: a.admin, customerId: other.id });
    expect(again.ok).toBe(true);
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: a.secret })).toMatchObject({ ok: false, reason: "revoked" });

    const b = await started();
    await db.adminRoleResource.deleteMany({ where: { roleId: b.adminRow.roleId } });
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: b.secret })).toMatchObject({ ok: false, reason: "admin_forbidden" });

    const c = await started();
    await db.customer.update({ where: { id: c.customer.id }, data: { assistanceAllowed: false } });
    expect(await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: c.secret })).toMatchObject({ ok: false, reason: "no_consent" });

    const d = await started();
    expect(await redeemLoginAsCustomerSecret({ db, config: toAppConfig({}) }, { secret: d.secret })).toMatchObject({ ok: false, reason: "feature_disabled" });
    expect(await db.loginAsCustomerSession.count({ where: { customerId: { in: [b.customer.id, c.customer.id, d.customer.id] } } })).toBe(0);
  });

  it("50 concurrent redemptions of one secret start exactly one session", async () => {
    const { secret, customer } = await started();
    const results = await Promise.all(Array.from({ length: 50 }, () => redeemLoginAsCustomerSecret({ db, config: on() }, { secret })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "already_used")).toHaveLength(49);
    expect(await db.loginAsCustomerSession.count({ where: { customerId: customer.id } })).toBe(1);
  });
});

describe(`Login as Customer: session check and ending (${provider()})`, () => {
  async function active() {
    const adminRow = await makeAdmin(["customers.lac.login"]);
    const admin = await loadAdminPrincipalFrom(db, adminRow.id);
    const customer = await makeCustomer();
    const r = await startLoginAsCustomer({ db, config: on() }, { admin, customerId: customer.id });
    if (!r.ok) throw new Error(r.error);
    const red = await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: r.secret });
    if (!red.ok) throw new Error(red.reason);
    return { adminRow, customer, ids: { sessionId: red.session.sessionId, adminUserId: adminRow.id, customerId: customer.id } };
  }

  it("stays active while every rule holds", async () => {
    const { ids } = await active();
    expect(await checkLoginAsCustomerSession({ db, config: on() }, ids)).toMatchObject({ active: true });
  });

  it.each([
    [
      "the admin is deactivated",
      END_REASONS.adminDeactivated,
      async (a: Awaited<ReturnType<typeof active>>) => {
        await db.adminUser.update({ where: { id: a.adminRow.id }, data: { isActive: false } });
      },
    ],
    [
      "the admin loses the permission",
      END_REASONS.permissionRevoked,
      async (a: Awaited<ReturnType<typeof active>>) => {
        await db.adminRoleResource.deleteMany({ where: { roleId: a.adminRow.roleId } });
      },
    ],
    [
      "the customer withdraws consent",
      END_REASONS.consentWithdrawn,
      async (a: Awaited<ReturnType<typeof active>>) => {
        await db.customer.update({ where: { id: a.customer.id }, data: { assistanceAllowed: false } });
      },
    ],
  ])("ends when %s, recording why", async (_label, reason, change) => {
    const a = await active();
    await change(a);
    expect(await checkLoginAsCustomerSession({ db, config: on() }, a.ids)).toEqual({ active: false, reason });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: a.ids.sessionId } });
    expect(row.endReason).toBe(reason);
    expect(row.endedAt).not.toBeNull();
  });

  it("ends when the feature is disabled, and stays ended after it is enabled again", async () => {
    const a = await active();
    expect(await checkLoginAsCustomerSession({ db, config: toAppConfig({}) }, a.ids)).toEqual({ active: false, reason: END_REASONS.featureDisabled });
    expect(await checkLoginAsCustomerSession({ db, config: on() }, a.ids)).toEqual({ active: false, reason: END_REASONS.featureDisabled });
  });

  it("a second session of the same admin ends the first", async () => {
    const a = await active();
    const admin = await loadAdminPrincipalFrom(db, a.adminRow.id);
    const other = await makeCustomer();
    const r = await startLoginAsCustomer({ db, config: on() }, { admin, customerId: other.id });
    expect(r.ok).toBe(true);
    expect(await checkLoginAsCustomerSession({ db, config: on() }, a.ids)).toEqual({ active: false, reason: END_REASONS.anotherSession });
  });

  it("endSessionsForCustomer ends the open session and refuses a forged session id", async () => {
    const a = await active();
    await endSessionsForCustomer(db, a.customer.id, END_REASONS.consentWithdrawn);
    expect(await checkLoginAsCustomerSession({ db, config: on() }, a.ids)).toMatchObject({ active: false });
    const b = await active();
    expect(await checkLoginAsCustomerSession({ db, config: on() }, { ...b.ids, customerId: a.customer.id })).toMatchObject({ active: false });
  });
});
