// Customer edit query, and the customer grid's names for the files that import them
// from here (the grid itself: grid-spec.ts, grid-query.ts; groups and websites: lookups.ts).
import "server-only";
import { db as appDb } from "@/lib/db";

export { CUSTOMER_GRID_SPEC, CUSTOMER_SORTS, parseCustomerGridParams } from "./grid-spec";
export type { CustomerGridParams, CustomerGridResult, CustomerGridRow, CustomerSort, Lookup } from "./grid-spec";
export { SCAN_THRESHOLD, countCustomerMatches, queryCustomerGrid, type PrefixPlan } from "./grid-query";
export { customerLookups } from "./lookups";

export async function customerForEdit(id: number, client = appDb) {
  return client.customer.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      websiteId: true,
      storeViewId: true,
      groupId: true,
      assistanceAllowed: true,
      assistanceAllowedUntil: true,
      newsletterSubscribed: true,
      dob: true,
      gender: true,
      createdAt: true,
      updatedAt: true,
      defaultBillingId: true,
      defaultShippingId: true,
      website: { select: { name: true } },
      storeView: { select: { name: true } },
      group: { select: { name: true } },
      addresses: { orderBy: { id: "asc" } },
      orders: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, incrementId: true, createdAt: true, billToName: true, grandTotal: true, status: true, storeView: { select: { name: true } } },
      },
      carts: {
        where: { isActive: true },
        take: 1,
        select: { items: { select: { id: true, qty: true, product: { select: { sku: true, name: true, price: true } } } } },
      },
      wishlistItems: { select: { id: true, createdAt: true, product: { select: { sku: true, name: true, price: true } } } },
    },
  });
}
export type CustomerForEdit = NonNullable<Awaited<ReturnType<typeof customerForEdit>>>;
