"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { deleteAddress, saveAddress } from "@/lib/customers/addresses";
import { addressSchema } from "@/lib/validation/shop";
import { idField } from "@/lib/validation/fields";

export const createAddressAction = shopperAction(
  addressSchema,
  async (data, { shopper, audit }) => {
    await saveAddress(db, { customerId: shopper.id, address: data }, audit);
    revalidatePath("/shop", "layout");
    redirect("/shop/customer/account/address?saved=1");
  },
  { log: "save_address" },
);

export const updateAddressAction = shopperAction(
  addressSchema.extend({ addressId: idField("Address is invalid.") }),
  async ({ addressId, ...address }, { shopper, audit }) => {
    const r = await saveAddress(db, { customerId: shopper.id, addressId, address }, audit);
    if (!r.ok) return { error: r.error };
    revalidatePath("/shop", "layout");
    redirect("/shop/customer/account/address?saved=1");
  },
  { log: "save_address" },
);

export const deleteAddressAction = shopperAction(
  z.object({ addressId: idField("Address is invalid.") }),
  async ({ addressId }, { shopper, audit }) => {
    const r = await deleteAddress(db, { customerId: shopper.id, addressId }, audit);
    revalidatePath("/shop", "layout");
    return r.ok ? { success: "You deleted the address." } : { error: r.error };
  },
  { log: "delete_address" },
);
