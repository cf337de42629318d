// Starting Login as Customer: the admin's checks, the store view, and a one-time
// secret for the storefront to redeem. Starting again ends the admin's open session
// and voids their unredeemed secrets, all in one transaction under the admin's lock.
import type { AppConfig } from "@/lib/config/schema";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import { LAC } from "./messages";
import type { LacDeps } from "./deps";
import { lockAdmin } from "./admin-lock";
import { END_REASONS, endSessionsForAdmin } from "./end-session";
import { hashSecret, newSecret } from "./secret";
import { consentActive } from "@/lib/customers/consent";
import { REASON_MAX, REASON_MIN } from "./reason-rules";
import { storeViewsWithWebsite } from "@/lib/store/store-view-rows";

export const REDEEM_PATH = "/shop/login-as-customer";

export type StartErrorCode =
  | "feature_disabled"
  | "forbidden"
  | "customer_not_found"
  | "no_consent"
  | "store_view_required"
  | "invalid_store_view"
  | "reason_required"
  | "reason_too_long"
  | "access_forbidden";

export type SessionAccess = "view" | "assist";

/** The reason and access asked for, under the configured rules and the admin's role (SPEC 10.5, 10.6). */
export function checkReasonAndAccess(
  config: AppConfig,
  admin: AdminPrincipal,
  input: { reason?: string | null; access?: SessionAccess | null },
): { ok: true; reason: string; access: SessionAccess } | { ok: false; code: StartErrorCode; error: string } {
  const reason = (input.reason ?? "").trim();
  if (reason.length > REASON_MAX) return { ok: false, code: "reason_too_long", error: LAC.reasonTooLong };
  if (config.requireReason && reason.length < REASON_MIN) return { ok: false, code: "reason_required", error: LAC.reasonRequired };
  const access = input.access ?? (can(admin, "customers.lac.assist") ? config.defaultAccess : "view");
  if (access === "assist" && !can(admin, "customers.lac.assist")) return { ok: false, code: "access_forbidden", error: LAC.viewOnlyRole };
  return { ok: true, reason, access };
}

export type StartResult =
  { ok: true; secret: string; url: string; expiresAt: Date; storeViewId: number; customerName: string } | { ok: false; code: StartErrorCode; error: string };

type StartCustomer = {
  id: number;
  firstName: string;
  lastName: string;
  assistanceAllowed: boolean;
  assistanceAllowedUntil: Date | null;
  websiteId: number;
  storeViewId: number | null;
};

type StoreViewRow = { id: number; code: string; name: string; websiteId: number; website: { name: string } };

/** Store views a customer may be logged in to: their website's, or all with global account sharing. */
export function allowedStoreViews(views: StoreViewRow[], customerWebsiteId: number, config: AppConfig): StoreViewRow[] {
  return config.shareAccountsPerWebsite ? views.filter((v) => v.websiteId === customerWebsiteId) : views;
}

export async function startLoginAsCustomer(
  deps: LacDeps,
  input: { admin: AdminPrincipal | null; customerId: number; storeViewId?: number | null; reason?: string | null; access?: SessionAccess | null },
): Promise<StartResult> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  if (!config.loginAsCustomerEnabled) return { ok: false, code: "feature_disabled", error: LAC.featureDisabled };
  const admin = input.admin;
  if (!admin || !can(admin, "customers.lac.login")) return { ok: false, code: "forbidden", error: LAC.notAllowed };
  const asked = checkReasonAndAccess(config, admin, input);
  if (!asked.ok) return asked;

  return db.$transaction(async (tx) => {
    await lockAdmin(tx, admin.id);
    // plain statements here (the same text on SQLite and PostgreSQL): a typed read or create costs
    // several times the statement (Prisma's query compiler), and every start runs them
    const [customer] = await tx.$queryRaw<StartCustomer[]>`
      SELECT "id", "firstName", "lastName", "assistanceAllowed", "assistanceAllowedUntil", "websiteId", "storeViewId"
      FROM "Customer" WHERE "id" = ${input.customerId}`;
    if (!customer) return { ok: false as const, code: "customer_not_found" as const, error: LAC.customerGone };
    if (!consentActive(customer, now)) return { ok: false as const, code: "no_consent" as const, error: LAC.assistanceDisabledForCustomer };

    const views = (await storeViewsWithWebsite(tx)).map(({ websiteName, ...v }) => ({ ...v, website: { name: websiteName } }));
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
    await tx.$executeRaw`INSERT INTO "LoginAsCustomerSecret" ("secretHash", "adminUserId", "customerId", "storeViewId", "createdAt", "expiresAt", "reason", "access")
      VALUES (${hashSecret(secret)}, ${admin.id}, ${customer.id}, ${storeViewId}, ${now}, ${expiresAt}, ${asked.reason}, ${asked.access})`;
    return {
      ok: true as const,
      secret,
      // in the fragment: browsers never send it, so no server or proxy log ever holds the secret
      url: `${REDEEM_PATH}#secret=${secret}`,
      expiresAt,
      storeViewId,
      customerName: `${customer.firstName} ${customer.lastName}`,
    };
  });
}
