// The demo data itself, as a function of a client, so tests can seed their own databases.
import type { Db } from "../lib/db-client";
import { isKnownResource, withAncestors, withDescendants } from "../lib/acl/resources";

type Options = { hashPassword: (p: string) => Promise<string>; generatedCustomers?: number; generatedOrders?: number; testAgents?: number };

const FIRST = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Elijah",
  "Sophia",
  "Lucas",
  "Mia",
  "Mason",
  "Amelia",
  "Ethan",
  "Harper",
  "Logan",
  "Evelyn",
  "James",
  "Abigail",
  "Aiden",
  "Ella",
  "Jackson",
  "Chloé",
  "Léa",
  "Hugo",
  "Zoë",
  "José",
];
const LAST = [
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Clark",
  "Lewis",
  "O'Brien",
];

/** Small deterministic generator so the demo data is the same on every machine. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const SUPPORT_RESOURCES: string[] = ["dashboard", ...withDescendants("sales"), ...withDescendants("customers")];
export const VIEWER_RESOURCES = ["dashboard", ...withAncestors("sales.orders.view"), ...withAncestors("customers.all")];

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

export async function seedDemoData(db: Db, opts: Options): Promise<{ skipped: boolean; summary: string }> {
  if ((await db.website.count()) > 0) return { skipped: true, summary: "" };
  const rand = rng(20261125);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

  // ---- scopes
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

  // ---- groups
  const general = await db.customerGroup.create({ data: { code: "general", name: "General" } });
  const wholesale = await db.customerGroup.create({ data: { code: "wholesale", name: "Wholesale" } });
  const retailer = await db.customerGroup.create({ data: { code: "retailer", name: "Retailer" } });

  // ---- roles and admin users
  const adminRole = await db.adminRole.create({ data: { name: "Administrators", allResources: true } });
  const supportRole = await db.adminRole.create({
    data: { name: "Support", resources: { create: [...new Set(SUPPORT_RESOURCES)].map((resource) => ({ resource })) } },
  });
  const viewerRole = await db.adminRole.create({
    data: { name: "Viewer", resources: { create: [...new Set(VIEWER_RESOURCES)].map((resource) => ({ resource })) } },
  });
  if (SUPPORT_RESOURCES.some((r) => !isKnownResource(r))) throw new Error("unknown resource in Support role");
  await db.adminUser.create({
    data: {
      username: "admin",
      firstName: "Admin",
      lastName: "User",
      email: "admin@example.com",
      passwordHash: await opts.hashPassword("Admin123!"),
      roleId: adminRole.id,
    },
  });
  await db.adminUser.create({
    data: {
      username: "support",
      firstName: "Sam",
      lastName: "Support",
      email: "support@example.com",
      passwordHash: await opts.hashPassword("Support123!"),
      roleId: supportRole.id,
    },
  });
  await db.adminUser.create({
    data: {
      username: "viewer",
      firstName: "Vic",
      lastName: "Viewer",
      email: "viewer@example.com",
      passwordHash: await opts.hashPassword("Viewer123!"),
      roleId: viewerRole.id,
    },
  });

  // ---- extra Support agents for end-to-end tests (agent1… / Agent123!), so tests that sign out do not disturb each other
  for (let i = 1; i <= (opts.testAgents ?? 0); i++) {
    await db.adminUser.create({
      data: {
        username: `agent${i}`,
        firstName: "Agent",
        lastName: `Number${i}`,
        email: `agent${i}@example.com`,
        passwordHash: await opts.hashPassword("Agent123!"),
        roleId: supportRole.id,
      },
    });
  }

  // ---- configuration: the feature is on in the demo
  await db.configValue.create({ data: { path: "login_as_customer/general/enabled", value: "1" } });

  // ---- catalog
  const gear = await db.category.create({ data: { name: "Gear", urlKey: "gear", position: 0 } });
  const categories: Record<string, number> = {};
  for (const [i, [urlKey, name]] of [
    ["bags", "Bags"],
    ["fitness-equipment", "Fitness Equipment"],
    ["watches", "Watches"],
  ].entries()) {
    categories[urlKey] = (await db.category.create({ data: { name, urlKey, parentId: gear.id, position: i } })).id;
  }
  const productIds: Record<string, { id: number; price: number; name: string }> = {};
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
        websites: { create: [{ websiteId: main.id }, { websiteId: second.id }] },
        categories: { create: [{ categoryId: categories[p.category], position: i }] },
        groupPrices: p.wholesale ? { create: [{ groupId: wholesale.id, price: p.wholesale }] } : undefined,
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

  // ---- named customers
  const shopperHash = await opts.hashPassword("Shopper123!");
  const named = [
    {
      firstName: "Veronica",
      lastName: "Costello",
      email: "roni_cost@example.com",
      websiteId: main.id,
      storeViewId: defaultView.id,
      groupId: general.id,
      assistanceAllowed: true,
    },
    {
      firstName: "John",
      lastName: "Smith",
      email: "john.smith@example.com",
      websiteId: main.id,
      storeViewId: defaultView.id,
      groupId: wholesale.id,
      assistanceAllowed: false,
    },
    {
      firstName: "Marie",
      lastName: "Dubois",
      email: "marie.dubois@example.com",
      websiteId: main.id,
      storeViewId: frView.id,
      groupId: general.id,
      assistanceAllowed: true,
    },
    {
      firstName: "Sam",
      lastName: "Second",
      email: "sam.second@example.com",
      websiteId: second.id,
      storeViewId: secondView.id,
      groupId: general.id,
      assistanceAllowed: true,
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
    data: { customerId: roniId, storeViewId: defaultView.id, items: { create: [{ productId: productIds["24-MB04"].id, qty: 1 }] } },
  });

  // ---- generated customers (one shared password hash: Shopper123!)
  const total = opts.generatedCustomers ?? 300;
  const groups = [general.id, general.id, general.id, wholesale.id, retailer.id];
  const generated = Array.from({ length: total }, (_, i) => {
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
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
      websiteId: onSecond ? second.id : main.id,
      storeViewId: onSecond ? secondView.id : i % 5 === 0 ? frView.id : defaultView.id,
      groupId: pick(groups),
      assistanceAllowed: rand() < 0.6,
      newsletterSubscribed: rand() < 0.3,
      passwordHash: shopperHash,
      searchText: `${firstName} ${lastName} ${email}`.toLowerCase(),
      createdAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86_400_000 + i * 1000),
    };
  });
  for (let i = 0; i < generated.length; i += 500) await db.customer.createMany({ data: generated.slice(i, i + 500) });

  // ---- orders: two for Veronica, then generated ones
  const customers = await db.customer.findMany({
    select: { id: true, firstName: true, lastName: true, email: true, groupId: true, storeViewId: true },
    orderBy: { id: "asc" },
  });
  let seq = 0;
  const place = async (
    c: (typeof customers)[number],
    lines: { id: number; price: number; name: string; sku: string; qty: number }[],
    createdAt: Date,
    status: string,
  ) => {
    seq += 1;
    const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
    const shipping = lines.reduce((s, l) => s + l.qty, 0) * 500;
    const address = {
      firstName: c.firstName,
      lastName: c.lastName,
      street: "6146 Honey Bluff Parkway",
      city: "Calder",
      region: "Michigan",
      postcode: "49628-7978",
      countryId: "US",
      telephone: "(555) 229-3326",
    };
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
  const roni = customers.find((c) => c.id === roniId)!;
  await place(roni, [{ ...productIds["24-MB01"], sku: "24-MB01", qty: 1 }], new Date("2026-03-02T14:00:00Z"), "complete");
  await place(
    roni,
    [
      { ...productIds["24-UG06"], sku: "24-UG06", qty: 2 },
      { ...productIds["24-MG04"], sku: "24-MG04", qty: 1 },
    ],
    new Date("2026-06-18T09:30:00Z"),
    "processing",
  );
  const skus = Object.keys(productIds);
  const orderCount = opts.generatedOrders ?? Math.min(200, total);
  const pool = customers.filter((c) => !namedIds.includes(c.id));
  for (let i = 0; i < orderCount && pool.length > 0; i++) {
    const c = pool[i % pool.length];
    const sku = pick(skus);
    await place(
      c,
      [{ ...productIds[sku], sku, qty: 1 + Math.floor(rand() * 3) }],
      new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 300) * 86_400_000),
      pick(["pending", "processing", "complete", "complete", "canceled"]),
    );
  }
  await db.sequence.create({ data: { name: "order", value: seq } });

  return { skipped: false, summary: `${customers.length} customers, ${seq} orders, ${PRODUCTS.length} products, 3 admin users` };
}
