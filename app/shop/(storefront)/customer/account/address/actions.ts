"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopperAction } from "@/lib/actions/shop-action";
import { deleteAddress, saveAddress } from "@/lib/customers/addresses";
import { addressRefSchema, addressSchema } from "@/lib/validation/shop";

export const createAddressAction = shopperAction(
  addressSchema,
  async (data, { shopper, audit, db }) => {
    await saveAddress(db, { customerId: shopper.id, address: data }, audit);
    revalidatePath("/shop", "layout");
    redirect("/shop/customer/account/address?saved=1");
  },
  { log: "save_address" },
);

export const updateAddressAction = shopperAction(
  addressSchema.extend(addressRefSchema.shape),
  async ({ addressId, ...address }, { shopper, audit, db }) => {
    // saveAddress changes only an address of this customer: another's is "no longer exists"
    const r = await saveAddress(db, { customerId: shopper.id, addressId, address }, audit);
    if (!r.ok) return { error: r.error };
    revalidatePath("/shop", "layout");
    redirect("/shop/customer/account/address?saved=1");
  },
  { log: "save_address" },
);

export const deleteAddressAction = shopperAction(
  addressRefSchema,
  async ({ addressId }, { shopper, audit, db }) => {
    const r = await deleteAddress(db, { customerId: shopper.id, addressId }, audit);
    revalidatePath("/shop", "layout");
    return r.ok ? { success: "You deleted the address." } : { error: r.error };
  },
  { log: "delete_address" },
);
