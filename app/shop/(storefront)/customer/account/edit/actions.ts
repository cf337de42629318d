"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/shop-action";
import { getConfig } from "@/lib/config";
import { updateAccountInfo } from "@/lib/customers/account";
import { accountInfoSchema } from "@/lib/validation/shop";
import { getShopToken } from "@/lib/auth/shop-session";
import { reissueShopCookie } from "@/lib/auth/shop-session-version";

export const saveAccountInfoAction = shopperAction(
  accountInfoSchema,
  async (input, { shopper, impersonation, audit, db }) => {
    const config = await getConfig();
    const r = await updateAccountInfo(db, {
      customerId: shopper.id,
      input,
      impersonating: impersonation !== null,
      consentShown: config.loginAsCustomerEnabled,
      shareAccountsPerWebsite: config.shareAccountsPerWebsite,
      defaultConsentDuration: config.defaultConsentDuration,
      onCommit: audit,
    });
    if (!r.ok) return { error: r.error, fieldErrors: r.fieldErrors };
    const token = r.sessionVersion === undefined ? null : await getShopToken();
    if (token && r.sessionVersion !== undefined) await reissueShopCookie(token, r.sessionVersion);
    revalidatePath("/shop", "layout");
    return { success: r.message };
  },
  { log: "save" },
);
