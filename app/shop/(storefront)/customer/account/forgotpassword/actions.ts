"use server";

import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { env } from "@/lib/env";
import { shopperAction } from "@/lib/actions/shop-action";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { forgotPasswordAnswer, requestPasswordReset, setPasswordWithResetLink } from "@/lib/customers/password-reset";
import { LAC } from "@/lib/login-as-customer/messages";
import { forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/shop";

/** Forgot Your Password?: the same answer whether the account exists or not. */
export const requestPasswordResetAction = shopperAction(
  forgotPasswordSchema,
  async ({ email }, { impersonation, db }) => {
    // an admin logged in as the customer never handles their password
    if (impersonation) return { error: LAC.actionNotAllowed };
    const [config, storeView] = await Promise.all([getConfig(), getCurrentStoreView()]);
    await requestPasswordReset(db, { email, websiteId: storeView.websiteId, shareAccountsPerWebsite: config.shareAccountsPerWebsite, appUrl: env().APP_URL });
    return { success: forgotPasswordAnswer(email) };
  },
  { allowGuests: true },
);

/** Set a New Password, from the emailed link. */
export const setPasswordAction = shopperAction(
  setPasswordSchema,
  async ({ token, password }, { impersonation, db }) => {
    if (impersonation) return { error: LAC.actionNotAllowed };
    const r = await setPasswordWithResetLink(db, { token, password });
    if (!r.ok) return { error: r.error };
    redirect("/shop/customer/account/login?reset=done");
  },
  { allowGuests: true },
);
