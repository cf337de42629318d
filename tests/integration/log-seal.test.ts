// SPEC 10.8, on the run's database (SQLite or PostgreSQL): the batch sealer chains every action
// log entry and every ended Login as Customer session; the verifier finds an edited field, a
// deleted entry, an inserted entry and a reordering, each at its entry; sealers of two
// instances running at once while shoppers write seal every row exactly once; and a sealer at
// work never makes recordAction fail (on PostgreSQL, never wait).
import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { provider } from "../helpers/db";
import { createOwnDatabase, type OwnDatabase } from "../helpers/own-database";
import type { Db } from "@/lib/db-client";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { hasUnsealed, sealBatch, sealPending } from "@/lib/action-log/seal";
import { fieldPrints, sealOf } from "@/lib/action-log/seal-content";
import { latestVerification, recordVerification, verificationLine, verifyChain } from "@/lib/action-log/verify";
import { hashPassword } from "@/lib/auth/password";
import { toAppConfig } from "@/lib/config/schema";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";
import { seedDemoData } from "@/prisma/demo-data";
import { loadAdminPrincipalFrom } from "../helpers/admin";

let own: OwnDatabase;
let db: Db;

beforeAll(async () => {
  // its own database: the sealer takes every unsealed row, and the tampering must be ours alone
  own = await createOwnDatabase("seal");
  db = own.db;
});
afterAll(async () => {
  await own?.drop();
});
beforeEach(async () => {
  await db.actionLog.deleteMany();
  await db.loginAsCustomerSession.deleteMany();
  await db.logSealHead.deleteMany();
  await db.logVerification.deleteMany();
});

let n = 0;
const record = (client: Db = db, details = `added SKU 24-MB0${n % 9}`) => {
  n += 1;
  return recordAction(client, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: "add_to_cart",
    fullActionName: "checkout_cart_add",
    result: "success",
    adminUserId: 1,
    username: "support",
    customerId: 7,
    storeViewId: 1,
    lacSessionId: null,
    ip: "198.51.100.7",
    details: `${details} #${n}`,
    after: { qty: n },
  });
};

async function session(ended: boolean) {
  const id = crypto.randomUUID();
  await db.loginAsCustomerSession.create({
    data: {
      id,
      adminUserId: 1,
      adminName: "Support Agent",
      adminUsername: "support",
      customerId: 7,
      customerEmail: "roni_cost@example.com",
      customerName: "Veronica Costello",
      storeViewId: 1,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
      startedAt: new Date("2026-06-01T10:00:00Z"),
      endedAt: ended ? new Date("2026-06-01T10:20:00Z") : null,
      endReason: ended ? "Closed by the admin" : null,
    },
  });
  return id;
}

/** ten action entries and one ended session, sealed; returns the action ids in chain order */
async function sealedLog(): Promise<number[]> {
  for (let i = 0; i < 10; i++) await record();
  await session(true);
  await sealPending(db);
  return (await db.actionLog.findMany({ where: { sealSeq: { not: null } }, orderBy: { sealSeq: "asc" }, select: { id: true } })).map((r) => r.id);
}

const entry = (id: number) => db.actionLog.findUniqueOrThrow({ where: { id } });

