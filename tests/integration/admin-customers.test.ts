import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { SCAN_THRESHOLD, countCustomerMatches, parseCustomerGridParams, queryCustomerGrid } from "@/lib/customers/queries";
import { COUNT_CAP } from "@/lib/grid/count";
import { deleteCustomerByAdmin, updateCustomerByAdmin } from "@/lib/customers/mutations";
import { LAC } from "@/lib/login-as-customer/messages";
import { END_REASONS } from "@/lib/login-as-customer/end-session";

const db = testDb();
const tag = `zq${crypto.randomBytes(3).toString("hex")}`; // unique keyword for this run's rows
const ids: number[] = [];
let website2: number;

beforeAll(async () => {
  const [general, wholesale] = await Promise.all([
    db.customerGroup.findUniqueOrThrow({ where: { code: "general" } }),
    db.customerGroup.findUniqueOrThrow({ where: { code: "wholesale" } }),
  ]);
  const views = await db.storeView.findMany({ orderBy: { id: "asc" } });
  website2 = views.find((v) => v.code === "second")!.websiteId;
  const rows = [
    { first: "Alice", last: "Zephyr", group: general.id, view: views[0], consent: true, at: "2025-03-01T10:00:00Z" },
    { first: "Bob", last: "Zephyr", group: wholesale.id, view: views[0], consent: false, at: "2025-03-02T10:00:00Z" },
    { first: "Carol", last: "Yarrow", group: general.id, view: views.find((v) => v.code === "second")!, consent: true, at: "2025-03-03T10:00:00Z" },
    { first: "Dan", last: "Xylo", group: wholesale.id, view: views[0], consent: true, at: "2025-03-04T10:00:00Z" },
    { first: "Eve", last: "Zephyr", group: general.id, view: views[0], consent: false, at: "2025-03-05T10:00:00Z" },
  ];
  for (const r of rows) {
    const email = `${tag}.${r.first}.${r.last}@example.com`.toLowerCase();
    const c = await db.customer.create({
      data: {
        firstName: r.first,
        lastName: r.last,
        email,
        passwordHash: "x",
        websiteId: r.view.websiteId,
        storeViewId: r.view.id,
        groupId: r.group,
        assistanceAllowed: r.consent,
        createdAt: new Date(r.at),
        searchText: `${r.first} ${r.last} ${email}`.toLowerCase(),
      },
    });
    ids.push(c.id);
  }
});

afterAll(async () => {
  await db.customer.deleteMany({ where: { id: { in: ids } } });
});

const grid = (sp: Record<string, string>) => queryCustomerGrid(parseCustomerGridParams({ f_email: tag, ...sp }), db);

