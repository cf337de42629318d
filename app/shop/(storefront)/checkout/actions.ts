"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { placeOrder, type PlacedBy } from "@/lib/orders/place-order";
import { saveAddress } from "@/lib/customers/addresses";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { checkoutSchema, type AddressInput } from "@/lib/validation/shop";

export const placeOrderAction = shopperAction(
  checkoutSchema,
  async (data, { shopper, impersonation, audit }) => {
    let shippingAddress;
    let saveNew: AddressInput | null = null;
    if (data.kind === "new") {
      const { saveInAddressBook, defaultBilling: _b, defaultShipping: _s, ...address } = data.address;
      void _b;
      void _s;
      shippingAddress = address;
      if (saveInAddressBook) saveNew = { ...address, defaultBilling: false, defaultShipping: false };
    } else {
      const found = await db.customerAddress.findFirst({ where: { id: data.addressId, customerId: shopper.id } });
      if (!found) return { fieldErrors: { addressId: "This address no longer exists." } };
      shippingAddress = found;
    }
    let placedBy: PlacedBy | undefined;
    if (impersonation) {
      const admin = await db.adminUser.findUnique({ where: { id: impersonation.adminUserId }, select: { firstName: true, lastName: true } });
      if (!admin) return { error: "Login was not successful." };
      placedBy = { adminUserId: impersonation.adminUserId, firstName: admin.firstName, lastName: admin.lastName, lacSessionId: impersonation.sessionId };
    }
    const storeView = await getCurrentStoreView();
    const r = await placeOrder(db, { customerId: shopper.id, storeViewId: storeView.id, shippingAddress, placedBy, onCommit: audit });
    if (!r.ok) return { error: r.error };
    // only once the order exists, so a refused order leaves the address book as it was
    if (saveNew) await saveAddress(db, { customerId: shopper.id, address: saveNew });
    revalidatePath("/shop", "layout");
    redirect(`/shop/checkout/success?order=${r.incrementId}`);
  },
  { log: "place_order" },
);
