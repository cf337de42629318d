import "server-only";
import { cookies } from "next/headers";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { GUEST_CART_COOKIE } from "@/lib/auth/cookies";

export { GUEST_CART_COOKIE };

/** Number of items (sum of quantities) in the shopper's active cart, or the guest cart of this browser. */
export async function cartItemCount(customerId: number | null): Promise<number> {
  // one query on every storefront page (plain SQL: a typed read and an aggregate cost several times more)
  let owner: Prisma.Sql;
  if (customerId) owner = Prisma.sql`c."customerId" = ${customerId}`;
  else {
    // a browser without a cart cookie has no cart: nothing to read
    const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
    if (!token) return 0;
    owner = Prisma.sql`c."guestToken" = ${token}`;
  }
  const rows = await db.$queryRaw<{ qty: bigint | number | null }[]>`SELECT SUM(ci."qty") AS "qty" FROM "CartItem" ci
    WHERE ci."cartId" = (SELECT c."id" FROM "Cart" c WHERE ${owner} AND c."isActive" = TRUE LIMIT 1)`;
  return Number(rows[0]?.qty ?? 0);
}
