// The email outbox, on the run's database (SQLite or PostgreSQL): a message is
// queued with the event that causes it, reaches a real SMTP server once, is
// retried with backoff while the server is down, survives a crash mid-send, and
// is sent once even with two senders at once. The clock moves by passing `now`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { provider } from "../helpers/db";
import { createOwnDatabase, type OwnDatabase } from "../helpers/own-database";
import { startSmtpReceiver, unreachableSmtpUrl, type SmtpReceiver } from "../helpers/smtp-receiver";
import type { Db } from "@/lib/db-client";
import { enqueueEmail, type OutgoingEmail } from "@/lib/mail/outbox";
import { deliverDue, LEASE_MS, MAX_ATTEMPTS, retryDelayMs, type DeliveryOptions } from "@/lib/mail/deliver";
import { claimDue } from "@/lib/mail/claim";
import { fileTransport, smtpTransport, type MailTransport } from "@/lib/mail/transport";

const FROM = "Test Store <store@example.com>";
const MINUTE = 60_000;

let own: OwnDatabase;
let db: Db;
let receiver: SmtpReceiver;
let toReceiver: MailTransport;

beforeAll(async () => {
  // its own database: a delivery run takes whatever is due, other files' rows included
  own = await createOwnDatabase("mail");
  db = own.db;
  receiver = await startSmtpReceiver();
  toReceiver = smtpTransport(receiver.url);
});
afterAll(async () => {
  await receiver?.close();
  await own?.drop();
});
beforeEach(async () => {
  await db.emailMessage.deleteMany();
  receiver.clear();
});

let n = 0;
function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  n += 1;
  return {
    to: `Veronica Costello <roni.${n}@example.com>`,
    subject: `A store associate is assisting you (${n})`,
    text: `Hello Veronica, message ${n}.`,
    html: `<p>Hello Veronica, message <b>${n}</b>.</p>`,
    kind: "login-as-customer.start",
    ...overrides,
  };
}
const queue = (m: OutgoingEmail) => db.$transaction((tx) => enqueueEmail(tx, m));
const deliver = (options: DeliveryOptions = {}, client: Db = db) => deliverDue(client, { transport: toReceiver, from: FROM, ...options });
const row = (id: number) => db.emailMessage.findUniqueOrThrow({ where: { id } });

