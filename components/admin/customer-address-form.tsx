"use client";
// Customer edit › Addresses: one address form (new or existing), the storefront's
// address fields posting to an admin server action; messages and field errors as
// on every form, the typed values kept when the server refuses them.
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { AddressFields, type AddressDefaults } from "@/components/shop/address-fields";
import type { FormAction } from "@/lib/actions/state";

export function CustomerAddressForm({
  action,
  customerId,
  addressId,
  address,
  isDefault = { billing: false, shipping: false },
  label,
}: {
  action: FormAction;
  customerId: number;
  addressId?: number;
  address?: AddressDefaults;
  isDefault?: { billing: boolean; shipping: boolean };
  label: string;
}) {
  return (
    <ActionForm action={action} label={label} className="max-w-2xl">
      <input type="hidden" name="customerId" value={customerId} />
      {addressId ? <input type="hidden" name="addressId" value={addressId} /> : null}
      <AddressFields defaults={address} withDefaults={isDefault} defaultLabels={{ billing: "Default Billing Address", shipping: "Default Shipping Address" }} />
      <SubmitButton>Save Address</SubmitButton>
    </ActionForm>
  );
}
