import Link from "next/link";
import { getLiveAssistance, getShopperContext } from "@/lib/auth/shop-session";
import { AssistanceNotice } from "@/components/shop/assistance-notice";
import { LoginAsCustomerBanner } from "@/components/shop/login-as-customer-banner";
import { getConfig } from "@/lib/config";
import { getCurrentStoreView, listStoreViews } from "@/lib/store/store-view";
import { cartItemCount } from "@/lib/cart/count";
import { syncShopperCart } from "@/lib/cart/current";
import { listNavCategories } from "@/lib/catalog/queries";
import { ShopSignOutButton } from "@/components/shop/shop-sign-out-button";
import { StoreViewSwitcher } from "@/components/shop/store-view-switcher";
import { closeLoginAsCustomerSession } from "../login-as-customer/actions";
import { switchStoreViewAction } from "./store/actions";
import { endAssistanceAction } from "./customer/account/assistance/actions";

export const dynamic = "force-dynamic";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  // (getShopperContext signs the tab out when its Login as Customer session has ended)
  // (getLiveAssistance: one indexed lookup for a customer signed in on their own, none for guests)
  const [ctx, live, storeView, views, categories, config] = await Promise.all([
    getShopperContext(),
    getLiveAssistance(),
    getCurrentStoreView(),
    listStoreViews(),
    listNavCategories(),
    getConfig(),
  ]);
  const { shopper, impersonation } = ctx;
  // first request after a normal sign-in: the browser's guest cart joins the customer's cart
  // (never during Login as Customer: the customer's own cart is the one in use)
  if (!impersonation) await syncShopperCart();
  const count = await cartItemCount(shopper?.id ?? null);
  const switcherViews = views.map((v) => ({
    code: v.code,
    name: v.name,
    websiteName: v.website.name,
    disabled: Boolean(shopper && config.shareAccountsPerWebsite && v.websiteId !== shopper.websiteId),
  }));
  return (
    <div className="min-h-screen">
      {impersonation ? (
        <LoginAsCustomerBanner
          customerName={impersonation.customerName}
          websiteName={impersonation.websiteName}
          viewOnly={impersonation.access === "view"}
          endsInMs={impersonation.endsInMs}
          closeSession={closeLoginAsCustomerSession}
        />
      ) : null}
      {shopper && !impersonation ? <AssistanceNotice staffName={live?.staffName ?? null} endAssistance={endAssistanceAction} /> : null}
      <header className="border-b">
        <div className="bg-gray-100 text-sm">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-2">
            <StoreViewSwitcher action={switchStoreViewAction} views={switcherViews} current={storeView.code} />
            <div className="flex items-center gap-4">
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
        </div>
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
          <Link href="/shop" className="text-2xl font-bold text-brand">
            {storeView.storeName}
          </Link>
          <Link href="/shop/checkout/cart" className="rounded border px-3 py-2 hover:bg-gray-50">
            Cart ({count} {count === 1 ? "item" : "items"})
          </Link>
        </div>
        <nav aria-label="Categories" className="mx-auto max-w-6xl px-4 pb-3">
          <ul className="flex gap-6">
            {categories.map((c) => (
              <li key={c.id}>
                <Link className="font-medium hover:underline" href={`/shop/category/${c.urlKey}`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      <footer className="mt-12 border-t py-6 text-center text-sm text-gray-600">
        {storeView.websiteName} · {storeView.name}
      </footer>
    </div>
  );
}
