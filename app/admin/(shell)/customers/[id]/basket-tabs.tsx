import type { CustomerForEdit } from "@/lib/customers/queries";
import { formatMoney } from "@/lib/format";

/** Shopping Cart: what the customer has in their cart now. */
export function ShoppingCartTab({ items }: { items: CustomerForEdit["carts"][number]["items"] }) {
  if (items.length === 0) return <p>There are no items in the customer&apos;s shopping cart.</p>;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.id}>
          {i.product.name} ({i.product.sku}) × {i.qty} — {formatMoney(i.product.price)}
        </li>
      ))}
    </ul>
  );
}

/** Wish List: the products the customer saved for later. */
export function WishListTab({ items }: { items: CustomerForEdit["wishlistItems"] }) {
  if (items.length === 0) return <p>The wish list is empty.</p>;
  return (
    <ul>
      {items.map((w) => (
        <li key={w.id}>
          {w.product.name} ({w.product.sku}) — {formatMoney(w.product.price)}
        </li>
      ))}
    </ul>
  );
}
