import Link from "next/link";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { cartItemCount } from "@/lib/cart/count";
import { ShopSignOutButton } from "@/components/shop/shop-sign-out-button";

export const dynamic = "force-dynamic";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  const count = await cartItemCount(shopper?.id ?? null);
  return (
    <div className="min-h-screen">
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
