"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { getConfig } from "@/lib/config";
import { adminCommand } from "@/lib/actions/admin-action";
import { loginAsCustomerButtonData, startForAdmin } from "@/lib/login-as-customer/admin-start";
import { clientIp } from "@/lib/http/client-ip";
import { LAC } from "@/lib/login-as-customer/messages";
import { idArgument } from "@/lib/validation/fields";
import type { ActionState } from "@/lib/actions/state";
import type { StartData } from "@/lib/login-as-customer/button-data";
import type { LoginAsCustomerButtonData } from "@/lib/login-as-customer/button-data";

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
  async (customerId, { admin, db }): Promise<ActionState<LoginAsCustomerButtonData>> => {
    const config = await getConfig();
    if (!config.loginAsCustomerEnabled) return { error: LAC.featureDisabled };
    const data = await loginAsCustomerButtonData(db, config, admin, customerId);
    return data ? { data } : { error: LAC.customerGone };
  },
  { refusal: LAC.notAllowed },
);

const startInput = orCustomerGone(
  z.object({
    customerId: idArgument,
    storeViewId: idArgument.nullish(),
    // the start checks the reason's length under Require a Reason; anything not text is no reason
    reason: z.string().max(2000).catch(""),
    access: z.enum(["view", "assist"]).catch("view"),
  }),
);

/** The Login as Customer button's confirmation: same domain function and checks as the API. */
export const startLoginAsCustomerAction = adminCommand(
  "customers.lac.login",
  startInput,
  async ({ customerId, storeViewId, reason, access }, { admin, db }): Promise<ActionState<StartData>> => {
    const [config, h] = await Promise.all([getConfig(), headers()]);
    const ip = clientIp(h);
    const result = await startForAdmin(db, config, {
      admin,
      customerId,
      storeViewId: storeViewId ?? null,
      reason,
      access,
      ip,
      fullActionName: "loginascustomer_login_start",
    });
    return result.ok ? { data: { url: result.url } } : { error: result.error, data: { code: result.code } };
  },
  { refusal: LAC.notAllowed },
);
