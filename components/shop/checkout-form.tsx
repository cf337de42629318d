"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { FLAT_RATE_PER_ITEM } from "@/lib/cart/rules";
import { formatMoney } from "@/lib/format";
import type { PostalAddress } from "@/lib/validation/address";
import { ActionCheckbox, ActionForm, FieldError, SubmitButton } from "@/components/ui/action-form";
import { AddressFields } from "./address-fields";
import { AddressText } from "@/components/address-text";

type Address = PostalAddress & { id: number };

export function CheckoutForm({
  action,
  addresses,
  defaultAddressId,
  shopperName,
}: {
  /** places the order (the page passes its server action) */
  action: FormAction;
  addresses: Address[];
  defaultAddressId: number | null;
  shopperName: { firstName: string; lastName: string };
}) {
  const [choice, setChoice] = useState<string>(defaultAddressId ? String(defaultAddressId) : "new");
  return (
    <ActionForm action={action} label="Checkout">
      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-semibold">Shipping Address</legend>
        {addresses.map((a) => (
          <label key={a.id} className="mb-2 flex items-start gap-2 rounded border p-3">
            <input type="radio" name="addressId" value={a.id} checked={choice === String(a.id)} onChange={() => setChoice(String(a.id))} />
            <AddressText address={a} inline />
          </label>
        ))}
        <label className="mb-2 flex items-center gap-2 rounded border p-3">
          <input type="radio" name="addressId" value="new" checked={choice === "new"} onChange={() => setChoice("new")} />
          New Address
        </label>
        <FieldError name="addressId" />
        {choice === "new" ? (
          <div className="mt-4">
            <AddressFields defaults={shopperName} />
            <ActionCheckbox name="saveInAddressBook" label="Save in address book" defaultChecked />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-semibold">Shipping Method</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="shippingMethod" value="flatrate" defaultChecked /> Flat Rate — {formatMoney(FLAT_RATE_PER_ITEM)} per item
        </label>
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-semibold">Payment Method</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="paymentMethod" value="checkmo" defaultChecked /> Check / Money order
        </label>
      </fieldset>
      <SubmitButton className="px-8 py-3 text-lg">Place Order</SubmitButton>
    </ActionForm>
  );
}
