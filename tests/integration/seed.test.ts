import { describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { verifyPassword } from "@/lib/auth/password";

const db = testDb();

describe(`demo data (${provider()})`, () => {
  it("has the demo admin users with their roles and passwords", async () => {
    const users = await db.adminUser.findMany({
      where: { username: { in: ["admin", "support", "viewer"] } },
      include: { role: true },
      orderBy: { username: "asc" },
    });
    expect(users.map((u) => [u.username, u.role.name])).toEqual([
      ["admin", "Administrators"],
      ["support", "Support"],
      ["viewer", "Viewer"],
    ]);
    const admin = users.find((u) => u.username === "admin")!;
    expect(await verifyPassword("Admin123!", admin.passwordHash)).toBe(true);
    expect(admin.role.allResources).toBe(true);
    const support = await db.adminRole.findUniqueOrThrow({ where: { name: "Support" }, include: { resources: true } });
    const supportResources = support.resources.map((r) => r.resource);
    expect(supportResources).toContain("customers.lac.login");
    expect(supportResources).toContain("customers.lac.log");
    expect(supportResources).not.toContain("stores.config");
    expect(supportResources).not.toContain("system.permissions.roles");
    // the Email Log lists customers' mail across the store: Administrators only
    expect(supportResources).not.toContain("system.email_log");
    const viewer = await db.adminRole.findUniqueOrThrow({ where: { name: "Viewer" }, include: { resources: true } });
    expect(viewer.resources.map((r) => r.resource)).not.toContain("customers.lac.login");
    expect(viewer.resources.map((r) => r.resource)).not.toContain("system.email_log");
  });

  it("has the named customers with their websites, groups and consent", async () => {
    const rows = await db.customer.findMany({
      where: { email: { in: ["roni_cost@example.com", "john.smith@example.com", "marie.dubois@example.com", "sam.second@example.com"] } },
      include: { website: true, group: true, storeView: true, addresses: true, orders: true, carts: { include: { items: true } } },
      orderBy: { id: "asc" },
    });
    const byEmail = Object.fromEntries(rows.map((r) => [r.email, r]));
    const roni = byEmail["roni_cost@example.com"];
    expect([roni.firstName, roni.lastName, roni.website.name, roni.group.name, roni.assistanceAllowed]).toEqual([
      "Veronica",
      "Costello",
      "Main Website",
      "General",
      true,
    ]);
    expect(roni.addresses).toHaveLength(1);
    expect(roni.orders).toHaveLength(2);
    expect(roni.carts.filter((c) => c.isActive)[0].items).toHaveLength(1);
    expect(await verifyPassword("Shopper123!", roni.passwordHash)).toBe(true);
    expect([byEmail["john.smith@example.com"].group.name, byEmail["john.smith@example.com"].assistanceAllowed]).toEqual(["Wholesale", false]);
    expect(byEmail["marie.dubois@example.com"].storeView.name).toBe("French Store View");
    expect(byEmail["sam.second@example.com"].website.name).toBe("Second Website");
  });

  it("sells the Joust Duffle Bag on every website, 34.00 and 30.00 for Wholesale", async () => {
    const bag = await db.product.findUniqueOrThrow({
      where: { sku: "24-MB01" },
      include: { websites: true, groupPrices: { include: { group: true } } },
    });
    expect(bag.name).toBe("Joust Duffle Bag");
    expect(bag.price).toBe(3400);
    expect(bag.websites).toHaveLength(await db.website.count());
    expect(bag.groupPrices.map((g) => [g.group.name, g.price])).toEqual([["Wholesale", 3000]]);
  });

  it("enables Login as Customer in the demo", async () => {
    const row = await db.configValue.findUnique({ where: { path: "login_as_customer/general/enabled" } });
    expect(row?.value).toBe("1");
  });

  it("lets the database refuse a second active cart and a second open session per admin", async () => {
    const customer = await db.customer.findFirstOrThrow({ where: { email: "marie.dubois@example.com" } });
    await db.cart.create({ data: { customerId: customer.id, storeViewId: customer.storeViewId } });
    await expect(db.cart.create({ data: { customerId: customer.id, storeViewId: customer.storeViewId } })).rejects.toThrow();
    await db.cart.deleteMany({ where: { customerId: customer.id } });

    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "viewer" } });
    const base = {
      adminUserId: admin.id,
      adminName: "Vic Viewer",
      adminUsername: "viewer",
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Marie Dubois",
      storeViewId: customer.storeViewId,
      storeViewName: "French Store View",
      websiteName: "Main Website",
    };
    await db.loginAsCustomerSession.create({ data: { ...base, id: "s1-test" } });
    await expect(db.loginAsCustomerSession.create({ data: { ...base, id: "s2-test" } })).rejects.toThrow();
    await db.loginAsCustomerSession.update({ where: { id: "s1-test" }, data: { endedAt: new Date(), endReason: "test" } });
    await db.loginAsCustomerSession.create({ data: { ...base, id: "s2-test" } });
    await db.loginAsCustomerSession.deleteMany({ where: { id: { in: ["s1-test", "s2-test"] } } });
  });
});
