"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { getAdmin } from "@/lib/auth/admin-session";
import { startLoginAsCustomer, type StartErrorCode } from "@/lib/login-as-customer/service";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import { LAC } from "@/lib/login-as-customer/messages";
import { idArgument } from "@/lib/validation/admin-customer";
import { showLoginAsCustomerButton, storeViewGroupsFor, type StoreViewGroup } from "@/lib/login-as-customer/button-data";

const input = z.object({
  customerId: idArgument,
  storeViewId: idArgument.nullish(),
});

export type ButtonInfo =
  | { ok: true; hasConsent: boolean; manualSelection: boolean; storeViewGroups: StoreViewGroup[]; defaultStoreViewId: number | null }
  | { ok: false; error: string };

/** What the button needs when clicked: consent, and the Manual Selection store view list. */
export async function loginAsCustomerButtonInfo(rawCustomerId: unknown): Promise<ButtonInfo> {
  const id = idArgument.safeParse(rawCustomerId);
  const [admin, config] = await Promise.all([getAdmin(), getConfig()]);
  if (!config.loginAsCustomerEnabled) return { ok: false, error: LAC.featureDisabled };
  if (!admin || !showLoginAsCustomerButton(admin, config)) return { ok: false, error: LAC.notAllowed };
  if (!id.success) return { ok: false, error: LAC.customerGone };
  const customer = await db.customer.findUnique({ where: { id: id.data }, select: { assistanceAllowed: true, websiteId: true, storeViewId: true } });
  if (!customer) return { ok: false, error: LAC.customerGone };
  return {
    ok: true,
    hasConsent: customer.assistanceAllowed,
    manualSelection: config.storeViewManualChoice,
    storeViewGroups: await storeViewGroupsFor(customer, config),
    defaultStoreViewId: customer.storeViewId,
  };
}

export type StartActionResult = { ok: true; url: string } | { ok: false; code: StartErrorCode | "invalid"; error: string };

/** The Login as Customer button's server action: same domain function and checks as the API. */
export async function startLoginAsCustomerAction(raw: { customerId: unknown; storeViewId?: unknown }): Promise<StartActionResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid", error: LAC.customerGone };
  const [admin, config, h] = await Promise.all([getAdmin(), getConfig(), headers()]);
  const result = await startLoginAsCustomer({ db, config }, { admin, customerId: parsed.data.customerId, storeViewId: parsed.data.storeViewId ?? null });
  if (!result.ok && admin) {
    await recordAction(db, {
      group: ACTION_GROUPS.loginAsCustomer,
      action: "start",
      fullActionName: "loginascustomer_login_start",
      result: "failure",
      errorMessage: result.error,
      adminUserId: admin.id,
      username: admin.username,
      customerId: parsed.data.customerId,
      ip: clientIp(h),
      details: `Login as customer refused: ${parsed.data.customerId}`,
    });
  }
  return result.ok ? { ok: true, url: result.url } : { ok: false, code: result.code, error: result.error };
}
