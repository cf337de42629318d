// The Login as Customer domain: start, redeem, check, end. Plain functions with
// plain arguments, used by the admin buttons, the storefront and the API alike.
// Atomicity lives in the database: a secret is consumed by one conditional
// UPDATE, and a partial unique index allows one open session per admin.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import type { AppConfig } from "@/lib/config/schema";
import { LAC } from "./messages";
import { END_REASONS, endSessions, endSessionsForAdmin } from "./end-sessions";
import { hashSecret, isWellFormedSecret, newSecret } from "./secret";

export const REDEEM_PATH = "/shop/login-as-customer";

export type StartErrorCode = "feature_disabled" | "forbidden" | "customer_not_found" | "no_consent" | "store_view_required" | "invalid_store_view";

export type StartResult =
  { ok: true; secret: string; url: string; expiresAt: Date; storeViewId: number; customerName: string } | { ok: false; code: StartErrorCode; error: string };

type Deps = { db: Db; config: AppConfig; now?: Date };

type StoreViewRow = { id: number; code: string; name: string; websiteId: number; website: { name: string } };

/** Store views a customer may be logged in to: their website's, or all with global account sharing. */
export function allowedStoreViews(views: StoreViewRow[], customerWebsiteId: number, config: AppConfig): StoreViewRow[] {
  return config.shareAccountsPerWebsite ? views.filter((v) => v.websiteId === customerWebsiteId) : views;
}

/**
 * Serialises one admin's starts and redemptions (PostgreSQL row lock; SQLite has one writer):
 * without it two at once deadlock revoking each other's secrets, or both insert an open session.
 * Taken first in the transaction, before any secret or session row.
 */
async function lockAdmin(tx: Pick<Db, "$executeRaw">, adminUserId: number) {
  await tx.$executeRaw`UPDATE "AdminUser" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${adminUserId}`;
}

export async function startLoginAsCustomer(
  deps: Deps,
  input: { admin: AdminPrincipal | null; customerId: number; storeViewId?: number | null },
): Promise<StartResult> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  if (!config.loginAsCustomerEnabled) return { ok: false, code: "feature_disabled", error: LAC.featureDisabled };
  const admin = input.admin;
  if (!admin || !can(admin, "customers.lac.login")) return { ok: false, code: "forbidden", error: LAC.notAllowed };

  return db.$transaction(async (tx) => {
    await lockAdmin(tx, admin.id);
    const customer = await tx.customer.findUnique({
      where: { id: input.customerId },
      select: { id: true, firstName: true, lastName: true, assistanceAllowed: true, websiteId: true, storeViewId: true },
    });
    if (!customer) return { ok: false as const, code: "customer_not_found" as const, error: LAC.customerGone };
    if (!customer.assistanceAllowed) return { ok: false as const, code: "no_consent" as const, error: LAC.assistanceDisabledForCustomer };

    const views = await tx.storeView.findMany({
      where: { isActive: true },
      select: { id: true, code: true, name: true, websiteId: true, website: { select: { name: true } } },
      orderBy: { id: "asc" },
    });
    const allowed = allowedStoreViews(views, customer.websiteId, config);
    let storeViewId: number | undefined;
    if (config.storeViewManualChoice) {
      if (!input.storeViewId) return { ok: false as const, code: "store_view_required" as const, error: LAC.selectStoreRequired };
      storeViewId = allowed.find((v) => v.id === input.storeViewId)?.id;
      if (!storeViewId) return { ok: false as const, code: "invalid_store_view" as const, error: LAC.invalidStoreView };
    } else {
      // Auto-Detection: the store view the customer belongs to, else their website's first one
      storeViewId = (allowed.find((v) => v.id === customer.storeViewId) ?? allowed.find((v) => v.websiteId === customer.websiteId))?.id;
      if (!storeViewId) return { ok: false as const, code: "invalid_store_view" as const, error: LAC.invalidStoreView };
    }

    // one session per admin: starting another ends the previous one and voids unredeemed secrets
    await endSessionsForAdmin(tx, admin.id, END_REASONS.anotherSession);
    const secret = newSecret();
    const expiresAt = new Date(now.getTime() + config.authenticationExpirationSeconds * 1000);
    await tx.loginAsCustomerSecret.create({
      data: { secretHash: hashSecret(secret), adminUserId: admin.id, customerId: customer.id, storeViewId, createdAt: now, expiresAt },
    });
    return {
      ok: true as const,
      secret,
      url: `${REDEEM_PATH}?secret=${secret}`,
      expiresAt,
      storeViewId,
      customerName: `${customer.firstName} ${customer.lastName}`,
    };
  });
}

