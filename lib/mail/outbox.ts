// The outbox: an email is a row written in the transaction of the event that
// causes it, so it is sent if and only if that event happened. deliver.ts sends it.
import crypto from "node:crypto";
import type { DbTx } from "@/lib/db-client";

export const EMAIL_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface OutgoingEmail {
  /** an address, or `Name <address>` */
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** what caused it, e.g. "login-as-customer.start", "login-as-customer.end", "password-reset" */
  kind: string;
  /** the sender's display name (the store's name); the address stays EMAIL_FROM_ADDRESS's */
  fromName?: string | null;
  /** the body holds a secret (a reset link): never shown in the admin, cleared once delivered or given up */
  carriesSecret?: boolean;
}

/**
 * Queues an email in the caller's transaction; nothing is sent if that transaction rolls back.
 * One plain INSERT (the same text on SQLite and PostgreSQL; every column given, the dates as the
 * typed client writes them): the Login as Customer steps queue one each, and a typed create
 * costs several times the statement.
 */
export async function enqueueEmail(tx: Pick<DbTx, "$queryRaw">, message: OutgoingEmail): Promise<{ id: number }> {
  // a line break in a header would let the text add headers of its own
  if (!message.to.trim() || /[\r\n]/.test(message.to) || /[\r\n]/.test(message.subject) || /[\r\n]/.test(message.fromName ?? "")) {
    throw new Error("An email needs one recipient, a one-line subject and a one-line sender name.");
  }
  const now = new Date();
  const [row] = await tx.$queryRaw<{ id: number }[]>`INSERT INTO "EmailMessage"
      ("messageId", "to", "subject", "text", "html", "fromName", "kind", "carriesSecret", "status", "attempts", "nextAttemptAt", "createdAt")
    VALUES (${crypto.randomUUID()}, ${message.to.trim()}, ${message.subject}, ${message.text}, ${message.html ?? null},
      ${message.fromName?.trim() || null}, ${message.kind}, ${message.carriesSecret ?? false}, ${"pending"}, ${0}, ${now}, ${now})
    RETURNING "id"`;
  return { id: Number(row.id) };
}
