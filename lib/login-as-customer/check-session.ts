// Checking a Login as Customer session on every storefront request it makes:
// still open, and every rule still holds. When one no longer does, the session
// ends here, with the reason.
import type { LacDeps } from "./deps";
import { END_REASONS, endSessions } from "./end-session";
import { consentActive } from "@/lib/customers/consent";

export type CheckedSession = {
  id: string;
  customerName: string;
  websiteName: string;
  adminUserId: number;
  adminUsername: string;
  storeViewId: number;
  /** "view" also when the role lost "Make changes as the customer" since the start */
  access: "view" | "assist";
  /** the end of the session's lifetime */
  expiresAt: Date;
  /** how long until then, from this check (the banner counts it down) */
  endsInMs: number;
};

const LOGIN_RESOURCE = "customers.lac.login";
const ASSIST_RESOURCE = "customers.lac.assist";

/** The session row with what the check needs of its admin (null when gone) and customer (null when deleted). */
type SessionRow = {
  id: string;
  adminUserId: number;
  adminUsername: string;
  customerId: number;
  endedAt: Date | null;
  endReason: string | null;
  customerName: string;
  websiteName: string;
  storeViewId: number;
  access: string;
  startedAt: Date;
  expiresAt: Date | null;
  lastSeenAt: Date | null;
  adminActive: boolean | null;
  allResources: boolean | null;
  /** how many of the role's resources are that one (a count: 0 or 1) */
  canLogin: bigint | number;
  canAssist: bigint | number;
  customerFound: number | null;
  assistanceAllowed: boolean | null;
  assistanceAllowedUntil: Date | null;
};

export type SessionCheck = { active: true; session: CheckedSession } | { active: false; reason: string };

/** The last storefront request is written at most this often (a quarter of the idle timeout), never on every request. */
export function lastSeenWriteInterval(idleTimeoutMinutes: number): number {
  return (idleTimeoutMinutes * 60_000) / 4;
}

/**
 * Is this impersonation session still active? Run on every storefront request of
 * such a session. Ends the session (with the reason) when a rule says so.
 */
export async function checkLoginAsCustomerSession(deps: LacDeps, input: { sessionId: string; adminUserId: number; customerId: number }): Promise<SessionCheck> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  // one statement for the session, its admin's state and permissions and the customer's consent:
  // this runs on every storefront request of the session, and five typed reads (six statements)
  // cost several times this one (Prisma's query compiler); the same text on SQLite and PostgreSQL
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", s."adminUserId", s."adminUsername", s."customerId", s."endedAt", s."endReason", s."customerName",
      s."websiteName", s."storeViewId", s."access", s."startedAt", s."expiresAt", s."lastSeenAt",
      a."isActive" AS "adminActive", r."allResources" AS "allResources",
      (SELECT COUNT(*) FROM "AdminRoleResource" rr WHERE rr."roleId" = a."roleId" AND rr."resource" = ${LOGIN_RESOURCE}) AS "canLogin",
      (SELECT COUNT(*) FROM "AdminRoleResource" rr WHERE rr."roleId" = a."roleId" AND rr."resource" = ${ASSIST_RESOURCE}) AS "canAssist",
      c."id" AS "customerFound", c."assistanceAllowed", c."assistanceAllowedUntil"
    FROM "LoginAsCustomerSession" s
      LEFT JOIN "AdminUser" a ON a."id" = s."adminUserId"
      LEFT JOIN "AdminRole" r ON r."id" = a."roleId"
      LEFT JOIN "Customer" c ON c."id" = s."customerId"
    WHERE s."id" = ${input.sessionId}`;
  if (!session || session.adminUserId !== input.adminUserId || session.customerId !== input.customerId) {
    return { active: false, reason: "Unknown Login as Customer session" };
  }
  if (session.endedAt) return { active: false, reason: session.endReason ?? "Ended" };

  // a session made before lifetimes existed is bounded from its start
  const expiresAt = session.expiresAt ?? new Date(session.startedAt.getTime() + config.sessionLifetimeMinutes * 60_000);
  const lastSeenAt = session.lastSeenAt ?? session.startedAt;
  const allResources = session.allResources === true;
  const canAssist = session.adminActive !== null && (allResources || Number(session.canAssist) > 0);
  let reason: string | null = null;
  if (!config.loginAsCustomerEnabled) reason = END_REASONS.featureDisabled;
  else if (now.getTime() >= expiresAt.getTime()) reason = END_REASONS.sessionExpired;
  else if (now.getTime() - lastSeenAt.getTime() >= config.idleTimeoutMinutes * 60_000) reason = END_REASONS.idleTimeout;
  else if (session.adminActive !== true) reason = END_REASONS.adminDeactivated;
  else if (!allResources && Number(session.canLogin) === 0) reason = END_REASONS.permissionRevoked;
  else if (session.customerFound === null) reason = END_REASONS.customerDeleted;
  else if (!session.assistanceAllowed) reason = END_REASONS.consentWithdrawn;
  else if (!consentActive({ assistanceAllowed: true, assistanceAllowedUntil: session.assistanceAllowedUntil }, now)) reason = END_REASONS.consentExpired;
  if (reason) {
    await db.$transaction((tx) => endSessions(tx, { id: session.id }, reason, now));
    return { active: false, reason };
  }
  // the idle clock: written only when a quarter of the idle timeout has passed since the last write,
  // so an active tab is never taken for idle and most requests write nothing
  if (now.getTime() - lastSeenAt.getTime() >= lastSeenWriteInterval(config.idleTimeoutMinutes)) {
    await db.loginAsCustomerSession.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    active: true,
    session: {
      id: session.id,
      customerName: session.customerName,
      websiteName: session.websiteName,
      adminUserId: session.adminUserId,
      adminUsername: session.adminUsername,
      storeViewId: session.storeViewId,
      access: session.access === "assist" && canAssist ? "assist" : "view",
      expiresAt,
      endsInMs: expiresAt.getTime() - now.getTime(),
    },
  };
}
