import type { Metadata } from "next";
import { getShopperContext, requireShopper } from "@/lib/auth/shop-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { db } from "@/lib/db";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "My Account" };

export default async function AccountDashboard({ searchParams }: { searchParams: Promise<{ created?: string; lac?: string }> }) {
  const shopper = await requireShopper();
  const { impersonation } = await getShopperContext();
  const { created, lac } = await searchParams;
  const defaultAddress = await db.customerAddress.findFirst({
    where: { customerId: shopper.id },
    orderBy: { id: "asc" },
    select: { street: true, city: true, postcode: true, countryId: true, telephone: true },
  });
  return (
    <section>
      {created ? <Alert kind="success">Thank you for registering.</Alert> : null}
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
        </div>
        <div className="rounded border p-4">
          <h3 className="font-medium">Newsletters</h3>
          <p>{shopper.newsletterSubscribed ? 'You are subscribed to "General Subscription".' : "You aren't subscribed to our newsletter."}</p>
        </div>
      </div>
      <h2 className="mb-2 text-xl font-semibold">Address Book</h2>
      <div className="rounded border p-4">
        <h3 className="font-medium">Default Billing Address</h3>
        {defaultAddress ? (
          <address className="not-italic">
            {shopper.firstName} {shopper.lastName}
            <br />
            {defaultAddress.street}
            <br />
            {defaultAddress.city}, {defaultAddress.postcode}
            <br />
            {defaultAddress.countryId}
            <br />T: {defaultAddress.telephone}
          </address>
        ) : (
          <p>You have not set a default billing address.</p>
        )}
      </div>
    </section>
  );
}
