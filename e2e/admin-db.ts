// Direct access to the e2e server's database, for fixtures the UI tests need
// (e.g. a role with a precise set of resources). Same URL as scripts/e2e-server.mjs.
import crypto from "node:crypto";
import { createPrismaClient, type Db } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";

let client: Db | undefined;
export function e2eDb(): Db {
  client ??= createPrismaClient(process.env.E2E_DATABASE_URL || "file:./data/e2e.db");
  return client;
}

/** A new role with exactly these resources (ancestors included by the caller) and a user holding it. */
export async function createAdminWithResources(resources: string[], password = "Test12345!") {
  const db = e2eDb();
  const id = crypto.randomBytes(4).toString("hex");
  const role = await db.adminRole.create({ data: { name: `e2e role ${id}`, resources: { create: resources.map((resource) => ({ resource })) } } });
  const user = await db.adminUser.create({
    data: { username: `e2e_${id}`, firstName: "E2e", lastName: id, email: `e2e_${id}@example.com`, passwordHash: await hashPassword(password), roleId: role.id },
  });
  return { username: user.username, password, roleId: role.id, userId: user.id };
}
