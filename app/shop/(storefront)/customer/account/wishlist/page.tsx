import type { Metadata } from "next";
import Link from "next/link";
import { requireShopper } from "@/lib/auth/shop-session";
import { wishlistItems } from "@/lib/wishlist/wishlist";
import { formatMoney } from "@/lib/format";
import { AccountShell } from "@/components/shop/account-nav";
import { ActionButton } from "@/components/ui/action-form";
import { removeFromWishlistAction, wishlistToCartAction } from "./actions";

export const metadata: Metadata = { title: "My Wish List" };

export default async function WishlistPage() {
  const shopper = await requireShopper();
  const items = await wishlistItems(shopper.id, shopper.groupId);
  return (
    <AccountShell current="/shop/customer/account/wishlist">
      <h1 className="mb-6 text-3xl font-semibold">My Wish List</h1>
      {items.length === 0 ? (
        <p>You have no items in your wish list.</p>
      ) : (
        <ul aria-label="Wish List items" className="grid gap-4 md:grid-cols-3">
          {items.map((item) => (
            <li key={item.itemId} className="rounded border p-4">
              <h2 className="font-medium">
                <Link className="hover:underline" href={`/shop/product/${item.urlKey}`}>
                  {item.name}
                </Link>
              </h2>
              <p className="mb-2 font-semibold">{formatMoney(item.finalPrice)}</p>
              {!item.inStock ? <p className="text-sm text-red-700">Out of stock</p> : null}
              <ActionButton action={wishlistToCartAction} label={`Add ${item.name} to Cart`} values={{ productId: item.productId }} className="mb-2">
                Add to Cart
              </ActionButton>
              <ActionButton action={removeFromWishlistAction} label={`Remove ${item.name}`} values={{ productId: item.productId }} variant="link">
                Remove item
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
    </AccountShell>
  );
}
