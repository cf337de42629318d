// System › Email Log, on the run's database (SQLite or PostgreSQL): each outbox
// status reads as Queued, Sent or Failed; paging, sorting, the status filter and the
// keyword search happen in the database; a message that carries a secret (a password
// reset link) never has its body read, let alone returned.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db-client";
import { emailLogMessage, queryEmailLog } from "@/lib/mail/email-log";
import { parseEmailLogParams } from "@/lib/mail/email-log-spec";
import type { EmailStatus } from "@/lib/mail/outbox";
import { provider, testDb } from "../helpers/db";

const db = testDb();
// every row of this file carries the tag, and every query searches for it: other files' email stays out
const tag = `ElogTag${crypto.randomBytes(4).toString("hex")}`;
// the rows of single tests carry tags of their own, so no test sees another's rows
const subjectTag = `ElogSubject${crypto.randomBytes(4).toString("hex")}`;
const secretTag = `elogsecret${crypto.randomBytes(4).toString("hex")}`;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const SECRET = `https://store.example/shop/customer/account/createpassword#token=${crypto.randomBytes(16).toString("hex")}`;

// 25 messages a minute apart, the newest last; statuses in turn, so each page mixes them
const STATUS_CYCLE: EmailStatus[] = ["sent", "pending", "failed", "sending", "sent"];
const messages = Array.from({ length: 25 }, (_, i) => ({
  messageId: crypto.randomUUID(),
  to: `Shopper ${i} <shopper.${i}.${tag.toLowerCase()}@example.com>`,
  subject: `Summary of your assisted session ${i}`,
  text: `Hello, message ${i}.`,
  kind: "login-as-customer.end",
  status: STATUS_CYCLE[i % STATUS_CYCLE.length],
  attempts: i % 3,
  lastError: STATUS_CYCLE[i % STATUS_CYCLE.length] === "failed" ? "connect ECONNREFUSED 127.0.0.1:25" : null,
  sentAt: STATUS_CYCLE[i % STATUS_CYCLE.length] === "sent" ? new Date(T0 + i * 60_000 + 5_000) : null,
  createdAt: new Date(T0 + i * 60_000),
}));

const page = (query: Record<string, string>): Promise<Awaited<ReturnType<typeof queryEmailLog>>> =>
  queryEmailLog(parseEmailLogParams({ q: tag, ...query }), db);
const indexOf = (to: string) => messages.findIndex((m) => m.to === to);

/** A client that records every EmailMessage read it is asked for, to check what was selected. */
function recording(base: Db) {
  const reads: unknown[] = [];
  const emailMessage = new Proxy(base.emailMessage, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (args: unknown) => {
        reads.push({ op: prop, args });
        return (value as (a: unknown) => unknown).call(target, args);
      };
    },
  });
  const client = new Proxy(base, { get: (target, prop, receiver) => (prop === "emailMessage" ? emailMessage : Reflect.get(target, prop, receiver)) });
  return { client: client as Db, reads };
}

