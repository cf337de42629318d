// Redeeming a Login as Customer secret on the storefront: the one atomic step is
// a conditional UPDATE that only one caller can win, before expiry; then every
// rule is checked again (the admin, their permission, the customer's consent,
// the store view) and the session row is created. A partial unique index allows
// one open session per admin. The customer's start email (SPEC 10.4) is queued in
// the same transaction as the session row.
import { randomUUID } from "node:crypto";
import { can } from "@/lib/acl/can";
import { findAdminWithRole } from "@/lib/acl/load-admin";
import { storeViewsWithWebsite } from "@/lib/store/store-view-rows";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { RedeemFailure } from "./messages";
import type { LacDeps } from "./deps";
import { lockAdmin } from "./admin-lock";
import { END_REASONS, endSessionsForAdmin } from "./end-session";
import { hashSecret, isWellFormedSecret } from "./secret";
import { countSecretGuess, secretGuessesLocked } from "./secret-guesses";
import { consentActive } from "@/lib/customers/consent";
import { staffDisplayName } from "./staff-name";
import { sessionStartEmail } from "./session-emails";
import { recordLoginAsCustomerLogin } from "./session-log";

export type RedeemedSession = {
  sessionId: string;
  customerId: number;
  customerName: string;
  customerEmail: string;
  adminUserId: number;
  adminUsername: string;
  storeViewCode: string;
  storeViewId: number;
  websiteName: string;
  disablePageCache: boolean;
  access: "view" | "assist";
  reason: string;
  /** the end of the session's lifetime: the shopper token expires no later */
  expiresAt: Date;
};

type SecretRow = { adminUserId: number; customerId: number; storeViewId: number; reason: string; access: string };
type RedeemCustomer = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  assistanceAllowed: boolean;
  assistanceAllowedUntil: Date | null;
  websiteId: number;
};

export type RedeemResult = { ok: true; session: RedeemedSession } | { ok: false; reason: RedeemFailure; adminUserId?: number; customerId?: number };

export async function redeemLoginAsCustomerSecret(deps: LacDeps, input: { secret: unknown; ip?: string }): Promise<RedeemResult> {
  const { db } = deps;
  const now = deps.now ?? new Date();
  // an address that keeps guessing is refused before any secret is looked up (a real one is not spent)
  if (await secretGuessesLocked(db, input.ip, now)) return { ok: false, reason: "rate_limited" };
  if (!isWellFormedSecret(input.secret)) {
    await countSecretGuess(db, input.ip, now);
    return { ok: false, reason: "malformed" };
  }
  const secretHash = hashSecret(input.secret);
  const result = await consume(deps, secretHash, input.ip, now);
  if (!result.ok && result.reason === "unknown") await countSecretGuess(db, input.ip, now);
  return result;
}

