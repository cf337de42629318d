// SPEC 11, several instances: two production instances on one PostgreSQL behind nginx
// (scripts/cluster-test.mjs starts them). Where a test needs "on one, then on the other" it
// addresses the instances directly and checks x-instance; everything else goes through nginx.
// Whatever one instance decides, the other must see at its next request: no rule may live in
// one process's memory.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED } from "@/lib/auth/messages";
import { A, B, BALANCER, Browser, INSTANCES, actionId, apiToken, db, eventually, freshCustomers, redeem, sessionPage, startSession } from "./kit";

const ACTIONS = {
  closeSession: actionId("app/shop/login-as-customer/actions.ts", "closeLoginAsCustomerSession"),
  endAssistance: actionId("app/shop/(storefront)/customer/account/assistance/actions.ts", "endAssistanceAction"),
  saveAccountInfo: actionId("app/shop/(storefront)/customer/account/edit/actions.ts", "saveAccountInfoAction"),
  saveConfig: actionId("app/admin/(shell)/config/actions.ts", "saveConfigAction"),
  saveUser: actionId("app/admin/(shell)/system/users/actions.ts", "saveUserAction"),
};
const SHOPPER_PASSWORD = "Shopper123!";
const ENABLED = "login_as_customer/general/enabled";

beforeAll(async () => {
  // which instance seals each entry: a trigger notes the connection's application_name
  // (PGAPPNAME of each instance) whenever an entry gets its place in the chain
  await db().$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS cluster_sealed_by (entry text, sealer text)`);
  await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION cluster_note_sealer() RETURNS trigger AS $$
    BEGIN INSERT INTO cluster_sealed_by VALUES (TG_TABLE_NAME, current_setting('application_name')); RETURN NEW; END $$ LANGUAGE plpgsql`);
  for (const table of ["ActionLog", "LoginAsCustomerSession"]) {
    await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS cluster_sealed ON "${table}"`);
    await db().$executeRawUnsafe(`CREATE TRIGGER cluster_sealed AFTER UPDATE OF "sealSeq" ON "${table}" FOR EACH ROW
      WHEN (OLD."sealSeq" IS NULL AND NEW."sealSeq" IS NOT NULL) EXECUTE FUNCTION cluster_note_sealer()`);
  }
});

afterAll(async () => {
  await db().$disconnect();
});

/** A session started on A through the headless API and redeemed on B, active there. */
async function liveSessionOnB(agent: string) {
  const token = await apiToken(agent);
  const [customer] = await freshCustomers(1);
  const started = await startSession(A.url, token, customer.id);
  expect(started).toMatchObject({ status: 200, instance: A.id });
  const { ok, browser } = await redeem(B.url, started.secret!);
  expect(ok).toBe(true);
  expect(browser.seen.at(-1)).toBe(B.id);
  expect(await sessionPage(browser, B.url)).toMatchObject({ state: "active", instance: B.id });
  const session = await db().loginAsCustomerSession.findFirstOrThrow({ where: { customerId: customer.id, endedAt: null }, select: { id: true } });
  return { browser, customer, sessionId: session.id };
}

/** The tab's next request, on B: signed out, and the session ended with this reason. */
async function expectEndedOnB(browser: Browser, sessionId: string, reason: string) {
  expect(await sessionPage(browser, B.url)).toMatchObject({ state: "ended", instance: B.id });
  const row = await db().loginAsCustomerSession.findUniqueOrThrow({ where: { id: sessionId }, select: { endedAt: true, endReason: true } });
  expect(row.endedAt).not.toBeNull();
  expect(row.endReason).toBe(reason);
}

async function signedIn(base: string, realm: "admin-auth" | "shop-auth", fields: Record<string, string>): Promise<Browser> {
  const browser = new Browser();
  const url = await browser.signIn(base, realm, realm === "admin-auth" ? "admin-credentials" : "shop-credentials", fields);
  expect(url).not.toContain("error=");
  return browser;
}

describe("the balancer", () => {
  it("spreads requests over both instances, each named in x-instance", async () => {
    const browser = new Browser();
    for (let i = 0; i < 10; i++) expect((await browser.get(BALANCER, "/shop")).status).toBe(200);
    expect(new Set(browser.seen)).toEqual(new Set(INSTANCES.map((i) => i.id)));
  });
});

describe("an instance of several worker processes (npm start's server, WEB_CONCURRENCY)", () => {
  // the server's child processes (pgrep exits 1 when it has none)
  const workersOf = (pid: number): number[] => {
    try {
      return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
        .trim()
        .split("\n")
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it("runs them on one port; one that dies is replaced, and the instance answers meanwhile", async () => {
    const multi = INSTANCES.find((i) => i.workers > 1)!;
    const before = workersOf(multi.pid);
    expect(before).toHaveLength(multi.workers);
    process.kill(before[0], "SIGKILL");
    await eventually(async () => !alive(before[0]), "the worker to die");
    const browser = new Browser();
    for (let i = 0; i < 6; i++) expect((await browser.get(multi.url, "/shop")).status).toBe(200);
    const after = await eventually(async () => {
      const now = workersOf(multi.pid);
      return now.length === multi.workers && !now.includes(before[0]) ? now : null;
    }, "a new worker in its place");
    expect(after).toContain(before[1]);
    await eventually(async () => {
      for (let i = 0; i < 4; i++) if ((await browser.get(multi.url, "/shop")).status !== 200) return false;
      return true;
    }, "the instance to answer with both workers");
  });
});

describe("Login as Customer across instances", () => {
  it("a session started on one instance is redeemed on the other, and runs on both and through the balancer", async () => {
    const { browser, sessionId } = await liveSessionOnB("support");
    expect(await sessionPage(browser, A.url)).toMatchObject({ state: "active", instance: A.id });
    const through = [];
    for (let i = 0; i < 4; i++) through.push(await sessionPage(browser, BALANCER));
    expect(through.every((p) => p.state === "active")).toBe(true);
    expect(new Set(through.map((p) => p.instance))).toEqual(new Set([A.id, B.id]));
    const close = await browser.action(BALANCER, "/shop/customer/account", ACTIONS.closeSession, []);
    expect(close.text).toContain('"ok":true');
    expect((await db().loginAsCustomerSession.findUniqueOrThrow({ where: { id: sessionId } })).endReason).toBe(END_REASONS.closedByAdmin);
  });

  it("Close Session on A ends the session at B's next request", async () => {
    const { browser, sessionId } = await liveSessionOnB("agent1");
    const close = await browser.action(A.url, "/shop/customer/account", ACTIONS.closeSession, []);
    expect(close).toMatchObject({ status: 200, instance: A.id });
    expect(close.text).toContain('"ok":true');
    await expectEndedOnB(browser, sessionId, END_REASONS.closedByAdmin);
  });

  it("the admin signing out on A ends the session at B's next request", async () => {
    const { browser, sessionId } = await liveSessionOnB("agent2");
    const admin = await signedIn(A.url, "admin-auth", { username: "agent2", password: "Agent123!" });
    const out = await admin.signOut(A.url, "admin-auth");
    expect(out).toMatchObject({ status: 200, instance: A.id });
    await expectEndedOnB(browser, sessionId, END_REASONS.adminSignedOut);
  });

  it("the customer withdrawing consent on A ends the session at B's next request", async () => {
    const { browser, customer, sessionId } = await liveSessionOnB("agent3");
    const shopper = await signedIn(A.url, "shop-auth", { email: customer.email, password: SHOPPER_PASSWORD });
    // Account Information saved with "Allow remote shopping assistance" unticked
    const saved = await shopper.formAction(A.url, "/shop/customer/account/edit", ACTIONS.saveAccountInfo, {
      firstName: customer.firstName,
      lastName: customer.lastName,
    });
    expect(saved).toMatchObject({ status: 200, instance: A.id });
    expect(saved.text).toContain('"success"');
    expect((await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).assistanceAllowed).toBe(false);
    await expectEndedOnB(browser, sessionId, END_REASONS.consentWithdrawn);
  });

  it("consent running out ends the session at B's next request", async () => {
    const { browser, customer, sessionId } = await liveSessionOnB("agent4");
    expect(await sessionPage(browser, A.url)).toMatchObject({ state: "active", instance: A.id });
    // the grant's end moved to the past, as time would
    await db().customer.update({ where: { id: customer.id }, data: { assistanceAllowedUntil: new Date(Date.now() - 1000) } });
    await expectEndedOnB(browser, sessionId, END_REASONS.consentExpired);
  });

  it("End assistance by the customer on A ends the session at B's next request", async () => {
    const { browser, customer, sessionId } = await liveSessionOnB("agent5");
    const shopper = await signedIn(A.url, "shop-auth", { email: customer.email, password: SHOPPER_PASSWORD });
    const own = await shopper.get(A.url, "/shop/customer/account");
    expect(own.text).toContain("from the store is assisting you now.");
    const ended = await shopper.formAction(A.url, "/shop/customer/account", ACTIONS.endAssistance, {});
    expect(ended).toMatchObject({ status: 200, instance: A.id });
    expect(ended.text).toContain(ASSISTANCE.ended);
    await expectEndedOnB(browser, sessionId, END_REASONS.endedByCustomer);
  });

  it("the session's lifetime running out ends it at B's next request", async () => {
    const { browser, sessionId } = await liveSessionOnB("agent6");
    expect(await sessionPage(browser, A.url)).toMatchObject({ state: "active", instance: A.id });
    // the lifetime's end moved to the past, as time would
    await db().loginAsCustomerSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectEndedOnB(browser, sessionId, END_REASONS.sessionExpired);
  });

  it("deactivating the admin on A ends their session at B's next request", async () => {
    const { browser, sessionId } = await liveSessionOnB("agent7");
    const agent = await db().adminUser.findUniqueOrThrow({ where: { username: "agent7" } });
    const admin = await signedIn(A.url, "admin-auth", { username: "admin", password: "Admin123!" });
    const saved = await admin.formAction(A.url, `/admin/system/users/${agent.id}`, ACTIONS.saveUser, {
      userId: String(agent.id),
      username: agent.username,
      firstName: agent.firstName,
      lastName: agent.lastName,
      email: agent.email,
      isActive: "0",
      roleId: String(agent.roleId),
      currentPassword: "Admin123!",
    });
    expect(saved.instance).toBe(A.id);
    expect(saved.location).toContain("saved=1");
    await expectEndedOnB(browser, sessionId, END_REASONS.adminDeactivated);
  });

  it("switching the feature off in Configuration on A ends the session at B's next request", async () => {
    const { browser, sessionId } = await liveSessionOnB("agent8");
    const admin = await signedIn(A.url, "admin-auth", { username: "admin", password: "Admin123!" });
    const token = await apiToken("agent8");
    const [customer] = await freshCustomers(1);
    try {
      const off = await admin.formAction(A.url, "/admin/config", ACTIONS.saveConfig, { [ENABLED]: "0" });
      expect(off).toMatchObject({ status: 200, instance: A.id });
      expect(off.text).toContain('"success"');
      await expectEndedOnB(browser, sessionId, END_REASONS.featureDisabled);
      // and B refuses new starts at once, until A switches it on again
      expect(await startSession(B.url, token, customer.id)).toMatchObject({ status: 403, instance: B.id });
    } finally {
      const on = await admin.formAction(A.url, "/admin/config", ACTIONS.saveConfig, { [ENABLED]: "1" });
      expect(on.text).toContain('"success"');
    }
    expect(await startSession(B.url, token, customer.id)).toMatchObject({ status: 200, instance: B.id });
  });
});

describe("races across instances", () => {
  it("50 redemptions of one secret, half on each instance: exactly one session", async () => {
    const token = await apiToken("agent9");
    const [customer] = await freshCustomers(1);
    const started = await startSession(BALANCER, token, customer.id);
    expect(started.status).toBe(200);
    const raced = await Promise.all(Array.from({ length: 50 }, (_, i) => redeem((i % 2 ? A : B).url, started.secret!)));
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    const callbacks = new Set(raced.flatMap((r) => r.browser.seen));
    expect(callbacks).toEqual(new Set([A.id, B.id]));
    expect(await db().loginAsCustomerSession.count({ where: { customerId: customer.id } })).toBe(1);
  });

  it("two starts by one admin on both instances at once, both redeemed: one live session", async () => {
    const token = await apiToken("agent10");
    const customers = await freshCustomers(2);
    const starts = await Promise.all([startSession(A.url, token, customers[0].id), startSession(B.url, token, customers[1].id)]);
    expect(starts.map((s) => s.instance)).toEqual([A.id, B.id]);
    const redeemed = await Promise.all(starts.filter((s) => s.secret).map((s, i) => redeem((i ? A : B).url, s.secret!)));
    expect(redeemed.filter((r) => r.ok)).toHaveLength(1);
    const agent = await db().adminUser.findUniqueOrThrow({ where: { username: "agent10" } });
    expect(await db().loginAsCustomerSession.count({ where: { adminUserId: agent.id, endedAt: null } })).toBe(1);
  });
});

describe("sign-in limits", () => {
  it("are shared: 5 wrong passwords spread over both instances lock the account on either, and the client cannot pick its address", async () => {
    const [customer] = await freshCustomers(1);
    const tries: string[] = [];
    for (let i = 0; i < 5; i++) {
      const browser = new Browser();
      tries.push(await browser.signIn((i % 2 ? B : A).url, "shop-auth", "shop-credentials", { email: customer.email, password: `wrong-${i}` }));
    }
    expect(tries.slice(0, 4).every((url) => url.includes(SIGN_IN_FAILED))).toBe(true);
    // the 5th failure locks; from then on even the right password is refused, on each instance and through nginx
    for (const base of [A.url, B.url, BALANCER]) {
      const browser = new Browser();
      expect(await browser.signIn(base, "shop-auth", "shop-credentials", { email: customer.email, password: SHOPPER_PASSWORD })).toContain(SIGN_IN_LOCKED);
    }
    // through nginx, an X-Forwarded-For the client wrote is not its address (TRUSTED_PROXY_HOPS=1: nginx's entry is)
    const spoofing = new Browser();
    const url = await spoofing.signIn(BALANCER, "shop-auth", "shop-credentials", { email: customer.email, password: SHOPPER_PASSWORD });
    expect(url).toContain(SIGN_IN_LOCKED);
    const keys = (await db().authThrottle.findMany({ where: { key: { contains: customer.email } }, select: { key: true } })).map((k) => k.key);
    expect(keys).toContain(`shop:pair:${customer.email}|127.0.0.1`);
  });
});

describe("background work of both instances", () => {
  it("every outbox email is sent exactly once, and both instances deliver", async () => {
    // more sessions, started and closed through the balancer: a start email and a summary each
    const token = await apiToken("support");
    for (const customer of await freshCustomers(12)) {
      const started = await startSession(BALANCER, token, customer.id);
      const { ok, browser } = await redeem(BALANCER, started.secret!);
      expect(ok).toBe(true);
      expect((await browser.action(BALANCER, "/shop/customer/account", ACTIONS.closeSession, [])).text).toContain('"ok":true');
    }
    const waiting = { status: { in: ["pending", "sending"] } };
    await eventually(
      async () => (await db().emailMessage.count({ where: waiting })) === 0,
      "every email to be sent",
      () => db().emailMessage.findMany({ where: waiting, select: { id: true, status: true, attempts: true, nextAttemptAt: true, lastError: true } }),
    );
    const rows = await db().emailMessage.findMany({ select: { messageId: true, status: true, attempts: true, lastError: true, subject: true } });
    expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(24);
    const arrived = new Map<string, string[]>();
    for (const instance of INSTANCES) {
      for (const file of fs.readdirSync(instance.inbox).filter((f) => f.endsWith(".eml"))) {
        const raw = fs.readFileSync(path.join(instance.inbox, file), "utf8");
        const id = /^Message-ID:\s*<([^@>]+)@/im.exec(raw)?.[1] ?? `unknown ${file}`;
        arrived.set(id, [...(arrived.get(id) ?? []), instance.id]);
      }
    }
    expect([...arrived.keys()].sort()).toEqual(rows.map((r) => r.messageId).sort());
    expect([...arrived.values()].filter((by) => by.length !== 1)).toEqual([]);
    const byInstance = new Set([...arrived.values()].flat());
    expect(byInstance).toEqual(new Set(INSTANCES.map((i) => i.id)));
  });

  it("the hash chain stays valid with both instances writing and sealing: npm run log:verify", async () => {
    await eventually(
      async () =>
        (await db().actionLog.count({ where: { sealSeq: null } })) === 0 &&
        (await db().loginAsCustomerSession.count({ where: { sealSeq: null, endedAt: { not: null } } })) === 0,
      "the instances to seal every entry",
    );
    const sealers = await db().$queryRawUnsafe<{ sealer: string; n: bigint }[]>(`SELECT sealer, count(*) AS n FROM cluster_sealed_by GROUP BY sealer`);
    expect(new Set(sealers.map((s) => s.sealer))).toEqual(new Set(INSTANCES.map((i) => `lac_instance_${i.id}`)));
    const out = execFileSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/log-verify.mts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: process.env.CLUSTER_DATABASE_URL },
    });
    expect(out).toMatch(/^Action log verified: \d+ entries, head [0-9a-f]{64}$/m);
  });
});