describe(`the sealed action log (${provider()})`, () => {
  it("seals every entry and every ended session once, and verifies", async () => {
    const ids = await sealedLog();
    const open = await session(false);
    expect(ids).toHaveLength(10);
    const v = await verifyChain(db);
    expect(v).toMatchObject({ ok: true, entries: 11, throughEntryId: ids[9], failedEntry: null, unsealed: 0 });
    const head = await db.logSealHead.findUniqueOrThrow({ where: { id: 1 } });
    expect(head.seq).toBe(11);
    expect(v.head).toBe(head.seal);
    expect(verificationLine(v)).toBe(`Action log verified: 11 entries, head ${head.seal}`);
    expect(v.head).toMatch(/^[0-9a-f]{64}$/);
    // the open session is not sealed (its record still changes); sealing again changes nothing
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: open } })).sealSeq).toBeNull();
    expect((await sealPending(db)).sealed).toBe(0);
    expect(await hasUnsealed(db)).toBe(false);
    // a new entry is counted as unsealed until the next run, then chained after the head
    await record();
    expect(await hasUnsealed(db)).toBe(true);
    expect((await verifyChain(db)).unsealed).toBe(1);
    await db.loginAsCustomerSession.update({ where: { id: open }, data: { endedAt: new Date(), endReason: "Closed by the admin" } });
    expect((await sealPending(db)).sealed).toBe(2);
    expect(await verifyChain(db)).toMatchObject({ ok: true, entries: 13, unsealed: 0 });
  });

  it("seals a batch larger than one statement may bind (the benchmark's backlog seals 5,000 at a time)", async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => ({
      actionGroup: ACTION_GROUPS.loginAsCustomer,
      action: "view",
      fullActionName: "customer_account_index",
      result: "success",
      username: "support",
      details: `backlog #${i}`,
    }));
    await db.actionLog.createMany({ data: rows });
    const run = await sealPending(db, { batch: 1_100 });
    expect(run).toMatchObject({ sealed: 1_200, actions: 1_200 });
    expect(await verifyChain(db)).toMatchObject({ ok: true, entries: 1_200, unsealed: 0 });
  });

  it("keeps the latest result for the Actions Report", async () => {
    expect(await latestVerification(db)).toBeNull();
    const ids = await sealedLog();
    await recordVerification(db, await verifyChain(db));
    expect(await latestVerification(db)).toMatchObject({ ok: true, throughEntryId: ids[9], failedEntry: null });
    await db.actionLog.update({ where: { id: ids[3] }, data: { ip: "203.0.113.9" } });
    await recordVerification(db, await verifyChain(db));
    expect(await latestVerification(db)).toMatchObject({
      ok: false,
      failedEntry: String(ids[3]),
      message: `Action log tampered at entry ${ids[3]}: field ip was changed (seal does not match)`,
    });
  });

  it("finds an edited field and names it", async () => {
    const ids = await sealedLog();
    const original = await entry(ids[4]);
    await db.actionLog.update({ where: { id: ids[4] }, data: { details: "added SKU 24-WG02 #999" } });
    const v = await verifyChain(db);
    expect(v).toMatchObject({ ok: false, failedEntry: String(ids[4]), entries: 4, throughEntryId: ids[3] });
    expect(verificationLine(v)).toBe(`Action log tampered at entry ${ids[4]}: field details was changed (seal does not match)`);
    // the edit undone, the chain verifies again
    await db.actionLog.update({ where: { id: ids[4] }, data: { details: original.details } });
    expect((await verifyChain(db)).ok).toBe(true);
  });

  it("finds an edit of several fields, of a date, and of the seal itself", async () => {
    const ids = await sealedLog();
    await db.actionLog.update({ where: { id: ids[2] }, data: { result: "failure", errorMessage: "made up" } });
    expect((await verifyChain(db)).what).toBe("fields errorMessage, result were changed (seal does not match)");
    await db.actionLog.update({ where: { id: ids[2] }, data: { result: "success", errorMessage: null } });
    expect((await verifyChain(db)).ok).toBe(true);
    const at = (await entry(ids[6])).createdAt;
    await db.actionLog.update({ where: { id: ids[6] }, data: { createdAt: new Date(at.getTime() + 1) } });
    expect(await verifyChain(db)).toMatchObject({ failedEntry: String(ids[6]), what: "field createdAt was changed (seal does not match)" });
    await db.actionLog.update({ where: { id: ids[6] }, data: { createdAt: at, seal: "f".repeat(64), sealFields: null } });
    expect(await verifyChain(db)).toMatchObject({ failedEntry: String(ids[6]), what: "seal does not match" });
  });

  it("finds an edited session record", async () => {
    await sealedLog();
    const s = await db.loginAsCustomerSession.findFirstOrThrow({ where: { sealSeq: { not: null } } });
    await db.loginAsCustomerSession.update({ where: { id: s.id }, data: { endReason: "Session lifetime reached" } });
    const v = await verifyChain(db);
    expect(verificationLine(v)).toBe(`Action log tampered at entry session ${s.id}: field endReason was changed (seal does not match)`);
  });

  it("finds a deleted entry, in the middle and at the end", async () => {
    const ids = await sealedLog();
    const middle = await entry(ids[5]);
    await db.actionLog.delete({ where: { id: ids[5] } });
    let v = await verifyChain(db);
    expect(v).toMatchObject({ ok: false, failedEntry: String(ids[6]), entries: 5 });
    expect(v.what).toBe(`the entry before it is missing (deleted): nothing at chain position ${middle.sealSeq}`);
    await db.actionLog.create({ data: middle });
    expect((await verifyChain(db)).ok).toBe(true);
    // the newest entries gone: the head still remembers them
    const s = await db.loginAsCustomerSession.findFirstOrThrow({ where: { sealSeq: { not: null } } });
    await db.loginAsCustomerSession.delete({ where: { id: s.id } });
    await db.actionLog.delete({ where: { id: ids[9] } });
    v = await verifyChain(db);
    expect(verificationLine(v)).toBe(`Action log tampered at entry ${ids[8]}: 2 entries sealed after it are missing (deleted)`);
    // an entry whose seal columns are cleared (to have it sealed again at the end) leaves a gap too
    await db.actionLog.update({ where: { id: ids[1] }, data: { sealSeq: null, seal: null, sealFields: null } });
    expect((await verifyChain(db)).failedEntry).toBe(String(ids[2]));
  });

  it("finds an inserted entry: with a made-up seal, with a forged one, at a taken position, after the head, before the first", async () => {
    const ids = await sealedLog();
    const rows = await db.actionLog.findMany({ orderBy: { sealSeq: "asc" } });
    const fake = (over: Record<string, unknown>) => ({ ...rows[0], id: 10_000, details: "removed SKU 24-MB01", ...over });
    // 1. positions 4.. moved up by one to make room at 4: its seal cannot be right
    const shiftUp = async () => {
      for (const r of [...rows].reverse().filter((r) => r.sealSeq! >= 4)) await db.actionLog.update({ where: { id: r.id }, data: { sealSeq: r.sealSeq! + 1 } });
      const s = await db.loginAsCustomerSession.findFirstOrThrow({ where: { sealSeq: 11 } });
      await db.loginAsCustomerSession.update({ where: { id: s.id }, data: { sealSeq: 12 } });
      await db.logSealHead.update({ where: { id: 1 }, data: { seq: 12 } });
    };
    await shiftUp();
    await db.actionLog.create({ data: fake({ sealSeq: 4, seal: "a".repeat(64), sealFields: null }) });
    expect(await verifyChain(db)).toMatchObject({ failedEntry: "10000", what: "seal does not match", entries: 3 });
    // 2. the inserted entry sealed by someone who knows the algorithm: the next one no longer fits
    const forged = fake({ sealSeq: 4 });
    await db.actionLog.update({ where: { id: 10_000 }, data: { seal: sealOf(4, "action", rows[2].seal!, forged), sealFields: fieldPrints(forged) } });
    expect(await verifyChain(db)).toMatchObject({ failedEntry: String(ids[3]), entries: 4 });
    expect((await verifyChain(db)).what).toMatch(/^out of order/);
    // 3. at a position another table already has
    await db.actionLog.delete({ where: { id: 10_000 } });
    for (const r of rows.filter((r) => r.sealSeq! >= 4)) await db.actionLog.update({ where: { id: r.id }, data: { sealSeq: r.sealSeq } });
    const s = await db.loginAsCustomerSession.findFirstOrThrow({ where: { sealSeq: 12 } });
    await db.loginAsCustomerSession.update({ where: { id: s.id }, data: { sealSeq: 11 } });
    await db.logSealHead.update({ where: { id: 1 }, data: { seq: 11 } });
    expect((await verifyChain(db)).ok).toBe(true);
    const twin = await session(true);
    await db.loginAsCustomerSession.update({ where: { id: twin }, data: { sealSeq: 5, seal: "b".repeat(64) } });
    expect(await verifyChain(db)).toMatchObject({ failedEntry: `session ${twin}`, what: "inserted: a second entry at chain position 5" });
    await db.loginAsCustomerSession.delete({ where: { id: twin } });
    // 4. after the head, chained correctly, but not by the sealer (the head does not know it)
    const head = await db.logSealHead.findUniqueOrThrow({ where: { id: 1 } });
    const after = fake({ sealSeq: 12 });
    await db.actionLog.create({ data: { ...after, seal: sealOf(12, "action", head.seal, after), sealFields: fieldPrints(after) } });
    expect(verificationLine(await verifyChain(db))).toBe("Action log tampered at entry 10000: inserted: sealed after the chain's head, not by the sealer");
    // 5. before the first position, where the walk does not look
    await db.actionLog.update({ where: { id: 10_000 }, data: { sealSeq: 0 } });
    expect(verificationLine(await verifyChain(db))).toBe(
      "Action log tampered at entry 10000: inserted: sealed before the chain's first position, not by the sealer",
    );
  });

  it("finds a reordering: two entries' places swapped, or their contents", async () => {
    const ids = await sealedLog();
    const [a, b] = [await entry(ids[3]), await entry(ids[4])];
    await db.actionLog.update({ where: { id: a.id }, data: { sealSeq: 1_000 } });
    await db.actionLog.update({ where: { id: b.id }, data: { sealSeq: a.sealSeq } });
    await db.actionLog.update({ where: { id: a.id }, data: { sealSeq: b.sealSeq } });
    let v = await verifyChain(db);
    expect(v).toMatchObject({ ok: false, failedEntry: String(b.id), entries: 3 });
    expect(v.what).toMatch(/^out of order: its seal was made for another place in the chain/);
    // places back, contents swapped
    await db.actionLog.update({ where: { id: a.id }, data: { sealSeq: 1_000 } });
    await db.actionLog.update({ where: { id: b.id }, data: { sealSeq: b.sealSeq } });
    await db.actionLog.update({ where: { id: a.id }, data: { sealSeq: a.sealSeq } });
    expect((await verifyChain(db)).ok).toBe(true);
    await db.actionLog.update({ where: { id: a.id }, data: { details: b.details, afterJson: b.afterJson } });
    await db.actionLog.update({ where: { id: b.id }, data: { details: a.details, afterJson: a.afterJson } });
    v = await verifyChain(db);
    expect(verificationLine(v)).toBe(`Action log tampered at entry ${a.id}: fields afterJson, details were changed (seal does not match)`);
  });

  it("finds a chain rewritten from some point on, given a head printed before", async () => {
    const ids = await sealedLog();
    const printed = (await verifyChain(db)).head;
    const before = (await db.actionLog.findMany({ orderBy: { sealSeq: "asc" } }))[7];
    await record();
    await sealPending(db);
    expect((await verifyChain(db, { anchor: printed })).ok).toBe(true);
    // every seal from entry 8 on recomputed after an edit, head included: only the anchor tells
    await db.actionLog.update({ where: { id: ids[7] }, data: { details: "rewritten" } });
    await db.actionLog.updateMany({ where: { sealSeq: { gte: before.sealSeq! } }, data: { sealSeq: null, seal: null, sealFields: null } });
    await db.loginAsCustomerSession.updateMany({ data: { sealSeq: null, seal: null, sealFields: null } });
    const kept = await db.actionLog.findFirstOrThrow({ where: { sealSeq: before.sealSeq! - 1 } });
    await db.logSealHead.update({ where: { id: 1 }, data: { seq: kept.sealSeq!, seal: kept.seal! } });
    await sealPending(db);
    expect((await verifyChain(db)).ok).toBe(true);
    const v = await verifyChain(db, { anchor: printed });
    expect(v.ok).toBe(false);
    expect(v.what).toBe(`the chain no longer passes through head ${printed} (rewritten)`);
  });

  it("reads the chain a page at a time", async () => {
    for (let i = 0; i < 23; i++) await record();
    await sealPending(db, { batch: 4 });
    expect(await verifyChain(db, { page: 5 })).toMatchObject({ ok: true, entries: 23 });
    const ids = (await db.actionLog.findMany({ orderBy: { sealSeq: "asc" }, select: { id: true } })).map((r) => r.id);
    await db.actionLog.update({ where: { id: ids[17] }, data: { username: "admin" } });
    expect(await verifyChain(db, { page: 5 })).toMatchObject({ failedEntry: String(ids[17]), what: "field username was changed (seal does not match)" });
  });

  it("a real session, started, redeemed and ended, is sealed with its logout entry; an edit of its end is found", async () => {
    await seedDemoData(db, { hashPassword, generatedCustomers: 2, testAgents: 0 });
    const config = toAppConfig({ "login_as_customer/general/enabled": "1", "login_as_customer/general/require_reason": "0" });
    const adminRow = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const customer = await db.customer.findFirstOrThrow({ where: { email: "roni_cost@example.com" } });
    await db.customer.update({ where: { id: customer.id }, data: { assistanceAllowed: true } });
    const started = await startLoginAsCustomer({ db, config }, { admin: await loadAdminPrincipalFrom(db, adminRow.id), customerId: customer.id });
    if (!started.ok) throw new Error(started.error);
    const redeemed = await redeemLoginAsCustomerSecret({ db, config }, { secret: started.secret, ip: "203.0.113.9" });
    if (!redeemed.ok) throw new Error(redeemed.reason);
    await sealPending(db);
    // open: its login entry is sealed, the session record waits for its end
    const id = redeemed.session.sessionId;
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id } })).sealSeq).toBeNull();
    await db.$transaction((tx) => endSessionsForCustomer(tx, customer.id, END_REASONS.consentWithdrawn));
    await sealPending(db);
    const sealed = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id } });
    expect(sealed.sealSeq).not.toBeNull();
    const actions = await db.actionLog.findMany({
      where: { customerId: customer.id, action: { in: ["login", "logout"] } },
      select: { action: true, sealSeq: true },
    });
    // (the login entry is written by redeem, in the transaction that opens the session)
    expect(actions.map((a) => a.action)).toEqual(["login", "logout"]);
    expect(actions.every((a) => a.sealSeq !== null)).toBe(true);
    expect(await verifyChain(db)).toMatchObject({ ok: true, unsealed: 0 });
    await db.loginAsCustomerSession.update({ where: { id }, data: { endReason: END_REASONS.closedByAdmin } });
    expect(verificationLine(await verifyChain(db))).toBe(`Action log tampered at entry session ${id}: field endReason was changed (seal does not match)`);
  });

  it("two instances' sealers at work while shoppers write: every row sealed exactly once, in one valid chain", async () => {
    // PostgreSQL: two clients, like two instances. SQLite is one instance's database: its one
    // connection in this process (a second one would wait for the lock with the thread blocked)
    const instances = provider() === "postgresql" ? [own.connect(), own.connect()] : [db, db];
    let writing = true;
    const sealer = async (client: Db) => {
      let runs = 0;
      while (writing || runs === 0) {
        await sealBatch(client, 7);
        runs += 1;
      }
      return runs;
    };
    const sealers = [sealer(instances[0]), sealer(instances[1])];
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 25; i++) await record(instances[w % 2]);
    });
    await Promise.all(writers);
    writing = false;
    await Promise.all(sealers);
    await sealPending(instances[0]);
    const rows = await db.actionLog.findMany({ orderBy: { sealSeq: "asc" }, select: { sealSeq: true } });
    expect(rows).toHaveLength(200);
    expect(rows.map((r) => r.sealSeq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await verifyChain(db)).toMatchObject({ ok: true, entries: 200, unsealed: 0 });
  });

  it("a sealer holding the chain's head never makes recordAction fail or (on PostgreSQL) wait", async () => {
    await record();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const other = provider() === "postgresql" ? own.connect() : db;
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // a sealer stuck mid-batch, head locked and rows written
    const stuck = other.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(
        `INSERT INTO "LogSealHead" ("id", "seq", "seal") VALUES (1, 0, '') ON CONFLICT ("id") DO UPDATE SET "seq" = "LogSealHead"."seq" RETURNING "seq"`,
      );
      locked();
      await held;
    });
    await lockTaken;
    if (provider() === "postgresql") {
      // requests never touch the head: they record at once
      const started = Date.now();
      await Promise.all(Array.from({ length: 5 }, () => record()));
      expect(Date.now() - started).toBeLessThan(2_000);
      release();
    } else {
      // SQLite: the instance's one connection; requests go on while the batch is open
      await Promise.all(Array.from({ length: 5 }, () => record()));
      release();
    }
    await stuck;
    await sealPending(db);
    expect(await verifyChain(db)).toMatchObject({ ok: true, entries: 6 });
  });
});
