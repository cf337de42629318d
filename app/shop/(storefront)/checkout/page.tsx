import type { Metadata } from "next";
import Link from "next/link";
import { getShopper } from "@/lib/auth/shop-session";
import { currentCartView, syncShopperCart } from "@/lib/cart/current";
import { checkoutAddresses } from "@/lib/customers/address-book";
import { formatMoney } from "@/lib/format";
import { CartTotals } from "@/components/shop/cart-totals";
import { CheckoutForm } from "@/components/shop/checkout-form";
import { placeOrderAction } from "./actions";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage() {
  await syncShopperCart();
  const shopper = await getShopper();
  if (!shopper) {
    return (
      <section className="max-w-xl">
        <h1 className="mb-6 text-3xl font-semibold">Checkout</h1>
        <p className="mb-4">Please sign in or create an account to place your order. Your cart is kept.</p>
        <div className="flex gap-4">
          <Link href="/shop/customer/account/login" className="rounded bg-brand px-4 py-2 font-medium text-white">
            Sign In
          </Link>
          <Link href="/shop/customer/account/create" className="rounded border border-gray-400 px-4 py-2 font-medium">
            Create an Account
          </Link>
        </div>
      </section>
    );
  }
  const cart = await currentCartView(shopper.groupId, true);
  if (!cart || cart.lines.length === 0) {
    return (
      <section>
        <h1 className="mb-6 text-3xl font-semibold">Checkout</h1>
        <p>
          You have no items in your shopping cart.{" "}
          <Link href="/shop" className="text-brand underline">
            Continue shopping
          </Link>
        </p>
      </section>
    );
  }
  const { addresses, preselectedId } = await checkoutAddresses(shopper.id);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Checkout</h1>
      <div className="grid gap-8 md:grid-cols-[1fr_20rem]">
        <CheckoutForm
          action={placeOrderAction}
          addresses={addresses}
          defaultAddressId={preselectedId}
          shopperName={{ firstName: shopper.firstName, lastName: shopper.lastName }}
        />
        <aside aria-label="Order Summary" className="h-fit rounded bg-gray-50 p-4">
          <h2 className="mb-3 text-xl font-semibold">Order Summary</h2>
          <ul className="mb-3 text-sm">
            {cart.lines.map((l) => (
              <li key={l.itemId}>
                {l.qty} × {l.name} — {formatMoney(l.rowTotal)}
                {l.problem ? <span className="block text-red-700">{l.problem}</span> : null}
              </li>
            ))}
          </ul>
          <CartTotals totals={cart.totals} subtotalLabel="Cart Subtotal" shippingLabel="Shipping (Flat Rate)" />
        </aside>
      </div>
    </section>
  );
}