export type RedeemFailure =
  | "malformed"
  | "unknown"
  | "already_used"
  | "expired"
  | "revoked"
  | "feature_disabled"
  | "admin_inactive"
  | "admin_forbidden"
  | "customer_not_found"
  | "no_consent"
  | "invalid_store_view";

export const REDEEM_FAILURE_REASONS: Record<RedeemFailure, string> = {
  malformed: "The secret is malformed.",
  unknown: "The secret is unknown.",
  already_used: "The secret was already used.",
  expired: "The secret has expired.",
  revoked: "The admin started another session or signed out before the secret was used.",
  feature_disabled: LAC.featureDisabled,
  admin_inactive: "The admin user is inactive or no longer exists.",
  admin_forbidden: 'The admin user no longer has the "Allow Login as Customer" permission.',
  customer_not_found: LAC.customerGone,
  no_consent: LAC.assistanceDisabledForCustomer,
  invalid_store_view: LAC.invalidStoreView,
};

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
};

export type RedeemResult = { ok: true; session: RedeemedSession } | { ok: false; reason: RedeemFailure; adminUserId?: number; customerId?: number };

export async function redeemLoginAsCustomerSecret(deps: Deps, input: { secret: unknown; ip?: string }): Promise<RedeemResult> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  if (!isWellFormedSecret(input.secret)) return { ok: false, reason: "malformed" };
  const secretHash = hashSecret(input.secret);

  return db.$transaction(async (tx) => {
    const owner = await tx.loginAsCustomerSecret.findUnique({ where: { secretHash }, select: { adminUserId: true } });
    if (owner) await lockAdmin(tx, owner.adminUserId);
    // the one atomic step: only one caller can move usedAt from NULL, and only before expiry
    const consumed = await tx.loginAsCustomerSecret.updateMany({
      where: { secretHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await tx.loginAsCustomerSecret.findUnique({ where: { secretHash } });
    if (consumed.count !== 1 || !row) {
      if (!row) return { ok: false as const, reason: "unknown" as const };
      const reason: RedeemFailure = row.usedAt ? "already_used" : row.revokedAt ? "revoked" : "expired";
      return { ok: false as const, reason, adminUserId: row.adminUserId, customerId: row.customerId };
    }
    const ids = { adminUserId: row.adminUserId, customerId: row.customerId };
    if (!config.loginAsCustomerEnabled) return { ok: false as const, reason: "feature_disabled" as const, ...ids };

    const [admin, customer, storeView] = await Promise.all([
      tx.adminUser.findUnique({
        where: { id: row.adminUserId },
        select: {
          id: true,
          username: true,
          firstName: true,
          lastName: true,
          isActive: true,
          role: { select: { allResources: true, resources: { select: { resource: true } } } },
        },
      }),
      tx.customer.findUnique({
        where: { id: row.customerId },
        select: { id: true, firstName: true, lastName: true, email: true, assistanceAllowed: true, websiteId: true },
      }),
      tx.storeView.findUnique({
        where: { id: row.storeViewId },
        select: { id: true, code: true, name: true, websiteId: true, isActive: true, website: { select: { name: true } } },
      }),
    ]);
    if (!admin || !admin.isActive) return { ok: false as const, reason: "admin_inactive" as const, ...ids };
    const principal = { allResources: admin.role.allResources, resources: new Set(admin.role.resources.map((r) => r.resource)) };
    if (!can(principal, "customers.lac.login")) return { ok: false as const, reason: "admin_forbidden" as const, ...ids };
    if (!customer) return { ok: false as const, reason: "customer_not_found" as const, ...ids };
    if (!customer.assistanceAllowed) return { ok: false as const, reason: "no_consent" as const, ...ids };
    if (!storeView || !storeView.isActive || (config.shareAccountsPerWebsite && storeView.websiteId !== customer.websiteId)) {
      return { ok: false as const, reason: "invalid_store_view" as const, ...ids };
    }

    await endSessionsForAdmin(tx, admin.id, END_REASONS.anotherSession);
    const session = await tx.loginAsCustomerSession.create({
      data: {
        id: randomUUID(),
        adminUserId: admin.id,
        adminName: `${admin.firstName} ${admin.lastName}`,
        adminUsername: admin.username,
        customerId: customer.id,
        customerEmail: customer.email,
        customerName: `${customer.firstName} ${customer.lastName}`,
        storeViewId: storeView.id,
        storeViewName: storeView.name,
        websiteName: storeView.website.name,
        disablePageCache: config.disablePageCache,
        ip: (input.ip ?? "").slice(0, 100),
        startedAt: now,
      },
    });
    return {
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
        websiteName: storeView.website.name,
        disablePageCache: config.disablePageCache,
      },
    };
  });
}

export type SessionCheck =
  | { active: true; session: { id: string; customerName: string; websiteName: string; adminUserId: number; adminUsername: string; storeViewId: number } }
  | { active: false; reason: string };

/**
 * Is this impersonation session still active? Run on every storefront request of
 * such a session. Ends the session (with the reason) when a rule says so.
 */
export async function checkLoginAsCustomerSession(deps: Deps, input: { sessionId: string; adminUserId: number; customerId: number }): Promise<SessionCheck> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  const session = await db.loginAsCustomerSession.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      adminUserId: true,
      adminUsername: true,
      customerId: true,
      endedAt: true,
      endReason: true,
      customerName: true,
      websiteName: true,
      storeViewId: true,
    },
  });
  if (!session || session.adminUserId !== input.adminUserId || session.customerId !== input.customerId) {
    return { active: false, reason: "Unknown Login as Customer session" };
  }
  if (session.endedAt) return { active: false, reason: session.endReason ?? "Ended" };

  let reason: string | null = null;
  if (!config.loginAsCustomerEnabled) reason = END_REASONS.featureDisabled;
  else {
    const [admin, customer] = await Promise.all([
      db.adminUser.findUnique({
        where: { id: session.adminUserId },
        select: {
          isActive: true,
          role: { select: { allResources: true, resources: { where: { resource: "customers.lac.login" }, select: { resource: true } } } },
        },
      }),
      db.customer.findUnique({ where: { id: session.customerId }, select: { assistanceAllowed: true } }),
    ]);
    if (!admin || !admin.isActive) reason = END_REASONS.adminDeactivated;
    else if (!admin.role.allResources && admin.role.resources.length === 0) reason = END_REASONS.permissionRevoked;
    else if (!customer) reason = END_REASONS.customerDeleted;
    else if (!customer.assistanceAllowed) reason = END_REASONS.consentWithdrawn;
  }
  if (reason) {
    await db.$transaction((tx) => endSessions(tx, { id: session.id }, reason, now));
    return { active: false, reason };
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
    },
  };
}

/** Ends one session (Close Session, or from the log). Returns false when it had already ended. */
export async function endLoginAsCustomerSession(deps: Deps, input: { sessionId: string; reason: string }): Promise<boolean> {
  const now = deps.now ?? new Date();
  return (await deps.db.$transaction((tx) => endSessions(tx, { id: input.sessionId }, input.reason, now))) === 1;
}
