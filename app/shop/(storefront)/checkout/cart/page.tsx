import type { Metadata } from "next";
import Link from "next/link";
import { getShopper } from "@/lib/auth/shop-session";
import { currentCartView, syncShopperCart } from "@/lib/cart/current";
import { FLAT_RATE_PER_ITEM } from "@/lib/cart/rules";
import { formatMoney } from "@/lib/format";
import { CartTotals } from "@/components/shop/cart-totals";
import { ActionButton, ActionField, ActionForm, SubmitButton } from "@/components/ui/action-form";
import { applyCouponAction, removeCouponAction, removeItemAction, updateQtyAction } from "./actions";

export const metadata: Metadata = { title: "Shopping Cart" };

export default async function CartPage() {
  await syncShopperCart();
  const shopper = await getShopper();
  const cart = await currentCartView(shopper?.groupId ?? null);
  if (!cart || cart.lines.length === 0) {
    return (
      <section>
        <h1 className="mb-6 text-3xl font-semibold">Shopping Cart</h1>
        <p>You have no items in your shopping cart.</p>
        <p className="mt-2">
          <Link href="/shop" className="text-brand underline">
            Continue shopping
          </Link>
        </p>
      </section>
    );
  }
  const blocked = cart.lines.some((l) => l.problem);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Shopping Cart</h1>
      <div className="grid gap-8 md:grid-cols-[1fr_18rem]">
        <div>
          <ul aria-label="Cart items" className="divide-y border-y">
            {cart.lines.map((l) => (
              <li key={l.itemId} className="grid gap-3 py-4 md:grid-cols-[1fr_auto]" aria-label={l.name}>
                <div>
                  <h2 className="font-medium">
                    <Link href={`/shop/product/${l.urlKey}`} className="hover:underline">
                      {l.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-gray-600">SKU {l.sku}</p>
                  <p>Price {formatMoney(l.unitPrice)}</p>
                  <p className="font-semibold">Subtotal {formatMoney(l.rowTotal)}</p>
                  {l.problem ? (
                    <p className="text-sm text-red-700" role="alert">
                      {l.problem}
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-col gap-2">
                  <ActionForm action={updateQtyAction} label={`Update ${l.name}`}>
                    <input type="hidden" name="itemId" value={l.itemId} />
                    <ActionField
                      label={`Qty for ${l.name}`}
                      name="qty"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      defaultValue={String(l.qty)}
                      className="max-w-40"
                    />
                    <SubmitButton variant="secondary">Update Cart</SubmitButton>
                  </ActionForm>
                  <ActionButton action={removeItemAction} label={`Remove ${l.name}`} values={{ itemId: l.itemId }} variant="link">
                    Remove item
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-6 max-w-md">
            {cart.couponCode ? (
              <ActionForm action={removeCouponAction} label="Discount Code">
                <p className="mb-2">
                  Discount code <strong>{cart.couponCode}</strong> is applied.
                </p>
                <SubmitButton variant="secondary">Cancel Coupon</SubmitButton>
              </ActionForm>
            ) : (
              <ActionForm action={applyCouponAction} label="Discount Code">
                <ActionField label="Enter discount code" name="couponCode" autoComplete="off" />
                <SubmitButton variant="secondary">Apply Discount</SubmitButton>
              </ActionForm>
            )}
          </div>
        </div>
        <aside aria-label="Summary" className="h-fit rounded bg-gray-50 p-4">
          <h2 className="mb-3 text-xl font-semibold">Summary</h2>
          <CartTotals totals={cart.totals} className="mb-4" />
          <p className="mb-3 text-sm text-gray-600">Shipping: flat rate {formatMoney(FLAT_RATE_PER_ITEM)} per item, added at checkout.</p>
          <form action="/shop/checkout" method="get">
            <button
              type="submit"
              disabled={blocked}
              className="w-full rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-50"
            >
              Proceed to Checkout
            </button>
          </form>
          {blocked ? <p className="mt-2 text-sm text-red-700">Some of the products are out of stock or not available in the requested quantity.</p> : null}
        </aside>
      </div>
    </section>
  );
}