describe(`customer grid query (${provider()})`, () => {
  it("finds this run's customers by keyword (email prefix), with names, groups and websites", async () => {
    const r = await queryCustomerGrid(parseCustomerGridParams({ q: tag }), db);
    expect(r.total).toBe(5);
    expect(r.totalCapped).toBe(false);
    expect(r.rows.map((x) => x.id)).toEqual([...ids].reverse());
    const carol = r.rows.find((x) => x.name === "Carol Yarrow")!;
    expect(carol).toMatchObject({ group: "General", website: "Second Website", assistance: true });
  });

  it("keyword matches a first-name prefix and a last-name prefix (case-insensitive)", async () => {
    const first = await grid({ q: "CAROL" });
    expect(first.rows.map((x) => x.name)).toEqual(["Carol Yarrow"]);
    const last = await grid({ q: "zeph" });
    expect(last.rows.map((x) => x.name).sort()).toEqual(["Alice Zephyr", "Bob Zephyr", "Eve Zephyr"]);
  });

  it("filters by id range, name, group, website, dates and consent", async () => {
    expect((await grid({ f_idFrom: String(ids[1]), f_idTo: String(ids[3]) })).rows.map((x) => x.id).sort()).toEqual(ids.slice(1, 4).sort());
    expect((await grid({ f_name: "Yarrow" })).rows.map((x) => x.name)).toEqual(["Carol Yarrow"]);
    const wholesale = await db.customerGroup.findUniqueOrThrow({ where: { code: "wholesale" } });
    expect((await grid({ f_group: String(wholesale.id) })).rows.map((x) => x.name).sort()).toEqual(["Bob Zephyr", "Dan Xylo"]);
    expect((await grid({ f_website: String(website2) })).rows.map((x) => x.name)).toEqual(["Carol Yarrow"]);
    expect((await grid({ f_sinceFrom: "2025-03-02", f_sinceTo: "2025-03-03" })).rows.map((x) => x.name).sort()).toEqual(["Bob Zephyr", "Carol Yarrow"]);
    expect((await grid({ f_assistance: "0" })).rows.map((x) => x.name).sort()).toEqual(["Bob Zephyr", "Eve Zephyr"]);
  });

  it("sorts on each column and pages", async () => {
    expect((await grid({ sort: "name", dir: "asc" })).rows.map((x) => x.name)).toEqual([
      "Dan Xylo",
      "Carol Yarrow",
      "Alice Zephyr",
      "Bob Zephyr",
      "Eve Zephyr",
    ]);
    expect((await grid({ sort: "createdAt", dir: "desc" })).rows[0].name).toBe("Eve Zephyr");
    expect((await grid({ sort: "email", dir: "asc" })).rows[0].name).toBe("Alice Zephyr");
    expect((await grid({ sort: "assistance", dir: "asc" })).rows.slice(0, 2).map((x) => x.assistance)).toEqual([false, false]);
    for (const sort of ["group", "website", "id"]) expect((await grid({ sort, dir: "asc" })).rows).toHaveLength(5);
    // page size 20 with 5 rows: one page; page 2 of a large result set
    const all = await queryCustomerGrid(parseCustomerGridParams({ size: "20", page: "2", sort: "id", dir: "asc" }), db);
    const first = await queryCustomerGrid(parseCustomerGridParams({ size: "20", sort: "id", dir: "asc" }), db);
    expect(first.hasNext).toBe(true);
    expect(all.rows[0].id).toBeGreaterThan(first.rows[19].id);
  });

  it("injection attempts return no error and no extra rows", async () => {
    for (const sp of [
      { q: "' OR '1'='1" },
      { q: "%" },
      { q: "_" },
      { f_name: "' OR 1=1 --" },
      { f_email: `${tag}' OR '1'='1` },
      { f_idFrom: "1 OR 1=1" },
      { sort: "id; DROP TABLE Customer" },
    ]) {
      const r = await queryCustomerGrid(parseCustomerGridParams(sp), db);
      if ("q" in sp || "f_name" in sp || "f_email" in sp) expect(r.total).toBe(0);
    }
    expect(await db.customer.count({ where: { id: { in: ids } } })).toBe(5);
  });
});

