import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireShopper } from "@/lib/auth/shop-session";
import { db } from "@/lib/db";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressFields } from "@/components/shop/address-fields";
import { ActionForm, SubmitButton } from "@/components/shop/action-form";
import { updateAddressAction } from "../actions";

export const metadata: Metadata = { title: "Edit Address" };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const shopper = await requireShopper();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const [address, customer] = await Promise.all([
    db.customerAddress.findFirst({ where: { id, customerId: shopper.id } }),
    db.customer.findUniqueOrThrow({ where: { id: shopper.id }, select: { defaultBillingId: true, defaultShippingId: true } }),
  ]);
  if (!address) notFound();
  return (
    <AccountShell current="/shop/customer/account/address">
      <h1 className="mb-6 text-3xl font-semibold">Edit Address</h1>
      <ActionForm action={updateAddressAction} label="Edit Address" className="max-w-2xl">
        <input type="hidden" name="addressId" value={address.id} />
        <AddressFields
          defaults={address}
          withDefaults={{ billing: customer.defaultBillingId === address.id, shipping: customer.defaultShippingId === address.id }}
        />
        <SubmitButton>Save Address</SubmitButton>
      </ActionForm>
    </AccountShell>
  );
}