async function consume(deps: LacDeps, secretHash: string, ip: string | undefined, now: Date): Promise<RedeemResult> {
  const { db, config } = deps;
  return db.$transaction(async (tx) => {
    // plain statements in this transaction (the same text on SQLite and PostgreSQL): every redemption
    // runs them, and a typed read or write costs several times the statement (Prisma's query compiler)
    // the secret's fixed columns (who, for whom, where, why) are read once, before the lock
    const [row] = await tx.$queryRaw<SecretRow[]>`
      SELECT "adminUserId", "customerId", "storeViewId", "reason", "access" FROM "LoginAsCustomerSecret" WHERE "secretHash" = ${secretHash}`;
    if (!row) return { ok: false as const, reason: "unknown" as const };
    await lockAdmin(tx, row.adminUserId);
    // the one atomic step: only one caller can move usedAt from NULL, and only before expiry
    const consumed = await tx.$executeRaw`UPDATE "LoginAsCustomerSecret" SET "usedAt" = ${now}
      WHERE "secretHash" = ${secretHash} AND "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > ${now}`;
    if (consumed !== 1) {
      // lost: why, as it stands now (used by another caller, revoked by another start, or expired)
      const lost = await tx.loginAsCustomerSecret.findUnique({ where: { secretHash }, select: { usedAt: true, revokedAt: true } });
      const reason: RedeemFailure = lost?.usedAt ? "already_used" : lost?.revokedAt ? "revoked" : "expired";
      return { ok: false as const, reason, adminUserId: row.adminUserId, customerId: row.customerId };
    }
    const ids = { adminUserId: row.adminUserId, customerId: row.customerId };
    if (!config.loginAsCustomerEnabled) return { ok: false as const, reason: "feature_disabled" as const, ...ids };

    const [admin, customer, storeView] = await Promise.all([
      findAdminWithRole(tx, row.adminUserId),
      tx.$queryRaw<RedeemCustomer[]>`
        SELECT "id", "firstName", "lastName", "email", "assistanceAllowed", "assistanceAllowedUntil", "websiteId" FROM "Customer" WHERE "id" = ${row.customerId}`.then(
        ([c]) => c,
      ),
      storeViewsWithWebsite(tx, { id: row.storeViewId }).then(([v]) => v),
    ]);
    if (!admin || !admin.isActive) return { ok: false as const, reason: "admin_inactive" as const, ...ids };
    const principal = { allResources: admin.role.allResources, resources: new Set(admin.role.resources.map((r) => r.resource)) };
    if (!can(principal, "customers.lac.login")) return { ok: false as const, reason: "admin_forbidden" as const, ...ids };
    if (!customer) return { ok: false as const, reason: "customer_not_found" as const, ...ids };
    if (!consentActive(customer, now)) return { ok: false as const, reason: "no_consent" as const, ...ids };
    if (!storeView || !storeView.isActive || (config.shareAccountsPerWebsite && storeView.websiteId !== customer.websiteId)) {
      return { ok: false as const, reason: "invalid_store_view" as const, ...ids };
    }

    await endSessionsForAdmin(tx, admin.id, END_REASONS.anotherSession);
    const session = {
      id: randomUUID(),
      adminUserId: admin.id,
      adminName: `${admin.firstName} ${admin.lastName}`,
      adminUsername: admin.username,
      staffName: staffDisplayName(admin),
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: `${customer.firstName} ${customer.lastName}`,
      storeViewId: storeView.id,
      storeViewName: storeView.name,
      websiteName: storeView.websiteName,
      disablePageCache: config.disablePageCache,
      ip: (ip ?? "").slice(0, 100),
      startedAt: now,
      reason: row.reason,
      // the role may have lost "Make changes as the customer" since the start: then view only
      access: row.access === "assist" && can(principal, "customers.lac.assist") ? ("assist" as const) : ("view" as const),
      expiresAt: new Date(now.getTime() + config.sessionLifetimeMinutes * 60_000),
    };
    await tx.$executeRaw`INSERT INTO "LoginAsCustomerSession" ("id", "adminUserId", "adminName", "adminUsername", "staffName", "customerId",
        "customerEmail", "customerName", "storeViewId", "storeViewName", "websiteName", "disablePageCache", "ip", "startedAt", "reason", "access",
        "expiresAt", "lastSeenAt")
      VALUES (${session.id}, ${session.adminUserId}, ${session.adminName}, ${session.adminUsername}, ${session.staffName}, ${session.customerId},
        ${session.customerEmail}, ${session.customerName}, ${session.storeViewId}, ${session.storeViewName}, ${session.websiteName},
        ${session.disablePageCache}, ${session.ip}, ${now}, ${session.reason}, ${session.access}, ${session.expiresAt}, ${now})`;
    if (config.notifyCustomerAtStart) {
      const words = sessionStartEmail({ ...session, storeName: session.websiteName }, { appUrl: env().APP_URL, optInTitle: config.optInTitle });
      await enqueueEmail(tx, words);
    }
    const redeemed = {
      ok: true as const,
      session: {
        sessionId: session.id,
        customerId: customer.id,
        customerName: session.customerName,
        customerEmail: customer.email,
        adminUserId: admin.id,
        adminUsername: admin.username,
        storeViewCode: storeView.code,
        storeViewId: storeView.id,
        websiteName: storeView.websiteName,
        disablePageCache: config.disablePageCache,
        access: session.access,
        reason: session.reason,
        expiresAt: session.expiresAt,
      },
    };
    // the session's login entry, in the transaction that opens it
    await recordLoginAsCustomerLogin(tx, redeemed.session, ip ?? "");
    return redeemed;
  });
}
