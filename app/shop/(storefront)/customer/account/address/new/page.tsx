import type { Metadata } from "next";
import { requireShopper } from "@/lib/auth/shop-session";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressFields } from "@/components/shop/address-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { createAddressAction } from "../actions";

export const metadata: Metadata = { title: "Add New Address" };

export default async function NewAddressPage() {
  const shopper = await requireShopper();
  return (
    <AccountShell current="/shop/customer/account/address">
      <h1 className="mb-6 text-3xl font-semibold">Add New Address</h1>
      <ActionForm action={createAddressAction} label="Add New Address" className="max-w-2xl">
        <AddressFields defaults={{ firstName: shopper.firstName, lastName: shopper.lastName }} withDefaults={{ billing: false, shipping: false }} />
        <SubmitButton>Save Address</SubmitButton>
      </ActionForm>
    </AccountShell>
  );
}
