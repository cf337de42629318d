// Reading a cart for the cart page and the checkout.
import type { DbTx } from "@/lib/db-client";
import { finalPrice } from "@/lib/catalog/pricing";
import { cartTotals, stockError, type Totals } from "./rules";

export type CartLine = {
  itemId: number;
  productId: number;
  sku: string;
  name: string;
  urlKey: string;
  unitPrice: number;
  qty: number;
  rowTotal: number;
  stock: number;
  problem: string | null;
};
export type CartView = { id: number; couponCode: string | null; lines: CartLine[]; totals: Totals };

/** The cart as the shopper sees it: lines priced for the customer group, totals, stock problems. */
export async function loadCart(db: DbTx, cartId: number, groupId: number | null, withShipping = false): Promise<CartView | null> {
  const cart = await db.cart.findUnique({
    where: { id: cartId },
    select: {
      id: true,
      couponCode: true,
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          qty: true,
          product: {
            select: {
              id: true,
              sku: true,
              name: true,
              urlKey: true,
              price: true,
              qty: true,
              isActive: true,
              groupPrices: { select: { groupId: true, price: true } },
            },
          },
        },
      },
    },
  });
  if (!cart) return null;
  const lines: CartLine[] = cart.items.map((i) => {
    const unitPrice = finalPrice(i.product, groupId);
    return {
      itemId: i.id,
      productId: i.product.id,
      sku: i.product.sku,
      name: i.product.name,
      urlKey: i.product.urlKey,
      unitPrice,
      qty: i.qty,
      rowTotal: unitPrice * i.qty,
      stock: i.product.qty,
      problem: stockError(i.product.name, i.qty, i.product.isActive ? i.product.qty : 0),
    };
  });
  const coupon = cart.couponCode ? await db.coupon.findUnique({ where: { code: cart.couponCode } }) : null;
  return { id: cart.id, couponCode: coupon?.isActive ? coupon.code : null, lines, totals: cartTotals(lines, coupon, withShipping) };
}
