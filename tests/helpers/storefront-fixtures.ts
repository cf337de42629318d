// Fixtures for the storefront integration tests: each test makes its own customer and products.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";

const uid = () => crypto.randomBytes(5).toString("hex");

export async function scope(db: Db) {
  const view = await db.storeView.findUniqueOrThrow({ where: { code: "default" } });
  const general = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const wholesale = await db.customerGroup.findUniqueOrThrow({ where: { code: "wholesale" } });
  return { storeViewId: view.id, websiteId: view.websiteId, generalId: general.id, wholesaleId: wholesale.id };
}

/** A new customer on the default store view; with `password`, one that can really sign in. */
export async function makeCustomer(db: Db, groupId?: number, opts: { password?: string; firstName?: string; assistanceAllowed?: boolean } = {}) {
  const s = await scope(db);
  const email = `it.${uid()}@example.com`;
  return db.customer.create({
    data: {
      firstName: opts.firstName ?? "Ida",
      lastName: "Test",
      email,
      passwordHash: opts.password ? await hashPassword(opts.password) : "x",
      assistanceAllowed: opts.assistanceAllowed ?? false,
      websiteId: s.websiteId,
      storeViewId: s.storeViewId,
      groupId: groupId ?? s.generalId,
      searchText: email,
    },
  });
}

export async function makeProduct(db: Db, opts: { price?: number; qty?: number; wholesale?: number } = {}) {
  const s = await scope(db);
  const id = uid();
  return db.product.create({
    data: {
      sku: `IT-${id}`,
      name: `Test Product ${id}`,
      urlKey: `test-product-${id}`,
      price: opts.price ?? 1000,
      qty: opts.qty ?? 10,
      websites: { create: [{ websiteId: s.websiteId }] },
      groupPrices: opts.wholesale ? { create: [{ groupId: s.wholesaleId, price: opts.wholesale }] } : undefined,
    },
  });
}

export const ADDRESS = { firstName: "Ida", lastName: "Test", street: "1 Main St", city: "Calder", postcode: "49628", countryId: "US", telephone: "555-0100" };
