// The back office side of the demo: the three roles, their admin users, the test agents, and the
// feature switched on.
import type { Db } from "../../lib/db-client";
import { isKnownResource, withAncestors, withDescendants } from "../../lib/acl/resources";

// Support and Viewer have nothing under System (users, roles, the logs, the Email Log): those are the Administrators'.
export const SUPPORT_RESOURCES: string[] = ["dashboard", ...withDescendants("sales"), ...withDescendants("customers")];
export const VIEWER_RESOURCES = ["dashboard", ...withAncestors("sales.orders.view"), ...withAncestors("customers.all")];

type HashPassword = (p: string) => Promise<string>;

export async function seedAdminUsers(db: Db, hashPassword: HashPassword, testAgents: number) {
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
      passwordHash: await hashPassword("Admin123!"),
      roleId: adminRole.id,
    },
  });
  await db.adminUser.create({
    data: {
      username: "support",
      firstName: "Sam",
      lastName: "Support",
      email: "support@example.com",
      passwordHash: await hashPassword("Support123!"),
      roleId: supportRole.id,
    },
  });
  await db.adminUser.create({
    data: {
      username: "viewer",
      firstName: "Vic",
      lastName: "Viewer",
      email: "viewer@example.com",
      passwordHash: await hashPassword("Viewer123!"),
      roleId: viewerRole.id,
    },
  });

  // extra Support agents for end-to-end tests (agent1… / Agent123!), so tests that sign out do not disturb each other
  for (let i = 1; i <= testAgents; i++) {
    await db.adminUser.create({
      data: {
        username: `agent${i}`,
        firstName: "Agent",
        lastName: `Number${i}`,
        email: `agent${i}@example.com`,
        passwordHash: await hashPassword("Agent123!"),
        roleId: supportRole.id,
      },
    });
  }
}

/** The feature is on in the demo, so Login as Customer can be tried at once. */
export async function enableLoginAsCustomer(db: Db) {
  await db.configValue.create({ data: { path: "login_as_customer/general/enabled", value: "1" } });
}
