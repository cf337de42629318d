// Sends what the outbox holds, at least once: claim due rows (claim.ts), send
// each, then settle it as sent, as due again later (exponential backoff), or as
// failed once the attempts are used up. A message whose body carries a secret
// keeps that body only as long as it may still be sent.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { EmailMessage, Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { claimDue } from "./claim";
import { mailTransport, type MailTransport } from "./transport";

export const MAX_ATTEMPTS = 8;
/** far longer than one send may take (the SMTP timeouts), so a live run never loses its rows */
export const LEASE_MS = 5 * 60_000;
/** rows claimed in one run unless told otherwise */
export const DELIVERY_BATCH = 10;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Wait before the next try after `attempts` failed ones: 1 min, 2, 4, … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export interface DeliveryOptions {
  /** the clock (tests move it instead of sleeping) */
  now?: Date;
  /** rows claimed in one run */
  limit?: number;
  transport?: MailTransport;
  from?: string;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

type Outcome = keyof DeliveryReport;

/** Claims the email that is due, sends it and records the outcome of each message. */
export async function deliverDue(db: Db, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const started = Date.now();
  const now = options.now ?? new Date(started);
  // the given clock, moving on as real time passes during the run
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  const token = crypto.randomUUID();
  const rows = await claimDue(db, { now, limit: options.limit ?? DELIVERY_BATCH, token, leaseUntil: new Date(now.getTime() + LEASE_MS) });
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (rows.length === 0) return report;
  const transport = options.transport ?? mailTransport();
  const from = options.from ?? env().EMAIL_FROM_ADDRESS;
  const outcomes = await Promise.all(rows.map((row) => deliverOne(db, row, { transport, from, token, clock })));
  for (const outcome of outcomes) report[outcome] += 1;
  return report;
}

interface RunContext {
  transport: MailTransport;
  from: string;
  token: string;
  clock: () => Date;
}

async function deliverOne(db: Db, row: EmailMessage, run: RunContext): Promise<Outcome> {
  // the claim counted this try; more than the maximum means the last allowed one was cut off mid-send
  if (row.attempts > MAX_ATTEMPTS) {
    await settle(db, row, run, { status: "failed", attempts: MAX_ATTEMPTS, lastError: "Sending was interrupted and every attempt is used up." });
    return "failed";
  }
  try {
    await run.transport.send({
      messageId: row.messageId,
      from: row.fromName ? withDisplayName(run.from, row.fromName) : run.from,
      to: row.to,
      subject: row.subject,
      text: row.text,
      html: row.html,
      createdAt: row.createdAt,
    });
  } catch (error) {
    const lastError = describeError(error);
    if (row.attempts >= MAX_ATTEMPTS) {
      await settle(db, row, run, { status: "failed", lastError });
      return "failed";
    }
    await settle(db, row, run, { status: "pending", lastError, nextAttemptAt: new Date(run.clock().getTime() + retryDelayMs(row.attempts)) });
    return "retrying";
  }
  await settle(db, row, run, { status: "sent", sentAt: run.clock(), lastError: null });
  return "sent";
}

/** Records the outcome if this run still holds the row's lease (a later run may have taken it over). */
async function settle(db: Db, row: EmailMessage, run: RunContext, data: Prisma.EmailMessageUpdateManyMutationInput) {
  const final = data.status === "sent" || data.status === "failed";
  const clearSecret = final && row.carriesSecret ? { text: "", html: null } : {};
  await db.emailMessage.updateMany({
    where: { id: row.id, leaseToken: run.token },
    data: { ...data, ...clearSecret, leaseToken: null, leaseUntil: null },
  });
}

/**
 * EMAIL_FROM_ADDRESS's address under another display name: `"Main Website" <no-reply@example.com>`.
 * The name loses what would break out of its quotes; nodemailer encodes the rest.
 */
export function withDisplayName(from: string, name: string): string {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  const clean = name.replace(/["\\<>\r\n]/g, "").trim();
  return clean ? `"${clean}" <${address}>` : from;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
