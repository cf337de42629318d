"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { getConfig } from "@/lib/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { customerSearchText, EMAIL_TAKEN } from "@/lib/customers/create";
import { LAC } from "@/lib/login-as-customer/messages";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-sessions";
import { accountInfoSchema } from "@/lib/validation/shop";

export const saveAccountInfoAction = shopperAction(accountInfoSchema, async (data, { shopper, impersonation }) => {
  const config = await getConfig();
  const consentShown = config.loginAsCustomerEnabled;
  const consentChanged = consentShown && data.assistanceAllowed !== shopper.assistanceAllowed;
  // During Login as Customer the password, email and consent stay the customer's own decision (SPEC 6).
  if (impersonation && (data.changeEmail || data.changePassword || consentChanged)) return { error: LAC.actionNotAllowed };

  const current = await db.customer.findUniqueOrThrow({ where: { id: shopper.id }, select: { passwordHash: true, websiteId: true } });
  if ((data.changeEmail || data.changePassword) && !(await verifyPassword(data.currentPassword ?? "", current.passwordHash)))
    return { fieldErrors: { currentPassword: "The password doesn't match this account. Verify the password and try again." } };

  const email = data.changeEmail ? (data.email ?? "").trim().toLowerCase() : shopper.email;
  if (email !== shopper.email) {
    const clash = await db.customer.findFirst({
      where: config.shareAccountsPerWebsite ? { email, websiteId: current.websiteId, NOT: { id: shopper.id } } : { email, NOT: { id: shopper.id } },
      select: { id: true },
    });
    if (clash) return { fieldErrors: { email: EMAIL_TAKEN } };
  }
  const passwordHash = data.changePassword ? await hashPassword(data.password ?? "") : undefined;

  try {
    await db.$transaction(async (tx) => {
      await tx.customer.update({
        where: { id: shopper.id },
        data: {
          firstName: data.firstName,
          lastName: data.lastName,
          email,
          searchText: customerSearchText(data.firstName, data.lastName, email),
          ...(passwordHash ? { passwordHash } : {}),
          ...(consentShown ? { assistanceAllowed: data.assistanceAllowed } : {}),
        },
      });
      if (consentShown && !data.assistanceAllowed && shopper.assistanceAllowed) await endSessionsForCustomer(tx, shopper.id, END_REASONS.consentWithdrawn);
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return { fieldErrors: { email: EMAIL_TAKEN } };
    throw e;
  }
  revalidatePath("/shop", "layout");
  return { success: "You saved the account information." };
});
