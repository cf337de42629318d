// The demo data itself, as a function of a client, so tests can seed their own databases. Each part
// lives in prisma/demo-data/; this file runs them in order (stores, back office, catalog, customers,
// orders), and re-exports the lists that tests use.
import type { Db } from "../lib/db-client";
import { enableLoginAsCustomer, seedAdminUsers } from "./demo-data/admin";
import { PRODUCTS, seedCatalog } from "./demo-data/catalog";
import { seedGeneratedCustomers, seedNamedCustomers } from "./demo-data/customers";
import { seedOrders } from "./demo-data/orders";
import { seededRandom } from "./demo-data/random";
import { seedStores } from "./demo-data/stores";

export { SUPPORT_RESOURCES, VIEWER_RESOURCES } from "./demo-data/admin";
export { PRODUCTS } from "./demo-data/catalog";

type Options = { hashPassword: (p: string) => Promise<string>; generatedCustomers?: number; generatedOrders?: number; testAgents?: number };

export async function seedDemoData(db: Db, opts: Options): Promise<{ skipped: boolean; summary: string }> {
  if ((await db.website.count()) > 0) return { skipped: true, summary: "" };
  // one generator for customers and orders in turn, so the data is the same on every machine
  const rand = seededRandom(20261125);

  const stores = await seedStores(db);
  await seedAdminUsers(db, opts.hashPassword, opts.testAgents ?? 0);
  await enableLoginAsCustomer(db);
  const products = await seedCatalog(db, stores);

  const shopperHash = await opts.hashPassword("Shopper123!");
  const namedIds = await seedNamedCustomers(db, stores, products, shopperHash);
  const generated = opts.generatedCustomers ?? 300;
  await seedGeneratedCustomers(db, stores, { shopperHash, generated, rand });

  const placed = await seedOrders(db, products, { namedIds, count: opts.generatedOrders ?? Math.min(200, generated), rand });

  return { skipped: false, summary: `${placed.customers} customers, ${placed.orders} orders, ${PRODUCTS.length} products, 3 admin users` };
}
