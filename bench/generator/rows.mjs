// One generated row of each table (customers, orders, action log), as a list of values in the order
// of its columns, from a seeded generator so every run makes the same data; and the ids of the seeded
// websites, store views, groups and product the rows point to.
import { ACTIONS, FIRST, GROUPS, LAST, STATUSES, USERS } from "./vocabulary.mjs";

const cap = (s) => s[0].toUpperCase() + s.slice(1);
export const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

export function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The seeded rows every generated row refers to, read from the database (query: sql, params → rows). */
export async function scopeIds(query) {
  const one = async (sql, params = []) => (await query(sql, params))[0];
  return {
    main: (await one(`SELECT id FROM "Website" WHERE code = 'base'`)).id,
    second: (await one(`SELECT id FROM "Website" WHERE code = 'second'`)).id,
    defaultView: (await one(`SELECT id FROM "StoreView" WHERE code = 'default'`)).id,
    secondView: (await one(`SELECT id FROM "StoreView" WHERE code = 'second'`)).id,
    groups: (await query(`SELECT id FROM "CustomerGroup" ORDER BY id`)).map((r) => r.id),
    hash: (await one(`SELECT "passwordHash" FROM "Customer" ORDER BY id LIMIT 1`)).passwordHash,
    product: await one(`SELECT id, sku, name, price FROM "Product" WHERE sku = '24-MB01'`),
  };
}

export const CUSTOMER_COLS = [
  "websiteId",
  "storeViewId",
  "groupId",
  "firstName",
  "lastName",
  "email",
  "passwordHash",
  "assistanceAllowed",
  "newsletterSubscribed",
  "searchText",
  "createdAt",
  "updatedAt",
];
export const ACTION_COLS = [
  "createdAt",
  "actionGroup",
  "action",
  "fullActionName",
  "result",
  "errorMessage",
  "username",
  "adminUserId",
  "customerId",
  "storeViewId",
  "ip",
  "details",
];
export const ORDER_COLS = [
  "incrementId",
  "customerId",
  "storeViewId",
  "status",
  "customerEmail",
  "customerFirstName",
  "customerLastName",
  "billToName",
  "subtotal",
  "shippingAmount",
  "grandTotal",
  "shippingMethod",
  "paymentMethod",
  "createdAt",
  "updatedAt",
];

export function customerRow(i, rand, ids) {
  const f = FIRST[Math.floor(rand() * FIRST.length)];
  const l = LAST[Math.floor(rand() * LAST.length)];
  const email = `${f}.${l}.${i}@example.com`;
  const onSecond = i % 7 === 0;
  const created = START + Math.floor(rand() * 1000 * DAY);
  return [
    onSecond ? ids.second : ids.main,
    onSecond ? ids.secondView : ids.defaultView,
    ids.groups[Math.floor(rand() * ids.groups.length)],
    cap(f),
    cap(l),
    email,
    ids.hash,
    rand() < 0.6 ? 1 : 0,
    rand() < 0.3 ? 1 : 0,
    `${f} ${l} ${email}`,
    iso(created),
    iso(created),
  ];
}

export function orderRow(i, rand, ids, maxCustomer, seqStart) {
  const c = 1 + Math.floor(rand() * maxCustomer);
  const qty = 1 + (i % 3);
  const at = iso(START + Math.floor(rand() * 1000 * DAY));
  const p = ids.product;
  return [
    String(seqStart + i + 1).padStart(9, "0"),
    c,
    ids.defaultView,
    STATUSES[i % 4],
    `customer${c}@example.com`,
    "Bench",
    `Customer${c}`,
    `Bench Customer${c}`,
    p.price * qty,
    500 * qty,
    p.price * qty + 500 * qty,
    "Flat Rate - Fixed",
    "Check / Money order",
    at,
    at,
  ];
}

export function actionRow(i, rand, maxCustomer) {
  const action = ACTIONS[Math.floor(rand() * ACTIONS.length)];
  const ok = rand() < 0.95;
  const customerId = 1 + Math.floor(rand() * maxCustomer);
  return [
    iso(Date.UTC(2025, 0, 1) + Math.floor(rand() * 690 * DAY) + (i % 1000)),
    GROUPS[Math.floor(rand() * GROUPS.length)],
    action,
    `loginascustomer_${action}`,
    ok ? "success" : "failure",
    ok ? null : "Simulated failure",
    USERS[Math.floor(rand() * USERS.length)],
    1,
    customerId,
    1,
    `10.0.${(i >> 8) & 255}.${i & 255}`,
    `${action} for customer ${customerId}`,
  ];
}
