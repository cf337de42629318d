import type { Metadata } from "next";
import { getShopperContext, requireShopper } from "@/lib/auth/shop-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { defaultBillingAddress } from "@/lib/customers/address-book";
import { Alert } from "@/components/ui/alert";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressText } from "@/components/address-text";
import Link from "next/link";

export const metadata: Metadata = { title: "My Account" };

export default async function AccountDashboard({ searchParams }: { searchParams: Promise<{ created?: string; lac?: string }> }) {
  const shopper = await requireShopper();
  const { impersonation } = await getShopperContext();
  const { created, lac } = await searchParams;
  const defaultAddress = await defaultBillingAddress(shopper.id);
  return (
    <AccountShell current="/shop/customer/account">
      {created ? <Alert kind="success">Thank you for registering with Main Website Store.</Alert> : null}
      {lac && impersonation ? <Alert kind="success">{LAC.loggedInAs(`${shopper.firstName} ${shopper.lastName}`)}</Alert> : null}
      <h1 className="mb-6 text-3xl font-semibold">My Account</h1>
      <h2 className="mb-2 text-xl font-semibold">Account Information</h2>
      <div className="mb-6 grid gap-6 md:grid-cols-2">
        <div className="rounded border p-4">
          <h3 className="font-medium">Contact Information</h3>
          <p>
            {shopper.firstName} {shopper.lastName}
          </p>
          <p>{shopper.email}</p>
          <Link href="/shop/customer/account/edit" className="text-brand underline">
            Edit
          </Link>
        </div>
        <div className="rounded border p-4">
          <h3 className="font-medium">Newsletters</h3>
          <p>{shopper.newsletterSubscribed ? 'You are subscribed to "General Subscription".' : "You aren't subscribed to our newsletter."}</p>
        </div>
      </div>
      <h2 className="mb-2 text-xl font-semibold">Address Book</h2>
      <div className="rounded border p-4">
        <h3 className="font-medium">Default Billing Address</h3>
        {defaultAddress ? <AddressText address={defaultAddress} /> : <p>You have not set a default billing address.</p>}
        <Link href="/shop/customer/account/address" className="text-brand underline">
          Manage Addresses
        </Link>
      </div>
    </AccountShell>
  );
}
