"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopperAction } from "@/lib/actions/shop-action";
import { reorder } from "@/lib/orders/place-order";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { orderRefSchema } from "@/lib/validation/shop";

export const reorderAction = shopperAction(
  orderRefSchema,
  async ({ orderId }, { shopper, audit, db }) => {
    const storeView = await getCurrentStoreView();
    const r = await reorder(db, { orderId, customerId: shopper.id, storeViewId: storeView.id, websiteId: storeView.websiteId, onCommit: audit });
    if (!r.ok) return { error: r.error };
    revalidatePath("/shop", "layout");
    redirect("/shop/checkout/cart");
  },
  { log: "reorder" },
);