describe(`email outbox (${provider()})`, () => {
  it("sends nothing for an event whose transaction rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, message());
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db.emailMessage.count()).toBe(0);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(receiver.messages).toHaveLength(0);
  });

  it("delivers a queued email once, with its subject, text and html", async () => {
    const m = message();
    const { id } = await queue(m);
    expect((await row(id)).status).toBe("pending");
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver({ now: new Date(Date.now() + 10 * LEASE_MS) })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(receiver.messages).toHaveLength(1);
    const got = receiver.messages[0];
    expect(got.subject).toBe(m.subject);
    expect(got.text?.trim()).toBe(m.text);
    expect(got.html).toContain("<b>");
    expect(got.from?.text).toBe('"Test Store" <store@example.com>');
    const sent = await row(id);
    expect(got.messageId).toBe(`<${sent.messageId}@example.com>`);
    expect([sent.status, sent.attempts, sent.leaseToken, sent.lastError]).toEqual(["sent", 1, null, null]);
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.text).toBe(m.text); // an ordinary message keeps its body for the Email Log
  });

  it("a message with a sender name (the store's) comes from that name at the configured address", async () => {
    await queue(message({ fromName: 'Main "Website" <Shop>' }));
    await queue(message({ fromName: "Zoë's Boutique" }));
    expect(await deliver({ from: "store@example.com" })).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const names = receiver.messages.map((m) => m.from?.value);
    expect(names).toEqual(
      expect.arrayContaining([[{ name: "Main Website Shop", address: "store@example.com" }], [{ name: "Zoë's Boutique", address: "store@example.com" }]]),
    );
    await expect(queue(message({ fromName: "Shop\r\nBcc: x@example.com" }))).rejects.toThrow("one-line sender name");
  });

  it("refuses a recipient or subject with a line break (no smuggled headers)", async () => {
    await expect(queue(message({ subject: "Hi\r\nBcc: x@example.com" }))).rejects.toThrow("one-line subject");
    await expect(queue(message({ to: "a@example.com\nBcc: x@example.com" }))).rejects.toThrow();
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("while the mail server is down, retries later and later, then gives up after the last attempt", async () => {
    const down = smtpTransport(await unreachableSmtpUrl());
    const { id } = await queue(message());
    let now = new Date();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await deliver({ now, transport: down })).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const r = await row(id);
      expect([r.status, r.attempts]).toEqual(["pending", attempt]);
      expect(r.lastError).toMatch(/ECONNREFUSED|connect/i);
      const wait = r.nextAttemptAt.getTime() - now.getTime();
      expect(wait).toBeGreaterThanOrEqual(retryDelayMs(attempt));
      expect(wait).toBeLessThan(retryDelayMs(attempt) + 10_000);
      // not due a moment before its time
      expect(await deliver({ now: new Date(r.nextAttemptAt.getTime() - 1), transport: down })).toEqual({ sent: 0, retrying: 0, failed: 0 });
      now = r.nextAttemptAt;
    }
    expect([1, 2, 3, 6, 7].map(retryDelayMs)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 32 * MINUTE, 60 * MINUTE]);
    expect(await deliver({ now, transport: down })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const failed = await row(id);
    expect([failed.status, failed.attempts]).toEqual(["failed", MAX_ATTEMPTS]);
    expect(failed.lastError).toBeTruthy();
    // given up for good: later runs, even with the server back, leave it alone
    expect(await deliver({ now: new Date(now.getTime() + 24 * 60 * MINUTE) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(receiver.messages).toHaveLength(0);
  });

  it("sends a message once the mail server is back", async () => {
    const { id } = await queue(message());
    const now = new Date();
    await deliver({ now, transport: smtpTransport(await unreachableSmtpUrl()) });
    const retry = (await row(id)).nextAttemptAt;
    expect(await deliver({ now: retry })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect([(await row(id)).status, (await row(id)).attempts]).toEqual(["sent", 2]);
    expect(receiver.messages).toHaveLength(1);
  });

  it("sends once a message whose sender died after claiming it, when the lease runs out", async () => {
    const { id } = await queue(message());
    const now = new Date();
    // a run claims the row, then the process dies before sending
    const claimed = await claimDue(db, { now, limit: 10, token: "crashed-run", leaseUntil: new Date(now.getTime() + LEASE_MS) });
    expect(claimed.map((c) => c.id)).toEqual([id]);
    expect((await row(id)).status).toBe("sending");
    // still leased: nobody else takes it
    expect(await deliver({ now: new Date(now.getTime() + LEASE_MS - 1000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliver({ now: new Date(now.getTime() + LEASE_MS + 1000) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver({ now: new Date(now.getTime() + 3 * LEASE_MS) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(receiver.messages).toHaveLength(1);
    expect([(await row(id)).status, (await row(id)).attempts]).toEqual(["sent", 2]);
  });

  it("a run that lost its lease cannot undo what the run that took over recorded", async () => {
    const { id } = await queue(message());
    const now = new Date();
    let fail!: (e: Error) => void;
    const stuck: MailTransport = { description: "stuck", send: () => new Promise<void>((_, reject) => (fail = reject)) };
    const slow = deliver({ now, transport: stuck });
    await expect.poll(async () => (await row(id)).status).toBe("sending");
    expect(await deliver({ now: new Date(now.getTime() + LEASE_MS + 1000) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    fail(new Error("timed out"));
    await slow;
    const r = await row(id);
    expect([r.status, r.lastError]).toEqual(["sent", null]);
    expect(receiver.messages).toHaveLength(1);
  });

  it("gives up on a message whose last allowed attempt was cut off mid-send", async () => {
    const { id } = await queue(message());
    const now = new Date();
    await db.emailMessage.update({ where: { id }, data: { status: "sending", attempts: MAX_ATTEMPTS, leaseUntil: now, nextAttemptAt: now } });
    expect(await deliver({ now })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const r = await row(id);
    expect([r.status, r.attempts]).toEqual(["failed", MAX_ATTEMPTS]);
    expect(r.lastError).toMatch(/interrupted/);
    expect(receiver.messages).toHaveLength(0);
  });

  it("two senders at once (two app instances) deliver each message exactly once", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 30; i += 1) ids.push((await queue(message())).id);
    // PostgreSQL: a second client, as a second instance has. SQLite: runs on one client, since
    // better-sqlite3 waits for a lock synchronously and two clients in one process would block each other
    const other = provider() === "postgresql" ? own.connect() : db;
    for (const expected of [16, 14, 0]) {
      const runs = await Promise.all([deliver({ limit: 4 }), deliver({ limit: 4 }, other), deliver({ limit: 4 }), deliver({ limit: 4 }, other)]);
      // four runs at once, room for 16: every run fills up while due rows remain
      expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(expected);
    }
    const received = receiver.messages.map((m) => m.messageId);
    expect(received).toHaveLength(30);
    expect(new Set(received).size).toBe(30);
    const rows = await db.emailMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => `${r.status}/${r.attempts}`)).toEqual(ids.map(() => "sent/1"));
  });

  it("clears the body of a message that carries a secret once it is sent, or given up", async () => {
    const link = "https://shop.example.com/customer/account/reset?token=s3cret";
    const sent = await queue(
      message({ kind: "password-reset", subject: "Reset your password", text: `Reset: ${link}`, html: `<a href="${link}">Reset</a>`, carriesSecret: true }),
    );
    expect((await row(sent.id)).text).toContain(link); // kept until it is sent: the sender needs it
    await deliver();
    expect(receiver.messages[0].text).toContain(link);
    const after = await row(sent.id);
    expect([after.status, after.text, after.html, after.subject]).toEqual(["sent", "", null, "Reset your password"]);

    const lost = await queue(message({ text: link, carriesSecret: true }));
    await db.emailMessage.update({ where: { id: lost.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    expect(await deliver({ transport: smtpTransport(await unreachableSmtpUrl()) })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect([(await row(lost.id)).status, (await row(lost.id)).text]).toEqual(["failed", ""]);
  });

  it("without SMTP, writes each message as an .eml file a mail client can open", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lac-mail-"));
    try {
      const m = message();
      const { id } = await queue(m);
      expect(await deliver({ transport: fileTransport(dir) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{14}-[0-9a-f-]{36}\.eml$/);
      const parsed = await simpleParser(fs.readFileSync(path.join(dir, files[0])));
      expect([parsed.subject, parsed.text?.trim(), parsed.to && "text" in parsed.to ? parsed.to.text : ""]).toEqual([
        m.subject,
        m.text,
        `"Veronica Costello" <${m.to.match(/<(.+)>/)![1]}>`,
      ]);
      expect(parsed.html).toContain("<b>");
      expect((await row(id)).status).toBe("sent");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