describe(`customer grid with many matches (${provider()})`, () => {
  // over SCAN_THRESHOLD matches the page comes from walking the sort index: same rows, same order, capped total
  const dense = `zd${crypto.randomBytes(3).toString("hex")}`;
  const n = SCAN_THRESHOLD + 60;
  beforeAll(async () => {
    const [general, view] = await Promise.all([
      db.customerGroup.findUniqueOrThrow({ where: { code: "general" } }),
      db.storeView.findUniqueOrThrow({ where: { code: "default" } }),
    ]);
    const base = new Date("2024-06-01T00:00:00Z").getTime();
    await db.customer.createMany({
      data: Array.from({ length: n }, (_, i) => {
        const email = `${dense}.${i}@example.com`;
        return {
          firstName: "Dense",
          lastName: `Many${i % 7}`,
          email,
          passwordHash: "x",
          websiteId: view.websiteId,
          storeViewId: view.id,
          groupId: general.id,
          assistanceAllowed: i % 3 === 0,
          createdAt: new Date(base + ((i * 7919) % n) * 3_600_000),
          searchText: `dense many${i % 7} ${email}`,
        };
      }),
    });
  });
  afterAll(async () => {
    await db.customer.deleteMany({ where: { email: { startsWith: dense } } });
  });

  it("pages through them in the grid's order, with the count capped", async () => {
    const expected = await db.customer.findMany({
      where: { email: { startsWith: dense } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected).toHaveLength(n);
    const page1 = await queryCustomerGrid(parseCustomerGridParams({ q: dense, sort: "createdAt", dir: "desc", size: "50" }), db);
    const page3 = await queryCustomerGrid(parseCustomerGridParams({ q: dense, sort: "createdAt", dir: "desc", size: "50", page: "3" }), db);
    expect(page1.rows.map((r) => r.id)).toEqual(expected.slice(0, 50).map((r) => r.id));
    expect(page3.rows.map((r) => r.id)).toEqual(expected.slice(100, 150).map((r) => r.id));
    expect([page1.total, page1.totalCapped, page1.hasNext]).toEqual([COUNT_CAP, true, true]);
    expect([page3.total, page3.totalCapped]).toEqual([100 + COUNT_CAP, true]);
    // once the cap (skip + 1,000) is above the matches they are counted exactly
    const skip = Math.ceil((n - COUNT_CAP) / 50) * 50;
    const late = await queryCustomerGrid(parseCustomerGridParams({ q: dense, sort: "createdAt", dir: "desc", size: "50", page: String(skip / 50 + 1) }), db);
    expect(late.rows.map((r) => r.id)).toEqual(expected.slice(skip, skip + 50).map((r) => r.id));
    expect([late.total, late.totalCapped]).toEqual([n, false]);
  });

  it("counts exactly what the filters keep (dates, consent, id range) in SQL on this database", async () => {
    const where = { email: { startsWith: dense } };
    const consenting = await db.customer.count({ where: { ...where, assistanceAllowed: true } });
    expect(await countCustomerMatches(db, parseCustomerGridParams({ q: dense, f_assistance: "1" }), 100_000)).toBe(consenting);
    const day = await db.customer.count({ where: { ...where, createdAt: { gte: new Date("2024-06-01T00:00:00Z"), lt: new Date("2024-06-02T00:00:00Z") } } });
    expect(day).toBeGreaterThan(0);
    expect(day).toBeLessThan(n);
    expect(await countCustomerMatches(db, parseCustomerGridParams({ q: dense, f_sinceFrom: "2024-06-01", f_sinceTo: "2024-06-01" }), 100_000)).toBe(day);
    const few = await queryCustomerGrid(
      parseCustomerGridParams({ q: dense, f_sinceFrom: "2024-06-01", f_sinceTo: "2024-06-01", f_assistance: "0", sort: "name", dir: "asc" }),
      db,
    );
    expect(few.total).toBe(
      await db.customer.count({
        where: { ...where, assistanceAllowed: false, createdAt: { gte: new Date("2024-06-01T00:00:00Z"), lt: new Date("2024-06-02T00:00:00Z") } },
      }),
    );
    const many3 = await db.customer.count({ where: { ...where, lastName: "Many3" } });
    expect(await countCustomerMatches(db, parseCustomerGridParams({ f_name: "dense many3", f_email: dense }), 100_000)).toBe(many3);
    // a keyword and a name: the keyword's prefixes are counted apart, the name holds in each
    expect(await countCustomerMatches(db, parseCustomerGridParams({ q: dense, f_name: "dense many3" }), 100_000)).toBe(many3);
    expect(await countCustomerMatches(db, parseCustomerGridParams({ q: dense }), 100_000)).toBe(n);
    expect(await countCustomerMatches(db, parseCustomerGridParams({ q: dense }), 500)).toBe(500);
  });

  it("counts once a customer whom two of the keyword's prefixes find (first name and email)", async () => {
    const view = await db.storeView.findUniqueOrThrow({ where: { code: "default" } });
    const twice = `zt${crypto.randomBytes(3).toString("hex")}`;
    await db.customer.createMany({
      data: [1, 2, 3].map((i) => ({
        firstName: twice,
        lastName: "Both",
        email: `${twice}.${i}@example.com`,
        passwordHash: "x",
        websiteId: view.websiteId,
        storeViewId: view.id,
        groupId: 1,
        searchText: `${twice} both ${twice}.${i}@example.com`,
      })),
    });
    try {
      expect(await countCustomerMatches(db, parseCustomerGridParams({ q: twice }), 100_000)).toBe(3);
      expect((await queryCustomerGrid(parseCustomerGridParams({ q: twice }), db)).total).toBe(3);
    } finally {
      await db.customer.deleteMany({ where: { email: { startsWith: twice } } });
    }
  });
});

describe(`customer edit by an admin (${provider()})`, () => {
  const base = () => ({ firstName: "Bob", lastName: "Zephyr", email: `${tag}.bob.zephyr@example.com`, groupId: 1, newsletter: false });

  it("refuses a consent change without the resource and changes nothing", async () => {
    const id = ids[1]; // consent no
    const r = await updateCustomerByAdmin(
      { customerId: id, canChangeAssistance: false, shareAccountsPerWebsite: true },
      { ...base(), firstName: "Robert", assistanceAllowed: true },
      db,
    );
    expect(r).toEqual({ ok: false, error: LAC.noPermissionOptIn, field: "assistanceAllowed" });
    const after = await db.customer.findUniqueOrThrow({ where: { id } });
    expect(after.assistanceAllowed).toBe(false);
    expect(after.firstName).toBe("Bob");
  });

  it("saves other fields without the resource when consent is untouched, and updates searchText", async () => {
    const id = ids[1];
    const r = await updateCustomerByAdmin({ customerId: id, canChangeAssistance: false, shareAccountsPerWebsite: true }, { ...base(), firstName: "Bobby" }, db);
    expect(r).toEqual({ ok: true });
    const after = await db.customer.findUniqueOrThrow({ where: { id } });
    expect(after.searchText.startsWith("bobby zephyr")).toBe(true);
  });

  it("turning consent off ends the customer's open sessions", async () => {
    const id = ids[0]; // consent yes
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "support" } });
    const session = await db.loginAsCustomerSession.create({
      data: {
        id: crypto.randomUUID(),
        adminUserId: admin.id,
        adminName: "S",
        adminUsername: "support",
        customerId: id,
        customerEmail: "e",
        customerName: "n",
        storeViewId: 1,
        storeViewName: "d",
        websiteName: "w",
      },
    });
    const r = await updateCustomerByAdmin(
      { customerId: id, canChangeAssistance: true, shareAccountsPerWebsite: true },
      { firstName: "Alice", lastName: "Zephyr", email: `${tag}.alice.zephyr@example.com`, groupId: 1, newsletter: false, assistanceAllowed: false },
      db,
    );
    expect(r).toEqual({ ok: true });
    const ended = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endReason).toBe(END_REASONS.consentWithdrawn);
  });

  it("refuses an email another customer of the website uses", async () => {
    const r = await updateCustomerByAdmin(
      { customerId: ids[4], canChangeAssistance: true, shareAccountsPerWebsite: true },
      { ...base(), email: `${tag}.dan.xylo@example.com` },
      db,
    );
    expect(r).toMatchObject({ ok: false, field: "email" });
  });

  it("deletes a customer", async () => {
    const extra = await db.customer.create({
      data: { firstName: "Del", lastName: "Me", email: `${tag}.del@example.com`, passwordHash: "x", websiteId: 1, storeViewId: 1, groupId: 1 },
    });
    expect(await deleteCustomerByAdmin(extra.id, db)).toEqual({ ok: true });
    expect(await db.customer.findUnique({ where: { id: extra.id } })).toBeNull();
    expect(await deleteCustomerByAdmin(extra.id, db)).toMatchObject({ ok: false });
  });
});
