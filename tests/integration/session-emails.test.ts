// The customer's emails about a Login as Customer session (SPEC 10.4), on the run's
// database: redeeming the secret queues "A store associate is assisting you" in
// the same transaction as the session; every way a session ends queues exactly
// one "Summary of your assisted session" listing its actions in order, however
// many requests end it at once; Notify Customer by Email decides which are sent;
// a transaction that rolls back queues nothing. The real callers are driven:
// Close Session, the admin's sign-out, the customer's Account Information save,
// the log's End Session, the storefront's session check, another session, the
// feature disabled in Configuration.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { provider, testDb } from "../helpers/db";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { createOwnDatabase, type OwnDatabase } from "../helpers/own-database";
import { startSmtpReceiver, type SmtpReceiver } from "../helpers/smtp-receiver";
import type { Db } from "@/lib/db-client";
import { toAppConfig, type AppConfig } from "@/lib/config/schema";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";

// the admin signed in on this "request" (the sign-out reads it from the cookie)
const signedIn = vi.hoisted(() => ({ adminId: null as number | null }));
vi.mock("@/lib/auth/admin-session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getAdmin: async () => (signedIn.adminId ? { id: signedIn.adminId } : null),
}));

const { startLoginAsCustomer } = await import("@/lib/login-as-customer/start");
const { redeemLoginAsCustomerSecret } = await import("@/lib/login-as-customer/redeem");
const { checkLoginAsCustomerSession } = await import("@/lib/login-as-customer/check-session");
const { closeSessionFromStorefront } = await import("@/lib/login-as-customer/close-session");
const { endSessionFromLog } = await import("@/lib/login-as-customer/end-from-log");
const { END_REASONS, endLoginAsCustomerSession, endSessionsForCustomer } = await import("@/lib/login-as-customer/end-session");
const { recordImpersonatedAction } = await import("@/lib/login-as-customer/impersonated-action-log");
const { endSessionsBeforeSignOut } = await import("@/lib/auth/admin-events");
const { updateAccountInfo } = await import("@/lib/customers/account");
const { saveConfig } = await import("@/lib/config/save");
const { deliverDue } = await import("@/lib/mail/deliver");
const { smtpTransport } = await import("@/lib/mail/transport");
const { seedStores } = await import("../../prisma/demo-data/stores");

const db = testDb();
const NOTIFY = "login_as_customer/general/notify_customer";
const START = "A store associate is assisting you";
const SUMMARY = "Summary of your assisted session";
const HISTORY_URL = () => `${env().APP_URL.replace(/\/+$/, "")}/shop/customer/account/assistance`;
const REASON = "Help with a return <of an order>";
const config = (notify = "start_end"): AppConfig => toAppConfig({ "login_as_customer/general/enabled": "1", [NOTIFY]: notify });

let n = 0;
const uid = () => `${provider()}.${Date.now()}.${++n}`;

async function makeAdmin(client: Db) {
  const id = uid();
  const role = await client.adminRole.create({
    data: { name: `mail-role-${id}`, resources: { create: [{ resource: "customers.lac.login" }, { resource: "customers.lac.assist" }] } },
  });
  return client.adminUser.create({
    data: {
      username: `mail-admin-${id}`,
      firstName: "Ada",
      lastName: "agent",
      email: `mail-admin.${id}@example.com`,
      passwordHash: await hashPassword("x"),
      roleId: role.id,
    },
  });
}

async function makeCustomer(client: Db, opts: { firstName?: string; allowedUntil?: Date | null } = {}) {
  const view = await client.storeView.findUniqueOrThrow({ where: { code: "default" } });
  const group = await client.customerGroup.findFirstOrThrow({ where: { code: "general" } });
  const email = `mail.${uid()}@example.com`;
  return client.customer.create({
    data: {
      firstName: opts.firstName ?? "Veronica",
      lastName: "Costello",
      email,
      passwordHash: "x",
      websiteId: view.websiteId,
      storeViewId: view.id,
      groupId: group.id,
      assistanceAllowed: true,
      assistanceAllowedUntil: opts.allowedUntil ?? null,
      searchText: email,
    },
  });
}

type Admin = Awaited<ReturnType<typeof makeAdmin>>;
type Customer = Awaited<ReturnType<typeof makeCustomer>>;

