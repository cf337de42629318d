import { describe, expect, it } from "vitest";
import { ALL_RESOURCE_IDS, withAncestors, withDescendants } from "@/lib/acl/resources";
import { can } from "@/lib/acl/can";
import { ADMIN_NAV, visibleNav } from "@/lib/admin/navigation";
import type { AdminPrincipal } from "@/lib/acl/can";

const principal = (resources: string[], allResources = false): AdminPrincipal => ({
  id: 1,
  username: "x",
  firstName: "X",
  lastName: "Y",
  roleId: 1,
  roleName: "R",
  allResources,
  resources: new Set(resources),
});

describe("ACL resource tree", () => {
  it("has every resource the roles, the menu and the Login as Customer feature rely on", () => {
    for (const id of [
      "dashboard",
      "sales.orders.view",
      "customers.edit",
      "customers.delete",
      "customers.assistance",
      "customers.lac.login",
      "customers.lac.log",
      "stores.config.lac",
      "stores.config.customer",
      "system.permissions.users",
      "system.permissions.roles",
      "system.action_logs.report",
      "system.email_log",
    ]) {
      expect(ALL_RESOURCE_IDS).toContain(id);
    }
  });

  it("ticking a parent ticks its children, a leaf brings its ancestors", () => {
    expect(withDescendants("customers.lac")).toEqual(["customers.lac", "customers.lac.login", "customers.lac.log", "customers.lac.assist"]);
    expect(withAncestors("customers.lac.log")).toEqual(["customers.lac.log", "customers.lac", "customers"]);
  });

  it("can() allows only the role's resources, or everything for All", () => {
    const support = principal(["customers.all", "customers.lac.login"]);
    expect(can(support, "customers.lac.login")).toBe(true);
    expect(can(support, "stores.config")).toBe(false);
    expect(can(principal([], true), "stores.config")).toBe(true);
    expect(can(null, "dashboard")).toBe(false);
  });

  it("navigation shows only allowed entries, and the log only while the feature is on", () => {
    const logOnly = principal(["customers.lac.log"]);
    expect(visibleNav(logOnly, true).map((e) => e.label)).toEqual(["Login as Customer Log"]);
    expect(visibleNav(logOnly, false)).toEqual([]);
    expect(visibleNav(principal([], true), true).map((e) => e.label)).toEqual(ADMIN_NAV.map((e) => e.label));
  });
});
