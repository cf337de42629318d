// Where the demo shop sells: two websites, their stores and store views, and the customer groups.
import type { Db } from "../../lib/db-client";

export type DemoStores = Awaited<ReturnType<typeof seedStores>>;

export async function seedStores(db: Db) {
  const main = await db.website.create({ data: { code: "base", name: "Main Website", sortOrder: 0 } });
  const second = await db.website.create({ data: { code: "second", name: "Second Website", sortOrder: 1 } });
  const mainStore = await db.store.create({ data: { code: "main_website_store", name: "Main Website Store", websiteId: main.id } });
  const secondStore = await db.store.create({ data: { code: "second_store", name: "Second Store", websiteId: second.id } });
  const defaultView = await db.storeView.create({
    data: { code: "default", name: "Default Store View", storeId: mainStore.id, websiteId: main.id, sortOrder: 0 },
  });
  const frView = await db.storeView.create({
    data: { code: "fr", name: "French Store View", storeId: mainStore.id, websiteId: main.id, sortOrder: 1, locale: "fr_FR" },
  });
  const secondView = await db.storeView.create({
    data: { code: "second", name: "Second Store View", storeId: secondStore.id, websiteId: second.id, sortOrder: 0 },
  });
  await db.store.update({ where: { id: mainStore.id }, data: { defaultStoreViewId: defaultView.id } });
  await db.store.update({ where: { id: secondStore.id }, data: { defaultStoreViewId: secondView.id } });
  await db.website.update({ where: { id: main.id }, data: { defaultStoreId: mainStore.id } });
  await db.website.update({ where: { id: second.id }, data: { defaultStoreId: secondStore.id } });

  const general = await db.customerGroup.create({ data: { code: "general", name: "General" } });
  const wholesale = await db.customerGroup.create({ data: { code: "wholesale", name: "Wholesale" } });
  const retailer = await db.customerGroup.create({ data: { code: "retailer", name: "Retailer" } });

  return {
    websites: { main: main.id, second: second.id },
    views: { default: defaultView.id, fr: frView.id, second: secondView.id },
    groups: { general: general.id, wholesale: wholesale.id, retailer: retailer.id },
  };
}