/** The admin's button, then the storefront's redeem: the session's id. */
async function begin(client: Db, admin: Admin, customer: Customer, cfg = config(), now?: Date): Promise<string> {
  const started = await startLoginAsCustomer(
    { db: client, config: cfg, now },
    { admin: await loadAdminPrincipalFrom(client, admin.id), customerId: customer.id, reason: REASON, access: "assist" },
  );
  if (!started.ok) throw new Error(started.error);
  const redeemed = await redeemLoginAsCustomerSecret({ db: client, config: cfg, now }, { secret: started.secret, ip: "203.0.113.9" });
  if (!redeemed.ok) throw new Error(redeemed.reason);
  return redeemed.session.sessionId;
}

const ACTIONS = [
  "Added Joust <Duffle> & Bag (24-MB01) to the cart, quantity 0 → 1.",
  'Tried to apply the coupon code NOPE; this was refused: The coupon code "NOPE" is not valid.',
  "Placed order 000000203.",
];

/** Three actions of the session, as the storefront records them: an add to cart, a refused coupon, an order. */
async function act(client: Db, sessionId: string, admin: Admin, customer: Customer) {
  const ctx = { adminUserId: admin.id, username: admin.username, sessionId, storeViewId: customer.storeViewId, ip: "203.0.113.9" };
  await recordImpersonatedAction(
    client,
    ctx,
    customer.id,
    { action: "add_to_cart", fullActionName: "checkout_cart_add", before: { sku: "24-MB01", name: "Joust <Duffle> & Bag", qty: 0 }, after: { qty: 1 } },
    { ok: true },
  );
  await recordImpersonatedAction(
    client,
    ctx,
    customer.id,
    { action: "apply_coupon_code", fullActionName: "checkout_cart_couponPost", details: "Coupon code: NOPE" },
    { ok: false, error: 'The coupon code "NOPE" is not valid.' },
  );
  await recordImpersonatedAction(
    client,
    ctx,
    customer.id,
    { action: "place_order", fullActionName: "checkout_index_placeOrder", after: { order: "000000203" } },
    { ok: true },
  );
}

const emailsTo = (client: Db, email: string, subject?: string) =>
  client.emailMessage.findMany({ where: { to: { contains: `<${email}>` }, ...(subject ? { subject } : {}) }, orderBy: { id: "asc" } });

