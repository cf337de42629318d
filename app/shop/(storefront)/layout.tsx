import Link from "next/link";
import { redirect } from "next/navigation";
import { getShopperContext } from "@/lib/auth/shop-session";
import { LoginAsCustomerBanner } from "@/components/shop/login-as-customer-banner";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { cartItemCount } from "@/lib/cart/count";
import { ShopSignOutButton } from "@/components/shop/shop-sign-out-button";

export const dynamic = "force-dynamic";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const [ctx, storeView] = await Promise.all([getShopperContext(), getCurrentStoreView()]);
  // a Login as Customer session that ended: this tab is signed out on its next request
  if (ctx.endedImpersonation) redirect("/shop/login-as-customer/ended");
  const { shopper, impersonation } = ctx;
  const count = await cartItemCount(shopper?.id ?? null);
  return (
    <div className="min-h-screen">
      {impersonation ? <LoginAsCustomerBanner customerName={impersonation.customerName} websiteName={impersonation.websiteName} /> : null}
      <header className="border-b">
        <div className="bg-gray-100 text-sm">
          <div className="mx-auto flex max-w-6xl items-center justify-end gap-4 px-4 py-2">
            {shopper ? (
              <>
                <span>
                  Welcome, {shopper.firstName} {shopper.lastName}!
                </span>
                <Link className="hover:underline" href="/shop/customer/account">
                  My Account
                </Link>
                <ShopSignOutButton />
              </>
            ) : (
              <>
                <Link className="hover:underline" href="/shop/customer/account/login">
                  Sign In
                </Link>
                <Link className="hover:underline" href="/shop/customer/account/create">
                  Create an Account
                </Link>
              </>
            )}
          </div>
        </div>
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
          <Link href="/shop" className="text-2xl font-bold text-brand">
            {storeView.storeName}
          </Link>
          <Link href="/shop/checkout/cart" className="rounded border px-3 py-2 hover:bg-gray-50">
            Cart ({count} {count === 1 ? "item" : "items"})
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      <footer className="mt-12 border-t py-6 text-center text-sm text-gray-600">
        {storeView.websiteName} · {storeView.name}
      </footer>
    </div>
  );
}
