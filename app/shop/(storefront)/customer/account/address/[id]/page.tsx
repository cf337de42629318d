import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireShopper } from "@/lib/auth/shop-session";
import { addressForEdit } from "@/lib/customers/address-book";
import { parseIdParam } from "@/lib/validation/fields";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressFields } from "@/components/shop/address-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { updateAddressAction } from "../actions";

export const metadata: Metadata = { title: "Edit Address" };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const shopper = await requireShopper();
  const id = parseIdParam((await params).id);
  // another customer's address is not found, like one that does not exist
  const address = id === null ? null : await addressForEdit(shopper.id, id);
  if (!address) notFound();
  return (
    <AccountShell current="/shop/customer/account/address">
      <h1 className="mb-6 text-3xl font-semibold">Edit Address</h1>
      <ActionForm action={updateAddressAction} label="Edit Address" className="max-w-2xl">
        <input type="hidden" name="addressId" value={address.id} />
        <AddressFields defaults={address} withDefaults={{ billing: address.isDefaultBilling, shipping: address.isDefaultShipping }} />
        <SubmitButton>Save Address</SubmitButton>
      </ActionForm>
    </AccountShell>
  );
}
