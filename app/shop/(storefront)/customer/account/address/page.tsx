import type { Metadata } from "next";
import Link from "next/link";
import { requireShopper } from "@/lib/auth/shop-session";
import { addressBook } from "@/lib/customers/address-book";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressText } from "@/components/address-text";
import { ActionButton } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { deleteAddressAction } from "./actions";

export const metadata: Metadata = { title: "Address Book" };

export default async function AddressBookPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const shopper = await requireShopper();
  const { saved } = await searchParams;
  const addresses = await addressBook(shopper.id);
  return (
    <AccountShell current="/shop/customer/account/address">
      {saved ? <Alert kind="success">You saved the address.</Alert> : null}
      <h1 className="mb-6 text-3xl font-semibold">Address Book</h1>
      {addresses.length === 0 ? <p className="mb-4">You have no addresses in your address book.</p> : null}
      <ul aria-label="Addresses" className="mb-6 grid gap-4 md:grid-cols-2">
        {addresses.map((a) => (
          <li key={a.id} className="rounded border p-4">
            <p className="mb-2 text-sm font-semibold">
              {[a.isDefaultBilling ? "Default Billing Address" : null, a.isDefaultShipping ? "Default Shipping Address" : null].filter(Boolean).join(" · ") ||
                "Additional Address"}
            </p>
            <AddressText address={a} />
            <div className="mt-3 flex items-start gap-4">
              <Link href={`/shop/customer/account/address/${a.id}`} className="text-brand underline" aria-label={`Edit Address ${a.street}`}>
                Edit Address
              </Link>
              <ActionButton action={deleteAddressAction} label={`Delete Address ${a.street}`} values={{ addressId: a.id }} variant="link">
                Delete Address
              </ActionButton>
            </div>
          </li>
        ))}
      </ul>
      <Link href="/shop/customer/account/address/new" className="inline-block rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
        Add New Address
      </Link>
    </AccountShell>
  );
}