/** The one summary the customer got, checked for the words every summary has. */
async function oneSummary(client: Db, customer: Customer, endReason: string, actions = ACTIONS) {
  const summaries = await emailsTo(client, customer.email, SUMMARY);
  expect(summaries).toHaveLength(1);
  const [mail] = summaries;
  expect(mail.kind).toBe("login-as-customer.end");
  expect(mail.to).toBe(`${customer.firstName} ${customer.lastName} <${customer.email}>`);
  expect(mail.fromName).toBe("Main Website");
  expect(mail.text).toContain("Staff member: Ada A.");
  expect(mail.text).toMatch(/Started: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC/);
  expect(mail.text).toMatch(/Ended: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC/);
  expect(mail.text).toContain(`How it ended: ${endReason}`);
  expect(mail.text).toContain(`Reason: ${REASON}`);
  expect(mail.text).toContain(HISTORY_URL());
  expect(mail.html).toContain(`href="${HISTORY_URL()}"`);
  if (actions.length === 0) expect(mail.text).toContain("No changes were made.");
  else {
    expect(mail.text).not.toContain("No changes were made.");
    // every action, in the order it was taken
    const at = actions.map((a) => mail.text.indexOf(`- ${a}`));
    expect(
      at.every((i) => i >= 0),
      `${mail.text}\nlacks one of\n${actions.join("\n")}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // the HTML escapes what the log holds
    expect(mail.html).toContain("<li>Added Joust &lt;Duffle&gt; &amp; Bag (24-MB01) to the cart, quantity 0 → 1.</li>");
    expect(mail.html).not.toContain("<Duffle>");
  }
  return mail;
}

describe(`session emails (${provider()})`, () => {
  let admin: Admin;
  beforeAll(async () => {
    admin = await makeAdmin(db);
  });

  it("redeeming queues exactly one start email to the customer, with who, when, how to end it and the history link", async () => {
    const customer = await makeCustomer(db, { firstName: "Zoë <b>&" });
    const now = new Date("2026-12-02T17:13:00Z");
    const started = await startLoginAsCustomer(
      { db, config: config(), now },
      { admin: await loadAdminPrincipalFrom(db, admin.id), customerId: customer.id, reason: REASON, access: "view" },
    );
    if (!started.ok) throw new Error(started.error);
    expect(await emailsTo(db, customer.email)).toHaveLength(0);
    const redeemed = await redeemLoginAsCustomerSecret({ db, config: config(), now }, { secret: started.secret });
    expect(redeemed.ok).toBe(true);
    // the secret again: refused, and no second email
    expect((await redeemLoginAsCustomerSecret({ db, config: config(), now }, { secret: started.secret })).ok).toBe(false);

    const emails = await emailsTo(db, customer.email);
    expect(emails).toHaveLength(1);
    const [mail] = emails;
    expect(mail).toMatchObject({ subject: START, kind: "login-as-customer.start", fromName: "Main Website", carriesSecret: false, status: "pending" });
    // the name loses what would read as an address; the address is the customer's
    expect(mail.to).toBe(`Zoë b& Costello <${customer.email}>`);
    expect(mail.text).toContain("Hello Zoë <b>& Costello,");
    expect(mail.text).toContain("Ada A. from Main Website started assisting you in your account on Dec 2, 2026, 5:13 PM UTC.");
    expect(mail.text).toContain("Staff member: Ada A.");
    expect(mail.text).toContain("Started: Dec 2, 2026, 5:13 PM UTC");
    expect(mail.text).toContain("sign in to your account: the notice on every page has an End assistance button.");
    expect(mail.text).toContain('You can also turn off "Allow remote shopping assistance" in Account Information.');
    expect(mail.text).toContain(HISTORY_URL());
    // the reason and the access of the session, the reason escaped in HTML
    expect(mail.text).toContain(`Reason: ${REASON}`);
    expect(mail.text).toMatch(/^Access: View only/m);
    expect(mail.html).toContain("Help with a return &lt;of an order&gt;");
    expect(mail.html).toContain("<p>Hello Zoë &lt;b&gt;&amp; Costello,</p>");
    expect(mail.html).not.toContain("<b>&");
    expect(mail.html).toContain(`<a href="${HISTORY_URL()}">Assistance History</a>`);
    expect(await emailsTo(db, customer.email, SUMMARY)).toHaveLength(0);
  });

  const paths: { name: string; reason: string; end: (s: { sessionId: string; customer: Customer; admin: Admin }) => Promise<unknown> }[] = [
    {
      name: "Close Session in the banner",
      reason: END_REASONS.closedByAdmin,
      end: ({ sessionId, customer, admin }) => closeSessionFromStorefront({ sessionId, adminUserId: admin.id, customerId: String(customer.id) }),
    },
    {
      name: "the admin signing out of the admin",
      reason: END_REASONS.adminSignedOut,
      end: async ({ admin }) => {
        signedIn.adminId = admin.id;
        try {
          expect(await endSessionsBeforeSignOut(db)).toEqual({ ok: true });
        } finally {
          signedIn.adminId = null;
        }
      },
    },
    {
      name: "the customer withdrawing consent in Account Information",
      reason: END_REASONS.consentWithdrawn,
      end: async ({ customer }) => {
        const saved = await updateAccountInfo(db, {
          customerId: customer.id,
          input: { firstName: customer.firstName, lastName: customer.lastName, changeEmail: false, changePassword: false, assistanceAllowed: false },
          impersonating: false,
          consentShown: true,
          shareAccountsPerWebsite: true,
        });
        expect(saved.ok).toBe(true);
      },
    },
    {
      name: "End Session in the Login as Customer Log (the customer does not read the admin's username)",
      reason: "Ended by an admin from the Login as Customer Log",
      end: async ({ sessionId }) => expect(await endSessionFromLog(sessionId, "log-admin-name", db)).toBe(true),
    },
    {
      name: "the storefront's check once the consent has expired",
      reason: END_REASONS.consentExpired,
      end: async ({ sessionId, customer, admin }) => {
        await db.customer.update({ where: { id: customer.id }, data: { assistanceAllowedUntil: new Date(Date.now() + 60_000) } });
        const check = await checkLoginAsCustomerSession(
          { db, config: config(), now: new Date(Date.now() + 120_000) },
          { sessionId, adminUserId: admin.id, customerId: customer.id },
        );
        expect(check).toEqual({ active: false, reason: END_REASONS.consentExpired });
      },
    },
  ];

  for (const path of paths) {
    it(`ending by ${path.name} queues exactly one summary, listing every action in order`, async () => {
      const own = await makeAdmin(db);
      const customer = await makeCustomer(db);
      const sessionId = await begin(db, own, customer);
      await act(db, sessionId, own, customer);
      await path.end({ sessionId, customer, admin: own });
      const mail = await oneSummary(db, customer, path.reason);
      expect(mail.text).not.toContain("log-admin-name");
      // ending it again (any path) finds it ended: still one summary
      expect(await endLoginAsCustomerSession({ db, config: config() }, { sessionId, reason: END_REASONS.closedByAdmin })).toBe(false);
      await db.$transaction((tx) => endSessionsForCustomer(tx, customer.id, END_REASONS.consentWithdrawn));
      expect(await emailsTo(db, customer.email, SUMMARY)).toHaveLength(1);
      expect(await emailsTo(db, customer.email, START)).toHaveLength(1);
    });
  }

  it("starting another session ends the first: its customer gets the summary, the next customer the start email", async () => {
    const own = await makeAdmin(db);
    const first = await makeCustomer(db);
    const second = await makeCustomer(db);
    const sessionId = await begin(db, own, first);
    await act(db, sessionId, own, first);
    await begin(db, own, second);
    await oneSummary(db, first, END_REASONS.anotherSession);
    expect(await emailsTo(db, second.email, START)).toHaveLength(1);
    expect(await emailsTo(db, second.email, SUMMARY)).toHaveLength(0);
  });

  it("a session without actions: the summary says No changes were made.", async () => {
    const own = await makeAdmin(db);
    const customer = await makeCustomer(db);
    const sessionId = await begin(db, own, customer);
    expect(await endLoginAsCustomerSession({ db, config: config() }, { sessionId, reason: END_REASONS.closedByAdmin })).toBe(true);
    const mail = await oneSummary(db, customer, END_REASONS.closedByAdmin, []);
    expect(mail.html).toContain("<p>No changes were made.</p>");
    expect(mail.html).not.toContain("<li>Added");
  });

  it("several requests ending one session at once queue one summary", async () => {
    const own = await makeAdmin(db);
    const customer = await makeCustomer(db);
    const sessionId = await begin(db, own, customer);
    await act(db, sessionId, own, customer);
    const results = await Promise.allSettled([
      endLoginAsCustomerSession({ db, config: config() }, { sessionId, reason: END_REASONS.closedByAdmin }),
      endSessionFromLog(sessionId, "log-admin-name", db),
      db.$transaction((tx) => endSessionsForCustomer(tx, customer.id, END_REASONS.consentWithdrawn)),
      endLoginAsCustomerSession({ db, config: config() }, { sessionId, reason: END_REASONS.closedByAdmin }),
    ]);
    // SQLite may refuse a write that waited too long for its lock; what counts is what was committed
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThan(0);
    const session = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.endedAt).not.toBeNull();
    await oneSummary(db, customer, endReasonShown(session.endReason!));
    expect(await db.actionLog.count({ where: { lacSessionId: sessionId, action: "logout" } })).toBe(1);
  });

  it("a transaction that rolls back after ending a session queues no summary (and the session stays open)", async () => {
    const own = await makeAdmin(db);
    const customer = await makeCustomer(db);
    const sessionId = await begin(db, own, customer);
    await expect(
      db.$transaction(async (tx) => {
        expect(await endSessionsForCustomer(tx, customer.id, END_REASONS.consentWithdrawn)).toBe(1);
        throw new Error("the save failed");
      }),
    ).rejects.toThrow("the save failed");
    expect(await emailsTo(db, customer.email, SUMMARY)).toHaveLength(0);
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).toBeNull();
    // a later end still sends its one summary
    await closeSessionFromStorefront({ sessionId, adminUserId: own.id, customerId: String(customer.id) });
    await oneSummary(db, customer, END_REASONS.closedByAdmin, []);
  });
});

/** The end reason as the summary shows it. */
const endReasonShown = (reason: string) =>
  reason.startsWith("Ended by an admin from the Login as Customer Log") ? "Ended by an admin from the Login as Customer Log" : reason;

// Notify Customer by Email is a stored setting that ending sessions reads in its transaction:
// these tests set it in a database of their own, so no other test file sees it change.
describe(`session emails: Notify Customer by Email, several sessions at once, delivery (${provider()})`, () => {
  let own: OwnDatabase;
  let mine: Db;
  let receiver: SmtpReceiver;
  beforeAll(async () => {
    own = await createOwnDatabase("sessionmail");
    mine = own.db;
    await seedStores(mine);
    receiver = await startSmtpReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await own?.drop();
  });

  const setNotify = async (value: string) => {
    await mine.configValue.upsert({ where: { path: NOTIFY }, create: { path: NOTIFY, value }, update: { value } });
    return config(value);
  };

  it('"At end only": no start email, one summary', async () => {
    const cfg = await setNotify("end");
    const admin = await makeAdmin(mine);
    const customer = await makeCustomer(mine);
    const sessionId = await begin(mine, admin, customer, cfg);
    await act(mine, sessionId, admin, customer);
    expect(await emailsTo(mine, customer.email)).toHaveLength(0);
    expect(await endLoginAsCustomerSession({ db: mine, config: cfg }, { sessionId, reason: END_REASONS.closedByAdmin })).toBe(true);
    await oneSummary(mine, customer, END_REASONS.closedByAdmin);
    expect(await emailsTo(mine, customer.email)).toHaveLength(1);
  });

  it('"No": neither email, and the session still starts and ends', async () => {
    const cfg = await setNotify("none");
    const admin = await makeAdmin(mine);
    const customer = await makeCustomer(mine);
    const sessionId = await begin(mine, admin, customer, cfg);
    await act(mine, sessionId, admin, customer);
    expect(await endLoginAsCustomerSession({ db: mine, config: cfg }, { sessionId, reason: END_REASONS.closedByAdmin })).toBe(true);
    expect(await emailsTo(mine, customer.email)).toHaveLength(0);
    expect(await mine.actionLog.count({ where: { lacSessionId: sessionId, action: "logout" } })).toBe(1);
  });

  it("disabling the feature ends every open session: one summary each, with that session's own actions", async () => {
    await mine.emailMessage.deleteMany();
    const cfg = await setNotify("start_end");
    await mine.configValue.upsert({
      where: { path: "login_as_customer/general/enabled" },
      create: { path: "login_as_customer/general/enabled", value: "1" },
      update: { value: "1" },
    });
    const [a, b] = [await makeAdmin(mine), await makeAdmin(mine)];
    const [busy, idle] = [await makeCustomer(mine), await makeCustomer(mine)];
    const busySession = await begin(mine, a, busy, cfg);
    await begin(mine, b, idle, cfg);
    await act(mine, busySession, a, busy);

    const saved = await saveConfig({ "login_as_customer/general/enabled": "0" }, () => true, mine);
    expect(saved).toMatchObject({ ok: true, endedSessions: 2 });
    await oneSummary(mine, busy, END_REASONS.featureDisabled);
    await oneSummary(mine, idle, END_REASONS.featureDisabled, []);

    // delivered from the store's name at EMAIL_FROM_ADDRESS's address, with both bodies
    expect(await deliverDue(mine, { transport: smtpTransport(receiver.url), from: "Store <store@example.com>" })).toEqual({ sent: 4, retrying: 0, failed: 0 });
    expect(receiver.messages).toHaveLength(4);
    const summary = receiver.messages.find((m) => m.subject === SUMMARY && m.to && JSON.stringify(m.to).includes(busy.email))!;
    expect(summary.from?.value).toEqual([{ name: "Main Website", address: "store@example.com" }]);
    expect(summary.text).toContain(`- ${ACTIONS[0]}`);
    expect(summary.html).toContain("Joust &lt;Duffle&gt; &amp; Bag");
  });
});
