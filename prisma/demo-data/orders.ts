// The demo orders: two for Veronica (one complete, one processing), then generated ones for the
// generated customers, numbered in sequence; the order number sequence is left where they stop.
import type { Db } from "../../lib/db-client";
import type { DemoProducts } from "./catalog";
import { pickWith, type Random } from "./random";

type OrderOptions = { namedIds: number[]; count: number; rand: Random };
type Line = { id: number; price: number; name: string; sku: string; qty: number };

// every demo order ships to the same address, in the customer's name
const DEMO_ADDRESS = {
  street: "6146 Honey Bluff Parkway",
  city: "Calder",
  region: "Michigan",
  postcode: "49628-7978",
  countryId: "US",
  telephone: "(555) 229-3326",
};

/** Places the demo orders; returns the customers found and how many orders were placed. */
export async function seedOrders(db: Db, products: DemoProducts, { namedIds, count, rand }: OrderOptions) {
  const pick = pickWith(rand);
  const customers = await db.customer.findMany({
    select: { id: true, firstName: true, lastName: true, email: true, groupId: true, storeViewId: true },
    orderBy: { id: "asc" },
  });
  let seq = 0;
  const place = async (c: (typeof customers)[number], lines: Line[], createdAt: Date, status: string) => {
    seq += 1;
    const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
    const shipping = lines.reduce((s, l) => s + l.qty, 0) * 500;
    const address = { firstName: c.firstName, lastName: c.lastName, ...DEMO_ADDRESS };
    await db.order.create({
      data: {
        incrementId: String(seq).padStart(9, "0"),
        customerId: c.id,
        storeViewId: c.storeViewId,
        status,
        customerEmail: c.email,
        customerFirstName: c.firstName,
        customerLastName: c.lastName,
        customerGroupId: c.groupId,
        billToName: `${c.firstName} ${c.lastName}`,
        subtotal,
        shippingAmount: shipping,
        grandTotal: subtotal + shipping,
        shippingMethod: "Flat Rate - Fixed",
        paymentMethod: "Check / Money order",
        createdAt,
        updatedAt: createdAt,
        items: { create: lines.map((l) => ({ productId: l.id, sku: l.sku, name: l.name, price: l.price, qty: l.qty, rowTotal: l.price * l.qty })) },
        addresses: {
          create: [
            { type: "billing", ...address },
            { type: "shipping", ...address },
          ],
        },
        comments: { create: [{ comment: "Order placed.", visibleOnFront: false, status, createdAt }] },
      },
    });
  };
  const [roniId] = namedIds;
  const roni = customers.find((c) => c.id === roniId)!;
  await place(roni, [{ ...products["24-MB01"], sku: "24-MB01", qty: 1 }], new Date("2026-03-02T14:00:00Z"), "complete");
  await place(
    roni,
    [
      { ...products["24-UG06"], sku: "24-UG06", qty: 2 },
      { ...products["24-MG04"], sku: "24-MG04", qty: 1 },
    ],
    new Date("2026-06-18T09:30:00Z"),
    "processing",
  );
  const skus = Object.keys(products);
  const pool = customers.filter((c) => !namedIds.includes(c.id));
  for (let i = 0; i < count && pool.length > 0; i++) {
    const c = pool[i % pool.length];
    const sku = pick(skus);
    await place(
      c,
      [{ ...products[sku], sku, qty: 1 + Math.floor(rand() * 3) }],
      new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 300) * 86_400_000),
      pick(["pending", "processing", "complete", "complete", "canceled"]),
    );
  }
  await db.sequence.create({ data: { name: "order", value: seq } });
  return { customers: customers.length, orders: seq };
}
