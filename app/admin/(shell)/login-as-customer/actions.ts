"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { adminCommand } from "@/lib/actions/admin-action";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import { LAC } from "@/lib/login-as-customer/messages";
import { idArgument } from "@/lib/validation/fields";
import type { ActionState } from "@/lib/actions/state";
import type { StartData } from "@/lib/login-as-customer/button-data";
import { storeViewGroupsFor, type LoginAsCustomerButtonData } from "@/lib/login-as-customer/button-data";

/** A malformed argument names no customer: refused in the button's own words, as a whole. */
const orCustomerGone = <T extends z.ZodType>(schema: T) =>
  z.unknown().transform((raw, ctx): z.output<T> => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: LAC.customerGone });
    return z.NEVER;
  });
const customerIdArgument = orCustomerGone(idArgument);

/** What the button needs when clicked: consent, and the Manual Selection store view list. */
export const loginAsCustomerButtonInfo = adminCommand(
  "customers.lac.login",
  customerIdArgument,
  async (customerId) => {
    const config = await getConfig();
    if (!config.loginAsCustomerEnabled) return { error: LAC.featureDisabled };
    const customer = await db.customer.findUnique({ where: { id: customerId }, select: { assistanceAllowed: true, websiteId: true, storeViewId: true } });
    if (!customer) return { error: LAC.customerGone };
    const data: LoginAsCustomerButtonData = {
      hasConsent: customer.assistanceAllowed,
      manualSelection: config.storeViewManualChoice,
      storeViewGroups: await storeViewGroupsFor(customer, config),
      defaultStoreViewId: customer.storeViewId,
    };
    return { data };
  },
  { refusal: LAC.notAllowed },
);

const startInput = orCustomerGone(z.object({ customerId: idArgument, storeViewId: idArgument.nullish() }));

/** The Login as Customer button's confirmation: same domain function and checks as the API. */
export const startLoginAsCustomerAction = adminCommand(
  "customers.lac.login",
  startInput,
  async ({ customerId, storeViewId }, { admin }): Promise<ActionState<StartData>> => {
    const [config, h] = await Promise.all([getConfig(), headers()]);
    const result = await startLoginAsCustomer({ db, config }, { admin, customerId, storeViewId: storeViewId ?? null });
    if (result.ok) return { data: { url: result.url } };
    await recordAction(db, {
      group: ACTION_GROUPS.loginAsCustomer,
      action: "start",
      fullActionName: "loginascustomer_login_start",
      result: "failure",
      errorMessage: result.error,
      adminUserId: admin.id,
      username: admin.username,
      customerId,
      ip: clientIp(h),
      details: `Login as customer refused: ${customerId}`,
    });
    return { error: result.error, data: { code: result.code } };
  },
  { refusal: LAC.notAllowed },
);
