import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";

import { GUEST_CART_COOKIE } from "@/lib/auth/cookies";

export { GUEST_CART_COOKIE };

/** Number of items (sum of quantities) in the shopper's active cart, or the guest cart of this browser. */
export async function cartItemCount(customerId: number | null): Promise<number> {
  const where = customerId ? { customerId, isActive: true } : { guestToken: (await cookies()).get(GUEST_CART_COOKIE)?.value ?? "-", isActive: true };
  const cart = await db.cart.findFirst({ where, select: { id: true } });
  if (!cart) return 0;
  const sum = await db.cartItem.aggregate({ where: { cartId: cart.id }, _sum: { qty: true } });
  return sum._sum.qty ?? 0;
}
