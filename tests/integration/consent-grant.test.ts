// SPEC 10.1: consent is a grant with a duration. Saving it from the storefront or the admin writes
// when it ends; once the clock passes that end it is no consent anywhere: starting, redeeming, a
// running session, the button's dialog and the customer grid (both of its query paths).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { provider, testDb } from "../helpers/db";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { toAppConfig, type AppConfig } from "@/lib/config/schema";
import { hashPassword } from "@/lib/auth/password";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { checkLoginAsCustomerSession } from "@/lib/login-as-customer/check-session";
import { loginAsCustomerButtonData } from "@/lib/login-as-customer/admin-start";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { CONSENT_DURATIONS, consentData, consentDurationFor, consentGrantMessage, consentStatusMessage, type ConsentDuration } from "@/lib/customers/consent";
import { updateAccountInfo } from "@/lib/customers/account";
import { updateCustomerByAdmin } from "@/lib/customers/mutations";
import { createCustomer } from "@/lib/customers/create";
import { createCustomerByAdmin } from "@/lib/customers/admin-customers";
import { noAudit } from "@/lib/action-log/audit";
import { countCustomerMatches, parseCustomerGridParams, queryCustomerGrid } from "@/lib/customers/queries";
import { accountInfoSchema, createAccountSchema } from "@/lib/validation/shop";
import { adminCustomerSchema } from "@/lib/validation/admin-customer";
import { CONSENT_DURATION_MESSAGE } from "@/lib/validation/consent";

const db = testDb();
// Require a Reason: No, and the longest session bounds: these tests are about the grant's own end
const on = (overrides: Record<string, string> = {}): AppConfig =>
  toAppConfig({
    "login_as_customer/general/enabled": "1",
    "login_as_customer/general/require_reason": "0",
    "login_as_customer/general/session_lifetime": "480",
    "login_as_customer/general/idle_timeout": "120",
    ...overrides,
  });
