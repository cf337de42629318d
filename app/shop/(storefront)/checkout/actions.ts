"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopperAction } from "@/lib/actions/shop-action";
import { checkout } from "@/lib/orders/checkout";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { checkoutSchema } from "@/lib/validation/shop";

export const placeOrderAction = shopperAction(
  checkoutSchema,
  async (data, { shopper, impersonation, audit, db }) => {
    const storeView = await getCurrentStoreView();
    const r = await checkout(db, { customerId: shopper.id, storeViewId: storeView.id, shipping: data, impersonation }, audit);
    if (!r.ok) return r.field ? { fieldErrors: { [r.field]: r.error } } : { error: r.error };
    revalidatePath("/shop", "layout");
    redirect(`/shop/checkout/success?order=${r.incrementId}`);
  },
  { log: "place_order" },
);
