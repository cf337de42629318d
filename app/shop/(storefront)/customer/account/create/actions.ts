"use server";

import { shopperAction } from "@/lib/actions/shop-action";
import { createCustomer } from "@/lib/customers/create";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { createAccountSchema } from "@/lib/validation/shop";

/** A visitor creates their account; the form then signs them in with what they typed. */
export const createAccountAction = shopperAction(
  createAccountSchema,
  async (input, { shopper }) => {
    if (shopper) return { error: "You are already signed in. Sign out to create another account." };
    const storeView = await getCurrentStoreView();
    const result = await createCustomer({ ...input, websiteId: storeView.websiteId, storeViewId: storeView.id });
    if ("error" in result) return { fieldErrors: { [result.field]: result.error } };
    return { success: "Thank you for registering." };
  },
  { allowGuests: true },
);
