// The demo customers: four named ones (Veronica with an address and a cart item; John without
// consent; Marie on the French store view; Sam on the second website), then generated ones.
// Veronica, Marie and Sam consent "Until I turn it off" (a grant without an end, SPEC 10.1).
import type { Db } from "../../lib/db-client";
import type { DemoProducts } from "./catalog";
import { FIRST_NAMES, LAST_NAMES, pickWith, type Random } from "./random";
import type { DemoStores } from "./stores";

type CustomerOptions = { shopperHash: string; generated: number; rand: Random };

/** Creates the named customers; returns their ids, Veronica's first. */
export async function seedNamedCustomers(db: Db, stores: DemoStores, products: DemoProducts, shopperHash: string): Promise<number[]> {
  const { websites, views, groups } = stores;
  const named = [
    {
      firstName: "Veronica",
      lastName: "Costello",
      email: "roni_cost@example.com",
      websiteId: websites.main,
      storeViewId: views.default,
      groupId: groups.general,
      assistanceAllowed: true,
      assistanceAllowedUntil: null,
    },
    {
      firstName: "John",
      lastName: "Smith",
      email: "john.smith@example.com",
      websiteId: websites.main,
      storeViewId: views.default,
      groupId: groups.wholesale,
      assistanceAllowed: false,
    },
    {
      firstName: "Marie",
      lastName: "Dubois",
      email: "marie.dubois@example.com",
      websiteId: websites.main,
      storeViewId: views.fr,
      groupId: groups.general,
      assistanceAllowed: true,
      assistanceAllowedUntil: null,
    },
    {
      firstName: "Sam",
      lastName: "Second",
      email: "sam.second@example.com",
      websiteId: websites.second,
      storeViewId: views.second,
      groupId: groups.general,
      assistanceAllowed: true,
      assistanceAllowedUntil: null,
    },
  ];
  const namedIds: number[] = [];
  for (const c of named) {
    const created = await db.customer.create({
      data: {
        ...c,
        passwordHash: shopperHash,
        searchText: `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase(),
        createdAt: new Date("2026-01-15T10:00:00Z"),
      },
    });
    namedIds.push(created.id);
  }
  const [roniId] = namedIds;
  const roniAddress = await db.customerAddress.create({
    data: {
      customerId: roniId,
      firstName: "Veronica",
      lastName: "Costello",
      street: "6146 Honey Bluff Parkway",
      city: "Calder",
      region: "Michigan",
      postcode: "49628-7978",
      countryId: "US",
      telephone: "(555) 229-3326",
    },
  });
  await db.customer.update({ where: { id: roniId }, data: { defaultBillingId: roniAddress.id, defaultShippingId: roniAddress.id } });
  await db.cart.create({
    data: { customerId: roniId, storeViewId: views.default, items: { create: [{ productId: products["24-MB04"].id, qty: 1 }] } },
  });
  return namedIds;
}

/** Generated customers, all with one shared password hash (Shopper123!), written in batches of 500. */
export async function seedGeneratedCustomers(db: Db, stores: DemoStores, { shopperHash, generated: total, rand }: CustomerOptions) {
  const { websites, views, groups: g } = stores;
  const pick = pickWith(rand);
  const groups = [g.general, g.general, g.general, g.wholesale, g.retailer];
  const generated = Array.from({ length: total }, (_, i) => {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const onSecond = i % 7 === 0;
    const email = `${firstName}.${lastName}.${i + 1}@example.com`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/'/g, "");
    return {
      firstName,
      lastName,
      email,
      websiteId: onSecond ? websites.second : websites.main,
      storeViewId: onSecond ? views.second : i % 5 === 0 ? views.fr : views.default,
      groupId: pick(groups),
      assistanceAllowed: rand() < 0.6,
      newsletterSubscribed: rand() < 0.3,
      passwordHash: shopperHash,
      searchText: `${firstName} ${lastName} ${email}`.toLowerCase(),
      createdAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86_400_000 + i * 1000),
    };
  });
  for (let i = 0; i < generated.length; i += 500) await db.customer.createMany({ data: generated.slice(i, i + 500) });
}
