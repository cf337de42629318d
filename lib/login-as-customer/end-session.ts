// Ending Login as Customer sessions, from every place that must: the admin's
// sign-out, deactivation or lost permission, the customer withdrawing consent,
// the feature disabled, Close Session and the log. Each call records the end
// time and reason on the open sessions and revokes unredeemed secrets; the
// storefront notices on the tab's next request (check-session.ts reads the row).
// The session that ends here, and only here, queues the customer's summary email
// (SPEC 10.4) in the same transaction, so each session sends it exactly once.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { toAppConfig, type ConfigPath } from "@/lib/config/schema";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { LacDeps } from "./deps";
import { describeActions, type LoggedAction } from "./action-sentences";
import { sessionSummaryEmail } from "./session-emails";
import { recordLoginAsCustomerLogout } from "./session-log";

export const END_REASONS = {
  closedByAdmin: "Closed by the admin (Close Session)",
  adminSignedOut: "Admin signed out of the admin",
  anotherSession: "Admin started another Login as Customer session",
  adminDeactivated: "Admin user deactivated",
  permissionRevoked: 'Admin lost the "Allow Login as Customer" permission',
  consentWithdrawn: "Customer withdrew remote shopping assistance consent",
  featureDisabled: "Login as Customer was disabled",
  customerDeleted: "Customer was deleted",
  endedFromLog: "Ended by an admin from the Login as Customer Log",
  signedOutOnStorefront: "Signed out on the storefront",
  adminPasswordChanged: "Admin changed their password",
  consentExpired: "Consent expired",
  endedByCustomer: "Ended by the customer",
  sessionExpired: "Session expired",
  idleTimeout: "Idle timeout",
} as const;

/**
 * The transaction client ending sessions uses. Plain statements (the same text on SQLite and
 * PostgreSQL): every Login as Customer start runs them, and typed reads and writes cost several
 * times the statements themselves (Prisma's query compiler).
 */
type Tx = Pick<Db, "$queryRaw" | "$executeRaw">;
type SessionWhere = { id?: string; adminUserId?: number; customerId?: number };

const NOTIFY_PATH: ConfigPath = "login_as_customer/general/notify_customer";
/** the account and its Assistance History are gone with the customer: no summary to a deleted account */
const NO_SUMMARY: ReadonlySet<string> = new Set([END_REASONS.customerDeleted]);

type OpenSession = {
  id: string;
  adminUserId: number;
  adminUsername: string;
  customerId: number;
  customerEmail: string;
  customerName: string;
  staffName: string;
  websiteName: string;
  storeViewId: number;
  ip: string;
  startedAt: Date;
  reason: string;
  access: string;
};

/** `where` as SQL conditions (none of its keys: every row), with the one condition each caller adds. */
function matching(where: SessionWhere, condition: Prisma.Sql): Prisma.Sql {
  const match = [
    where.id !== undefined ? Prisma.sql`"id" = ${where.id}` : null,
    where.adminUserId !== undefined ? Prisma.sql`"adminUserId" = ${where.adminUserId}` : null,
    where.customerId !== undefined ? Prisma.sql`"customerId" = ${where.customerId}` : null,
  ].filter((m) => m !== null);
  return Prisma.join([...match, condition], " AND ");
}

/** The open sessions matching `where`. */
function openSessions(tx: Tx, where: SessionWhere): Promise<OpenSession[]> {
  return tx.$queryRaw<OpenSession[]>`
    SELECT "id", "adminUserId", "adminUsername", "customerId", "customerEmail", "customerName", "staffName", "websiteName",
      "storeViewId", "ip", "startedAt", "reason", "access"
    FROM "LoginAsCustomerSession" WHERE ${matching(where, Prisma.sql`"endedAt" IS NULL`)}`;
}

/** Voids the unredeemed secrets of the admin or customer named (none: every one). */
async function revokeSecrets(tx: Tx, where: Omit<SessionWhere, "id">): Promise<void> {
  await tx.$executeRaw`UPDATE "LoginAsCustomerSecret" SET "revokedAt" = ${new Date()}
    WHERE ${matching(where, Prisma.sql`"usedAt" IS NULL AND "revokedAt" IS NULL`)}`;
}