describe(`Email Log (${provider()})`, () => {
  beforeAll(async () => {
    await db.emailMessage.createMany({ data: messages });
    await db.emailMessage.create({
      data: { messageId: crypto.randomUUID(), to: "someone@example.com", subject: `Reset Your Password ${subjectTag}`, text: "x", kind: "password-reset" },
    });
  });

  it("reads pending and sending as Queued, sent as Sent, failed as Failed, and selects only the columns shown", async () => {
    const { rows } = await page({ size: "50" });
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      const source = messages[indexOf(row.to)];
      expect(row.status).toBe({ pending: "queued", sending: "queued", sent: "sent", failed: "failed" }[source.status]);
      expect(row.attempts).toBe(source.attempts);
      expect(row.lastError).toBe(source.lastError);
      expect(row.createdAt).toBe(source.createdAt.toISOString());
      expect(row.sentAt).toBe(source.sentAt?.toISOString() ?? null);
      expect(Object.keys(row).sort()).toEqual(["attempts", "createdAt", "id", "lastError", "sentAt", "status", "subject", "to"]);
    }
  });

  it("pages newest first in the database: 20 rows, then the other 5", async () => {
    const first = await page({});
    expect(first.rows.map((r) => indexOf(r.to))).toEqual(Array.from({ length: 20 }, (_, i) => 24 - i));
    expect([first.total, first.totalCapped, first.hasNext]).toEqual([25, false, true]);
    const second = await page({ page: "2" });
    expect(second.rows.map((r) => indexOf(r.to))).toEqual([4, 3, 2, 1, 0]);
    expect(second.hasNext).toBe(false);
    const oldest = await page({ sort: "createdAt", dir: "asc" });
    expect(oldest.rows.slice(0, 3).map((r) => indexOf(r.to))).toEqual([0, 1, 2]);
  });

  it("sorts by status, Failed, then Queued, then Sent, each in time order", async () => {
    const { rows } = await page({ sort: "status", dir: "asc", size: "50" });
    const statuses = rows.map((r) => r.status);
    const failed = statuses.filter((s) => s === "failed").length;
    const queued = statuses.filter((s) => s === "queued").length;
    expect([failed, queued, statuses.length - failed - queued]).toEqual([5, 10, 10]);
    expect(statuses).toEqual([...Array(failed).fill("failed"), ...Array(queued).fill("queued"), ...Array(25 - failed - queued).fill("sent")]);
    // within one stored status, oldest first (the same direction as the sort)
    const failedRows = rows.slice(0, failed).map((r) => indexOf(r.to));
    expect(failedRows).toEqual([...failedRows].sort((a, b) => a - b));
    const desc = await page({ sort: "status", dir: "desc", size: "50" });
    expect(desc.rows[0].status).toBe("sent");
    expect(desc.rows.at(-1)!.status).toBe("failed");
  });

  it("filters by status (Queued is pending and sending) and searches recipient and subject, ignoring case", async () => {
    const queued = await page({ f_status: "queued", size: "50" });
    expect(queued.rows.map((r) => messages[indexOf(r.to)].status).sort()).toEqual([...Array(5).fill("pending"), ...Array(5).fill("sending")]);
    expect(queued.total).toBe(10);
    const failed = await page({ f_status: "failed" });
    expect(failed.rows.map((r) => r.status)).toEqual(Array(5).fill("failed"));
    // a status that is not one of the three is dropped, as any bad URL value
    expect((await page({ f_status: "sending", size: "50" })).rows).toHaveLength(25);

    // the recipient holds the tag in lower case; upper case still finds it
    expect((await page({ q: tag.toUpperCase(), size: "50" })).rows).toHaveLength(25);
    const one = await page({ q: `shopper.7.${tag}` });
    expect(one.rows.map((r) => indexOf(r.to))).toEqual([7]);
    // the subject holds capitals; the search box's text is matched in any case
    const subjectHit = await queryEmailLog(parseEmailLogParams({ q: `reset your password ${subjectTag.toLowerCase()}` }), db);
    expect(subjectHit.rows.map((r) => r.to)).toEqual(["someone@example.com"]);
  });

  it("shows a message's text body in its details", async () => {
    const row = await db.emailMessage.findUniqueOrThrow({ where: { messageId: messages[3].messageId } });
    const details = await emailLogMessage(row.id, db);
    expect(details).toMatchObject({ to: messages[3].to, subject: messages[3].subject, status: "queued", text: "Hello, message 3.", carriesSecret: false });
    expect(details?.nextAttemptAt).toBeInstanceOf(Date);
    expect(await emailLogMessage(2_000_000_000, db)).toBeNull();
  });

  it("never reads or returns the body of a message that carries a secret, queued or delivered", async () => {
    for (const status of ["pending", "sent"] as const) {
      const secret = await db.emailMessage.create({
        data: {
          messageId: crypto.randomUUID(),
          to: `reset.${secretTag}@example.com`,
          subject: "Reset your password",
          text: `Set a new password: ${SECRET}`,
          html: `<a href="${SECRET}">Set a new password</a>`,
          kind: "password-reset",
          carriesSecret: true,
          status,
        },
      });
      const { client, reads } = recording(db);
      const details = await emailLogMessage(secret.id, client);
      expect(details).toMatchObject({ subject: "Reset your password", carriesSecret: true, text: null });
      expect(JSON.stringify(details)).not.toContain("token=");
      // not even selected: every read names its columns, and the body is not one of them
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        const select = (read as { args: { select?: Record<string, unknown> } }).args.select;
        expect(select, JSON.stringify(read)).toBeDefined();
        expect(Object.keys(select!).filter((k) => k === "text" || k === "html")).toEqual([]);
      }
      // and the grid's page has no body for anyone
      const { rows } = await queryEmailLog(parseEmailLogParams({ q: `reset.${secretTag}` }), client);
      expect(rows.map((r) => r.id)).toContain(secret.id);
      expect(JSON.stringify(rows)).not.toContain("token=");
    }
  });
});
