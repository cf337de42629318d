import type { Metadata } from "next";
import Link from "next/link";
import { requireShopper } from "@/lib/auth/shop-session";
import { db } from "@/lib/db";
import { finalPrice } from "@/lib/catalog/pricing";
import { formatMoney } from "@/lib/format";
import { AccountShell } from "@/components/shop/account-nav";
import { ActionForm, SubmitButton } from "@/components/shop/action-form";
import { removeFromWishlistAction, wishlistToCartAction } from "./actions";

export const metadata: Metadata = { title: "My Wish List" };

export default async function WishlistPage() {
  const shopper = await requireShopper();
  const items = await db.wishlistItem.findMany({
    where: { customerId: shopper.id },
    orderBy: { id: "asc" },
    select: {
      id: true,
      product: { select: { id: true, name: true, urlKey: true, price: true, qty: true, groupPrices: { select: { groupId: true, price: true } } } },
    },
  });
  return (
    <AccountShell current="/shop/customer/account/wishlist">
      <h1 className="mb-6 text-3xl font-semibold">My Wish List</h1>
      {items.length === 0 ? (
        <p>You have no items in your wish list.</p>
      ) : (
        <ul aria-label="Wish List items" className="grid gap-4 md:grid-cols-3">
          {items.map(({ id, product }) => (
            <li key={id} className="rounded border p-4">
              <h2 className="font-medium">
                <Link className="hover:underline" href={`/shop/product/${product.urlKey}`}>
                  {product.name}
                </Link>
              </h2>
              <p className="mb-2 font-semibold">{formatMoney(finalPrice(product, shopper.groupId))}</p>
              {product.qty <= 0 ? <p className="text-sm text-red-700">Out of stock</p> : null}
              <ActionForm action={wishlistToCartAction} label={`Add ${product.name} to Cart`} className="mb-2">
                <input type="hidden" name="productId" value={product.id} />
                <SubmitButton>Add to Cart</SubmitButton>
              </ActionForm>
              <ActionForm action={removeFromWishlistAction} label={`Remove ${product.name}`}>
                <input type="hidden" name="productId" value={product.id} />
                <SubmitButton variant="link">Remove item</SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </AccountShell>
  );
}
