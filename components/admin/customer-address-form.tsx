"use client";
// Customer edit › Addresses: one address form (new or existing), the storefront's
// address fields posting to an admin server action; messages and field errors as
// on every form, the typed values kept when the server refuses them.
import { ActionForm, SubmitButton } from "@/components/shop/action-form";
import { AddressFields, type AddressDefaults } from "@/components/shop/address-fields";
import type { ActionState as AdminActionState } from "@/lib/actions/admin-action";
import type { ActionState } from "@/lib/actions/shop-action";

type AdminAction = (prev: AdminActionState, form: FormData) => Promise<AdminActionState>;

export function CustomerAddressForm({
  action,
  customerId,
  addressId,
  address,
  isDefault = { billing: false, shipping: false },
  label,
}: {
  action: AdminAction;
  customerId: number;
  addressId?: number;
  address?: AddressDefaults;
  isDefault?: { billing: boolean; shipping: boolean };
  label: string;
}) {
  const submit = async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const r = await action(null, form);
    const values = Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$")));
    return { error: r?.error, fieldErrors: r?.fieldErrors, success: r?.success, values: r?.success ? undefined : values, at: Date.now() };
  };
  return (
    <ActionForm action={submit} label={label} className="max-w-2xl">
      <input type="hidden" name="customerId" value={customerId} />
      {addressId ? <input type="hidden" name="addressId" value={addressId} /> : null}
      <AddressFields defaults={address} withDefaults={isDefault} defaultLabels={{ billing: "Default Billing Address", shipping: "Default Shipping Address" }} />
      <SubmitButton>Save Address</SubmitButton>
    </ActionForm>
  );
}
