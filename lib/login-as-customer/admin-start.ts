// Starting Login as Customer on an admin's behalf, from the button or the API: who the
// target is, what the button shows, and a refused start recorded in the action log.
import "server-only";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import type { AppConfig } from "@/lib/config/schema";
import type { Db } from "@/lib/db-client";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { storeViewGroupsFor, type LoginAsCustomerButtonData } from "./button-data";
import { LAC } from "./messages";
import { startLoginAsCustomer, type SessionAccess, type StartResult } from "./start";
import { consentActive } from "@/lib/customers/consent";

/** What the button's dialogs need for this customer, or null when the customer is gone. A lapsed grant is no consent. */
export async function loginAsCustomerButtonData(
  db: Db,
  config: AppConfig,
  admin: AdminPrincipal,
  customerId: number,
  now: Date = new Date(),
): Promise<LoginAsCustomerButtonData | null> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { assistanceAllowed: true, assistanceAllowedUntil: true, websiteId: true, storeViewId: true },
  });
  if (!customer) return null;
  return {
    hasConsent: consentActive(customer, now),
    manualSelection: config.storeViewManualChoice,
    storeViewGroups: await storeViewGroupsFor(customer, config),
    defaultStoreViewId: customer.storeViewId,
    requireReason: config.requireReason,
    canAssist: can(admin, "customers.lac.assist"),
    defaultAccess: can(admin, "customers.lac.assist") ? config.defaultAccess : "view",
  };
}

/** Starts the session; a refusal is written to the action log under the entry point's action name. */
export async function startForAdmin(
  db: Db,
  config: AppConfig,
  input: {
    admin: AdminPrincipal;
    customerId: number;
    storeViewId: number | null;
    reason?: string | null;
    access?: SessionAccess | null;
    ip: string;
    fullActionName: string;
  },
): Promise<StartResult> {
  const { admin, customerId, storeViewId, reason, access, ip, fullActionName } = input;
  const started = await startLoginAsCustomer({ db, config }, { admin, customerId, storeViewId, reason, access });
  if (!started.ok) {
    await recordAction(db, {
      group: ACTION_GROUPS.loginAsCustomer,
      action: "start",
      fullActionName,
      result: "failure",
      errorMessage: started.error,
      adminUserId: admin.id,
      username: admin.username,
      customerId,
      ip,
      details: `Login as customer refused: ${customerId}`,
    });
  }
  return started;
}

export type ApiTarget = { ok: true; customerId: number; storeViewId: number | null } | { ok: false; status: 404 | 409 | 422; error: string };

/** The API names its customer by id or email, and may name a store view by code. */
export async function resolveApiTarget(db: Db, input: { customerId?: number; customerEmail?: string; storeViewCode?: string }): Promise<ApiTarget> {
  const storeView = input.storeViewCode ? await db.storeView.findUnique({ where: { code: input.storeViewCode }, select: { id: true, websiteId: true } }) : null;
  if (input.storeViewCode && !storeView) return { ok: false, status: 422, error: LAC.invalidStoreView };
  if (input.customerId !== undefined) return { ok: true, customerId: input.customerId, storeViewId: storeView?.id ?? null };
  const matches = await db.customer.findMany({ where: { email: input.customerEmail! }, select: { id: true, websiteId: true }, take: 10 });
  const pick = storeView ? matches.filter((m) => m.websiteId === storeView.websiteId) : matches;
  if (pick.length === 0) return { ok: false, status: 404, error: LAC.customerGone };
  if (pick.length > 1) return { ok: false, status: 409, error: "Several customers have this email; give storeViewCode or customerId." };
  return { ok: true, customerId: pick[0].id, storeViewId: storeView?.id ?? null };
}