const HOUR = 3_600_000;
const T0 = new Date("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const tag = `grant.${provider()}.${crypto.randomBytes(4).toString("hex")}`;

let n = 0;
/** A customer with consent as given (`until` undefined: no grant). */
async function makeCustomer(consent: { allowed: boolean; until?: Date | null } = { allowed: false }) {
  n += 1;
  const view = await db.storeView.findUniqueOrThrow({ where: { code: "default" } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `${tag}.${n}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Grace",
      lastName: `Grant${n}`,
      email,
      passwordHash: "x",
      websiteId: view.websiteId,
      storeViewId: view.id,
      groupId: group.id,
      assistanceAllowed: consent.allowed,
      assistanceAllowedUntil: consent.until ?? null,
      searchText: `grace grant${n} ${email}`,
    },
  });
}

/** A 24-hour grant given at T0 (ends at T0 + 24 h). */
const grant24h = () => makeCustomer({ allowed: true, until: consentData(true, "24h", T0).assistanceAllowedUntil });

async function makeAdmin() {
  n += 1;
  const role = await db.adminRole.create({ data: { name: `${tag}-role-${n}`, resources: { create: [{ resource: "customers.lac.login" }] } } });
  const row = await db.adminUser.create({
    data: {
      username: `${tag}-admin-${n}`,
      firstName: "Gil",
      lastName: `Agent${n}`,
      email: `${tag}.admin${n}@example.com`,
      passwordHash: await hashPassword("x"),
      roleId: role.id,
    },
  });
  return (await loadAdminPrincipalFrom(db, row.id))!;
}

describe(`Consent grant: the clock decides (${provider()})`, () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  it("a 24-hour grant lets Login as Customer start before its end and refuses it after", async () => {
    const c = await grant24h();
    const before = await startLoginAsCustomer({ db, config: on(), now: at(24 * HOUR - 60_000) }, { admin, customerId: c.id });
    expect(before.ok).toBe(true);
    for (const now of [at(24 * HOUR), at(24 * HOUR + 1), at(48 * HOUR)]) {
      expect(await startLoginAsCustomer({ db, config: on(), now }, { admin, customerId: c.id })).toMatchObject({
        ok: false,
        code: "no_consent",
        error: LAC.assistanceDisabledForCustomer,
      });
    }
    // the button opens the not-enabled dialog once the grant has run out
    expect(await loginAsCustomerButtonData(db, on(), admin!, c.id, at(HOUR))).toMatchObject({ hasConsent: true });
    expect(await loginAsCustomerButtonData(db, on(), admin!, c.id, at(24 * HOUR + 1))).toMatchObject({ hasConsent: false });
  });

  it("a secret made before the grant ends and redeemed after it is refused, and starts no session", async () => {
    const c = await grant24h();
    const end = 24 * HOUR;
    const started = await startLoginAsCustomer({ db, config: on(), now: at(end - 30_000) }, { admin, customerId: c.id });
    if (!started.ok) throw new Error(started.error);
    // 40 s later: the secret (60 s) is still valid, the grant is not
    const r = await redeemLoginAsCustomerSecret({ db, config: on(), now: at(end + 10_000) }, { secret: started.secret, ip: "203.0.113.50" });
    expect(r).toMatchObject({ ok: false, reason: "no_consent" });
    expect(await db.loginAsCustomerSession.count({ where: { customerId: c.id } })).toBe(0);
  });

  it("a running session ends at its first request after the grant ends, as 'Consent expired', with a logout entry", async () => {
    const c = await grant24h();
    const started = await startLoginAsCustomer({ db, config: on(), now: at(23 * HOUR) }, { admin, customerId: c.id });
    if (!started.ok) throw new Error(started.error);
    const red = await redeemLoginAsCustomerSecret({ db, config: on(), now: at(23 * HOUR + 5_000) }, { secret: started.secret });
    if (!red.ok) throw new Error(red.reason);
    const ids = { sessionId: red.session.sessionId, adminUserId: admin.id, customerId: c.id };
    expect(await checkLoginAsCustomerSession({ db, config: on(), now: at(24 * HOUR - 1) }, ids)).toMatchObject({ active: true });
    expect(await checkLoginAsCustomerSession({ db, config: on(), now: at(24 * HOUR + 1_000) }, ids)).toEqual({
      active: false,
      reason: END_REASONS.consentExpired,
    });
    const row = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: ids.sessionId } });
    expect(row.endReason).toBe("Consent expired");
    expect(row.endedAt?.getTime()).toBe(at(24 * HOUR + 1_000).getTime());
    const logout = await db.actionLog.findMany({ where: { lacSessionId: ids.sessionId, action: "logout" } });
    expect(logout).toHaveLength(1);
    expect(logout[0].details).toContain(`Logged out from the customer account: ${c.id}, ${c.email}`);
    // ended stays ended
    expect(await checkLoginAsCustomerSession({ db, config: on(), now: at(25 * HOUR) }, ids)).toMatchObject({ active: false });
  });

  it("an open-ended grant holds at any time", async () => {
    const c = await makeCustomer({ allowed: true, until: null });
    expect(await startLoginAsCustomer({ db, config: on(), now: at(10 * 365 * 24 * HOUR) }, { admin, customerId: c.id })).toMatchObject({ ok: true });
  });
});

describe(`Consent grant: the customer grid (${provider()})`, () => {
  let ids: { expired: number; running: number; open: number; none: number };
  beforeAll(async () => {
    ids = {
      expired: (await makeCustomer({ allowed: true, until: at(-HOUR) })).id,
      running: (await makeCustomer({ allowed: true, until: at(HOUR) })).id,
      open: (await makeCustomer({ allowed: true, until: null })).id,
      none: (await makeCustomer({ allowed: false })).id,
    };
  });
  const grid = (sp: Record<string, string> = {}) => queryCustomerGrid(parseCustomerGridParams({ f_email: tag, size: "200", ...sp }), db, T0);
  const count = (sp: Record<string, string>) => countCustomerMatches(db, parseCustomerGridParams({ f_email: tag, ...sp }), 100_000, T0);
  const idsOf = (rows: { id: number }[]) => rows.map((r) => r.id).filter((id) => Object.values(ids).includes(id));

  it("shows No for an expired grant and Yes for a running or open-ended one", async () => {
    const rows = new Map((await grid()).rows.map((r) => [r.id, r.assistance]));
    expect([rows.get(ids.expired), rows.get(ids.running), rows.get(ids.open), rows.get(ids.none)]).toEqual([false, true, true, false]);
  });

  it("the Yes filter excludes an expired grant and No includes it, in the rows and in the raw SQL count", async () => {
    const yes = await grid({ f_assistance: "1" });
    const no = await grid({ f_assistance: "0" });
    expect(idsOf(yes.rows).sort()).toEqual([ids.running, ids.open].sort());
    expect(idsOf(no.rows).sort()).toEqual([ids.expired, ids.none].sort());
    expect(yes.rows.every((r) => r.assistance)).toBe(true);
    expect(no.rows.every((r) => !r.assistance)).toBe(true);
    // the count is raw SQL (DateTime as ISO text on SQLite, timestamp on PostgreSQL): the same answer
    expect(await count({ f_assistance: "1" })).toBe(yes.rows.length);
    expect(await count({ f_assistance: "0" })).toBe(no.rows.length);
    expect(yes.total).toBe(yes.rows.length);
    expect(no.total).toBe(no.rows.length);
  });

  it("a grant running now has expired two hours later, in both query paths", async () => {
    const later = at(2 * HOUR);
    const yes = await queryCustomerGrid(parseCustomerGridParams({ f_email: tag, size: "200", f_assistance: "1" }), db, later);
    expect(idsOf(yes.rows)).toEqual([ids.open]);
    expect(await countCustomerMatches(db, parseCustomerGridParams({ f_email: tag, f_assistance: "1" }), 100_000, later)).toBe(yes.rows.length);
    expect(await countCustomerMatches(db, parseCustomerGridParams({ f_email: tag, f_assistance: "0" }), 100_000, later)).toBe(
      (await queryCustomerGrid(parseCustomerGridParams({ f_email: tag, size: "200", f_assistance: "0" }), db, later)).rows.length,
    );
  });
});

const EXPECTED_MS: Record<ConsentDuration, number | null> = { "24h": 24 * HOUR, "7d": 7 * 24 * HOUR, "30d": 30 * 24 * HOUR, unlimited: null };
const untilOf = async (id: number) => (await db.customer.findUniqueOrThrow({ where: { id }, select: { assistanceAllowedUntil: true } })).assistanceAllowedUntil;
const stateOf = (id: number) => db.customer.findUniqueOrThrow({ where: { id }, select: { assistanceAllowed: true, assistanceAllowedUntil: true } });

describe(`Consent grant: saving it (${provider()})`, () => {
  const accountInput = (assistanceAllowed: boolean, assistanceDuration?: ConsentDuration) => ({
    firstName: "Grace",
    lastName: "Grant",
    changeEmail: false,
    changePassword: false,
    assistanceAllowed,
    assistanceDuration,
  });
  const saveAccount = (customerId: number, input: ReturnType<typeof accountInput>, now: Date, extra: { impersonating?: boolean; def?: ConsentDuration } = {}) =>
    updateAccountInfo(db, {
      customerId,
      input,
      impersonating: extra.impersonating ?? false,
      consentShown: true,
      shareAccountsPerWebsite: true,
      defaultConsentDuration: extra.def,
      now,
    });

  it.each(CONSENT_DURATIONS)("the storefront's Account Information writes a grant for %s from the time of saving", async (duration) => {
    const c = await makeCustomer();
    const r = await saveAccount(c.id, accountInput(true, duration), T0);
    const ms = EXPECTED_MS[duration];
    const expected = ms === null ? null : at(ms);
    expect(r).toMatchObject({ ok: true, assistanceAllowedUntil: expected });
    expect(await stateOf(c.id)).toEqual({ assistanceAllowed: true, assistanceAllowedUntil: expected });
    // what the page then says, and what the select preselects
    const state = await stateOf(c.id);
    expect(consentStatusMessage(state, T0)).toBe(consentGrantMessage(expected));
    expect(consentDurationFor(state, "30d", T0)).toBe(duration);
  });

  it("the storefront: without a choice the configured default; unticked withdraws; a new save is a new grant from then", async () => {
    const c = await makeCustomer();
    await saveAccount(c.id, accountInput(true), T0, { def: "7d" });
    expect(await untilOf(c.id)).toEqual(at(7 * 24 * HOUR));
    await saveAccount(c.id, accountInput(true, "24h"), at(HOUR));
    expect(await untilOf(c.id)).toEqual(at(25 * HOUR));
    await saveAccount(c.id, accountInput(false, "30d"), at(2 * HOUR));
    expect(await stateOf(c.id)).toEqual({ assistanceAllowed: false, assistanceAllowedUntil: null });
  });

  it("the storefront: an expired grant is no consent (the box shows unticked) and ticking it again is a new grant", async () => {
    const c = await makeCustomer({ allowed: true, until: at(-HOUR) });
    const state = await stateOf(c.id);
    expect(consentStatusMessage(state, T0)).toBe(`Remote shopping assistance was allowed until Dec 1, 2026, 8:00 AM; that permission has ended.`);
    expect(consentDurationFor(state, "7d", T0)).toBe("7d");
    await saveAccount(c.id, accountInput(true, "30d"), T0);
    expect(await untilOf(c.id)).toEqual(at(30 * 24 * HOUR));
  });

  it("the storefront during Login as Customer keeps the grant as it is, and refuses to withdraw it", async () => {
    const c = await makeCustomer({ allowed: true, until: at(5 * HOUR) });
    expect(await saveAccount(c.id, accountInput(true, "30d"), T0, { impersonating: true })).toMatchObject({ ok: true });
    expect(await untilOf(c.id)).toEqual(at(5 * HOUR));
    expect(await saveAccount(c.id, accountInput(false), T0, { impersonating: true })).toEqual({ ok: false, error: LAC.actionNotAllowed });
    expect(await stateOf(c.id)).toEqual({ assistanceAllowed: true, assistanceAllowedUntil: at(5 * HOUR) });
  });

  it("the customer withdrawing ends a running session at once; withdrawing a lapsed grant ends it as expired", async () => {
    const admin = await makeAdmin();
    for (const [until, reason] of [
      [at(5 * HOUR), END_REASONS.consentWithdrawn],
      [at(-HOUR), END_REASONS.consentExpired],
    ] as const) {
      const c = await makeCustomer({ allowed: true, until: null });
      const s = await startLoginAsCustomer({ db, config: on(), now: at(-2 * HOUR) }, { admin, customerId: c.id });
      if (!s.ok) throw new Error(s.error);
      const red = await redeemLoginAsCustomerSecret({ db, config: on(), now: at(-2 * HOUR + 1_000) }, { secret: s.secret });
      if (!red.ok) throw new Error(red.reason);
      await db.customer.update({ where: { id: c.id }, data: { assistanceAllowedUntil: until } });
      await saveAccount(c.id, accountInput(false), T0);
      expect(await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: red.session.sessionId } })).toMatchObject({ endReason: reason });
    }
  });

  it("Create Account writes the chosen grant from the time of creating, and none when unticked", async () => {
    const view = await db.storeView.findUniqueOrThrow({ where: { code: "default" } });
    const base = { firstName: "Gina", lastName: "Grant", password: "Passw0rd!Passw0rd", websiteId: view.websiteId, storeViewId: view.id, newsletter: false };
    const made = await createCustomer({ ...base, email: `${tag}.create7d@example.com`, assistanceAllowed: true, assistanceDuration: "7d" }, noAudit, T0);
    const none = await createCustomer({ ...base, email: `${tag}.createnone@example.com`, assistanceAllowed: false, assistanceDuration: "30d" }, noAudit, T0);
    if ("error" in made || "error" in none) throw new Error("not created");
    expect(await stateOf(made.id)).toEqual({ assistanceAllowed: true, assistanceAllowedUntil: at(7 * 24 * HOUR) });
    expect(await stateOf(none.id)).toEqual({ assistanceAllowed: false, assistanceAllowedUntil: null });
  });

  it("the storefront forms refuse an unknown duration next to the field", () => {
    for (const bad of ["48h", "forever", "", "24H", "unlimited "]) {
      const r = accountInfoSchema.safeParse({ firstName: "Grace", lastName: "Grant", assistanceAllowed: "on", assistanceDuration: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues.find((i) => i.path[0] === "assistanceDuration")?.message).toBe(CONSENT_DURATION_MESSAGE);
    }
    const created = createAccountSchema.safeParse({
      firstName: "Grace",
      lastName: "Grant",
      email: "grace@example.com",
      password: "Passw0rd!Passw0rd",
      passwordConfirmation: "Passw0rd!Passw0rd",
      assistanceAllowed: "on",
      assistanceDuration: "1y",
    });
    expect(created.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual(["assistanceDuration", CONSENT_DURATION_MESSAGE]);
    expect(accountInfoSchema.parse({ firstName: "Grace", lastName: "Grant", assistanceAllowed: "on", assistanceDuration: "7d" }).assistanceDuration).toBe("7d");
    expect(accountInfoSchema.parse({ firstName: "Grace", lastName: "Grant", assistanceAllowed: "on" }).assistanceDuration).toBeUndefined();
  });
});

describe(`Consent grant: the admin's toggle (${provider()})`, () => {
  const group = async () => (await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } })).id;
  async function adminSave(
    c: { id: number; email: string },
    input: { assistanceAllowed?: boolean; assistanceDuration?: ConsentDuration },
    now: Date,
    can = true,
  ) {
    return updateCustomerByAdmin(
      { customerId: c.id, canChangeAssistance: can, shareAccountsPerWebsite: true, defaultConsentDuration: "30d", now },
      { firstName: "Grace", lastName: "Grant", email: c.email, groupId: await group(), newsletter: false, ...input },
      db,
    );
  }

  it.each(CONSENT_DURATIONS)("switching it on with Allow for %s writes that grant from the time of saving", async (duration) => {
    const c = await makeCustomer();
    expect(await adminSave(c, { assistanceAllowed: true, assistanceDuration: duration }, T0)).toEqual({ ok: true });
    const ms = EXPECTED_MS[duration];
    expect(await stateOf(c.id)).toEqual({ assistanceAllowed: true, assistanceAllowedUntil: ms === null ? null : at(ms) });
  });

  it("without a choice the configured default; off withdraws; without the toggle the grant stays as it is", async () => {
    const c = await makeCustomer();
    await adminSave(c, { assistanceAllowed: true }, T0);
    expect(await untilOf(c.id)).toEqual(at(30 * 24 * HOUR));
    await adminSave(c, {}, at(HOUR));
    expect(await untilOf(c.id)).toEqual(at(30 * 24 * HOUR));
    // an admin without the right: the form's value changes nothing
    expect(await adminSave(c, { assistanceAllowed: true, assistanceDuration: "24h" }, at(HOUR), false)).toEqual({ ok: true });
    expect(await untilOf(c.id)).toEqual(at(30 * 24 * HOUR));
    await adminSave(c, { assistanceAllowed: false }, at(2 * HOUR));
    expect(await stateOf(c.id)).toEqual({ assistanceAllowed: false, assistanceAllowedUntil: null });
  });

  it("records the grant in the log entry of the consent change", async () => {
    const c = await makeCustomer();
    const entries: { details?: string; action?: string }[] = [];
    await updateCustomerByAdmin(
      { customerId: c.id, canChangeAssistance: true, shareAccountsPerWebsite: true, now: T0 },
      { firstName: "Grace", lastName: "Grant", email: c.email, groupId: await group(), newsletter: false, assistanceAllowed: true, assistanceDuration: "24h" },
      db,
      async (_tx, e) => void (e && entries.push(e)),
    );
    expect(entries.find((e) => e.action === "allow_remote_assistance")?.details).toBe(
      "Allow remote shopping assistance: No → Yes (until Dec 2, 2026, 9:00 AM)",
    );
  });

  it("Add New Customer with the toggle on writes the chosen grant", async () => {
    const website = await db.website.findUniqueOrThrow({ where: { code: "base" } });
    const r = await createCustomerByAdmin(
      db,
      {
        firstName: "Gus",
        lastName: "Grant",
        email: `${tag}.admin-new@example.com`,
        groupId: await group(),
        websiteId: website.id,
        newsletter: false,
        assistanceAllowed: true,
        assistanceDuration: "unlimited",
      },
      { canConsent: true },
      noAudit,
    );
    if (!r.ok) throw new Error(r.error);
    expect(await stateOf(r.id)).toEqual({ assistanceAllowed: true, assistanceAllowedUntil: null });
  });

  it("the admin form refuses an unknown duration next to the field", () => {
    const r = adminCustomerSchema.safeParse({
      customerId: "1",
      firstName: "Grace",
      lastName: "Grant",
      email: "grace@example.com",
      groupId: "1",
      assistanceAllowed: "on",
      assistanceEditable: "1",
      assistanceDuration: "90d",
    });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["assistanceDuration", CONSENT_DURATION_MESSAGE]]);
  });
});
