import type { Metadata } from "next";
import { RedeemLoginAsCustomer } from "@/components/shop/redeem-login-as-customer";

export const metadata: Metadata = { title: "Login as Customer", robots: { index: false } };
export const dynamic = "force-dynamic";

// The admin's new tab lands here with #secret=… (a fragment: never sent to a server);
// the secret is taken out of the address bar at once and redeemed by a POST to the
// shopper realm (next-auth).
export default function LoginAsCustomerPage() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <RedeemLoginAsCustomer />
    </main>
  );
}
