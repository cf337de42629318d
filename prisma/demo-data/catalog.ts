// The demo catalog: one Gear category with three children, twelve products (two with a Wholesale
// price, one out of stock) and two coupons.
import type { Db } from "../../lib/db-client";
import type { DemoStores } from "./stores";

export const PRODUCTS: { sku: string; name: string; price: number; qty: number; category: string; wholesale?: number }[] = [
  { sku: "24-MB01", name: "Joust Duffle Bag", price: 3400, qty: 100, category: "bags", wholesale: 3000 },
  { sku: "24-MB04", name: "Strive Shoulder Pack", price: 3200, qty: 100, category: "bags", wholesale: 2800 },
  { sku: "24-MB03", name: "Crown Summit Backpack", price: 3800, qty: 100, category: "bags" },
  { sku: "24-MB05", name: "Wayfarer Messenger Bag", price: 4500, qty: 100, category: "bags" },
  { sku: "24-MB06", name: "Rival Field Messenger", price: 4500, qty: 100, category: "bags" },
  { sku: "24-MB02", name: "Fusion Backpack", price: 5900, qty: 100, category: "bags" },
  { sku: "24-UG06", name: "Affirm Water Bottle", price: 700, qty: 200, category: "fitness-equipment" },
  { sku: "24-UG07", name: "Dual Handle Cardio Ball", price: 1200, qty: 150, category: "fitness-equipment" },
  { sku: "24-UG04", name: "Zing Jump Rope", price: 1200, qty: 150, category: "fitness-equipment" },
  { sku: "24-UG02", name: "Pursuit Lumaflex™ Tone Band", price: 1600, qty: 0, category: "fitness-equipment" },
  { sku: "24-MG04", name: "Aim Analog Watch", price: 4500, qty: 50, category: "watches" },
  { sku: "24-MG01", name: "Endurance Watch", price: 4900, qty: 50, category: "watches" },
];

/** A created product as the orders need it, by SKU. */
export type DemoProducts = Record<string, { id: number; price: number; name: string }>;

export async function seedCatalog(db: Db, stores: DemoStores): Promise<DemoProducts> {
  const gear = await db.category.create({ data: { name: "Gear", urlKey: "gear", position: 0 } });
  const categories: Record<string, number> = {};
  for (const [i, [urlKey, name]] of [
    ["bags", "Bags"],
    ["fitness-equipment", "Fitness Equipment"],
    ["watches", "Watches"],
  ].entries()) {
    categories[urlKey] = (await db.category.create({ data: { name, urlKey, parentId: gear.id, position: i } })).id;
  }
  const productIds: DemoProducts = {};
  for (const [i, p] of PRODUCTS.entries()) {
    const urlKey = p.name
      .toLowerCase()
      .replace(/™/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const created = await db.product.create({
      data: {
        sku: p.sku,
        name: p.name,
        urlKey,
        description: `${p.name}: built for the gym, the trail and the daily commute.`,
        price: p.price,
        qty: p.qty,
        websites: { create: [{ websiteId: stores.websites.main }, { websiteId: stores.websites.second }] },
        categories: { create: [{ categoryId: categories[p.category], position: i }] },
        groupPrices: p.wholesale ? { create: [{ groupId: stores.groups.wholesale, price: p.wholesale }] } : undefined,
      },
    });
    productIds[p.sku] = { id: created.id, price: created.price, name: created.name };
  }
  await db.coupon.createMany({
    data: [
      { code: "WELCOME10", description: "10% off your order", discountType: "percent", amount: 10 },
      { code: "H20", description: "$5 off", discountType: "fixed", amount: 500 },
    ],
  });
  return productIds;
}