/** Ends the open sessions matching `where`, recording a logout entry and queuing the customer's summary for each. */
export async function endSessions(tx: Tx, where: SessionWhere, reason: string, now = new Date()): Promise<number> {
  const open = await openSessions(tx, where);
  if (open.length === 0) return 0;
  const ended: typeof open = [];
  for (const s of open) {
    // conditional: a session ended meanwhile by another request was logged (and summarised) there, not twice
    const count =
      await tx.$executeRaw`UPDATE "LoginAsCustomerSession" SET "endedAt" = ${now}, "endReason" = ${reason} WHERE "id" = ${s.id} AND "endedAt" IS NULL`;
    if (count !== 1) continue;
    ended.push(s);
    await recordLoginAsCustomerLogout(tx, s, reason, now);
  }
  if (ended.length > 0 && !NO_SUMMARY.has(reason)) await queueSummaries(tx, ended, reason, now);
  return ended.length;
}

/**
 * The summary email of each session that just ended, when Notify Customer by Email says so.
 * The setting is read here, in the caller's transaction, rather than passed by each of the
 * many callers; two queries in all, however many sessions end together.
 */
async function queueSummaries(
  tx: Tx,
  sessions: {
    id: string;
    customerEmail: string;
    customerName: string;
    staffName: string;
    websiteName: string;
    startedAt: Date;
    reason: string;
    access: string;
  }[],
  reason: string,
  now: Date,
) {
  const [notify] = await tx.$queryRaw<{ value: string }[]>`SELECT "value" FROM "ConfigValue" WHERE "path" = ${NOTIFY_PATH}`;
  if (!toAppConfig(notify ? { [NOTIFY_PATH]: notify.value } : {}).notifyCustomerAtEnd) return;
  // ordered here, not by the query: ORDER BY id can lead the planner to walk the whole log by its key
  const entries = await tx.$queryRaw<(LoggedAction & { id: number; lacSessionId: string })[]>`
    SELECT "id", "lacSessionId", "action", "result", "errorMessage", "details", "beforeJson", "afterJson"
    FROM "ActionLog" WHERE "lacSessionId" IN (${Prisma.join(sessions.map((s) => s.id))})`;
  entries.sort((a, b) => a.id - b.id);
  const bySession = new Map<string, LoggedAction[]>();
  for (const e of entries) {
    const list = bySession.get(e.lacSessionId!) ?? [];
    list.push(e);
    bySession.set(e.lacSessionId!, list);
  }
  const appUrl = env().APP_URL;
  for (const s of sessions) {
    const actions = describeActions(bySession.get(s.id) ?? []);
    const access = s.access === "assist" ? ("assist" as const) : ("view" as const);
    const words = sessionSummaryEmail({ ...s, access, storeName: s.websiteName, endedAt: now, endReason: reason }, actions, { appUrl });
    await enqueueEmail(tx, words);
  }
}

export async function endSessionsForAdmin(tx: Tx, adminUserId: number, reason: string): Promise<number> {
  await revokeSecrets(tx, { adminUserId });
  return endSessions(tx, { adminUserId }, reason);
}

export async function endSessionsForCustomer(tx: Tx, customerId: number, reason: string): Promise<number> {
  await revokeSecrets(tx, { customerId });
  return endSessions(tx, { customerId }, reason);
}

export async function endAllSessions(tx: Tx, reason: string): Promise<number> {
  await revokeSecrets(tx, {});
  return endSessions(tx, {}, reason);
}

/** Ends one session (Close Session, or from the log). Returns false when it had already ended. */
export async function endLoginAsCustomerSession(deps: LacDeps, input: { sessionId: string; reason: string }): Promise<boolean> {
  const now = deps.now ?? new Date();
  return (await deps.db.$transaction((tx) => endSessions(tx, { id: input.sessionId }, input.reason, now))) === 1;
}
