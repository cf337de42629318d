import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { guardAdmin, runAdminAction } from "@/lib/actions/guard";
import { NO_PERMISSION, SIGNED_OUT } from "@/lib/acl/messages";
import { formDataToObject } from "@/lib/validation/form-data";
import type { AdminActionContext } from "@/lib/actions/guard";
import { noAudit } from "@/lib/action-log/audit";
import type { Db } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import type { ResourceId } from "@/lib/acl/resources";
import { SUPPORT_RESOURCES, VIEWER_RESOURCES } from "@/prisma/demo-data";

const principal = (resources: readonly string[], allResources = false): AdminPrincipal => ({
  id: 7,
  username: "x",
  firstName: "X",
  lastName: "Y",
  roleId: 1,
  roleName: "R",
  allResources,
  resources: new Set(resources),
});

const administrator = principal([], true);
const support = principal(SUPPORT_RESOURCES);
const viewer = principal(VIEWER_RESOURCES);

// resource → [administrator, support, viewer] expected access
const MATRIX: Record<string, [boolean, boolean, boolean]> = {
  dashboard: [true, true, true],
  "sales.orders": [true, true, true],
  "sales.orders.view": [true, true, true],
  "customers.all": [true, true, true],
  "customers.edit": [true, true, false],
  "customers.delete": [true, true, false],
  "customers.assistance": [true, true, false],
  "customers.lac.login": [true, true, false],
  "customers.lac.log": [true, true, false],
  "stores.config": [true, false, false],
  "stores.config.lac": [true, false, false],
  "stores.config.customer": [true, false, false],
  "system.permissions.roles": [true, false, false],
  "system.permissions.users": [true, false, false],
  "system.action_logs.report": [true, false, false],
};

describe("guardAdmin: the ACL decision of every action and route handler", () => {
  for (const [resource, [a, s, v]] of Object.entries(MATRIX) as [ResourceId, boolean[]][]) {
    it(`${resource}: Administrators ${a}, Support ${s}, Viewer ${v}`, () => {
      expect(guardAdmin(administrator, resource).ok).toBe(a);
      expect(guardAdmin(support, resource).ok).toBe(s);
      expect(guardAdmin(viewer, resource).ok).toBe(v);
    });
  }

  it("answers 401 when signed out and 403 with the message without the resource", () => {
    expect(guardAdmin(null, "dashboard")).toEqual({ ok: false, status: 401, error: SIGNED_OUT });
    expect(guardAdmin(viewer, "stores.config.lac")).toEqual({ ok: false, status: 403, error: NO_PERMISSION });
    expect(NO_PERMISSION).toBe("Sorry, you need permissions to view this content.");
  });

  it("requires every resource of a list", () => {
    expect(guardAdmin(principal(["customers.edit"]), ["customers.edit", "customers.assistance"]).ok).toBe(false);
    expect(guardAdmin(principal(["customers.edit", "customers.assistance"]), ["customers.edit", "customers.assistance"]).ok).toBe(true);
  });
});

describe("runAdminAction", () => {
  // the handlers here touch no database: an empty stand-in shows nothing reaches for it
  const services = { db: {} as Db, audit: noAudit };
  const schema = z.object({ name: z.string().min(1, "Name is required."), "tags[]": z.array(z.string()).default([]) });
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };

  it("does not run the handler without the resource, and says why", async () => {
    const fn = vi.fn(async () => ({ success: "ran" }));
    expect(await runAdminAction(viewer, "stores.config.lac", schema, fn, form([["name", "x"]]), services)).toEqual({ error: NO_PERMISSION });
    expect(await runAdminAction(null, "dashboard", schema, fn, form([["name", "x"]]), services)).toEqual({ error: SIGNED_OUT });
    expect(fn).not.toHaveBeenCalled();
  });

  it("returns field errors for bad input without running the handler", async () => {
    const fn = vi.fn(async () => ({ success: "ran" }));
    const r = await runAdminAction(administrator, "dashboard", schema, fn, form([["name", ""]]), services);
    expect(r?.fieldErrors).toEqual({ name: "Name is required." });
    expect(fn).not.toHaveBeenCalled();
  });

  it("runs the handler with parsed input and the admin", async () => {
    const fn = vi.fn(async (input: { name: string; "tags[]": string[] }, { admin }: AdminActionContext) => ({
      success: `${input.name}:${input["tags[]"].join(",")}:${admin.id}`,
    }));
    const r = await runAdminAction(
      support,
      "customers.edit",
      schema,
      fn,
      form([
        ["name", "n"],
        ["tags[]", "a"],
        ["tags[]", "b"],
        ["$ACTION_ID_x", ""],
      ]),
      services,
    );
    expect(r).toEqual({ success: "n:a,b:7" });
  });

  it("formDataToObject keeps the first value of a single field and all values of a [] field", () => {
    expect(
      formDataToObject(
        form([
          ["a", "1"],
          ["a", "2"],
          ["b[]", "x"],
          ["b[]", "y"],
        ]),
      ),
    ).toEqual({ a: "1", "b[]": ["x", "y"] });
  });
});
