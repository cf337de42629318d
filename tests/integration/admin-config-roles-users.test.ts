import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { saveConfig, CONFIG_INVALID } from "@/lib/config/save";
import { deleteRole, saveRole, normalizeResources, ROLE_IN_USE, ROLE_NAME_TAKEN, ROLE_SELF_LOCKOUT } from "@/lib/admin/roles";
import { deleteUser, saveUser, SELF_DEACTIVATE, SELF_DELETE, USERNAME_TAKEN } from "@/lib/admin/users";
import { END_REASONS } from "@/lib/login-as-customer/end-session";

const db = testDb();
const uid = () => crypto.randomBytes(4).toString("hex");
const EXP = "login_as_customer/general/authentication_expiration_time";
const ENABLED = "login_as_customer/general/enabled";
const TITLE = "login_as_customer/general/opt_in_title";

async function openSession(adminUserId: number, customerId = 1) {
  return db.loginAsCustomerSession.create({
    data: {
      id: crypto.randomUUID(),
      adminUserId,
      adminName: "A",
      adminUsername: "a",
      customerId,
      customerEmail: "e",
      customerName: "n",
      storeViewId: 1,
      storeViewName: "d",
      websiteName: "w",
    },
  });
}

const snapshot = async () => db.configValue.findMany({ orderBy: { path: "asc" }, select: { path: true, value: true } });
let initialConfig: Awaited<ReturnType<typeof snapshot>>;

afterAll(async () => {
  if (!initialConfig) return;
  await db.$transaction(async (tx) => {
    await tx.configValue.deleteMany({});
    for (const row of initialConfig) await tx.configValue.create({ data: row });
  });
});

describe(`configuration save (${provider()})`, () => {
  it("saves nothing when one value is invalid", async () => {
    initialConfig = await snapshot();
    const r = await saveConfig({ [TITLE]: "Changed title", [EXP]: "5" }, () => true, db);
    expect(r).toEqual({ ok: false, error: CONFIG_INVALID, fieldErrors: { [EXP]: "Enter a number from 10 to 3600." } });
    expect(await snapshot()).toEqual(initialConfig);
  });

  it("refuses a section the admin has no resource for, saving nothing", async () => {
    const before = await snapshot();
    const r = await saveConfig({ [TITLE]: "x", "customer/account_share/scope": "0" }, (res) => res === "stores.config.lac", db);
    expect(r.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("saves valid values; disabling the feature ends every open session", async () => {
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const s = await openSession(admin.id);
    const r = await saveConfig({ [ENABLED]: "0", [EXP]: "120" }, () => true, db);
    expect(r).toEqual({ ok: true, endedSessions: expect.any(Number) });
    expect((await db.configValue.findUniqueOrThrow({ where: { path: EXP } })).value).toBe("120");
    const ended = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(ended.endReason).toBe(END_REASONS.featureDisabled);
    await saveConfig({ [ENABLED]: "1" }, () => true, db);
  });
});

describe(`roles (${provider()})`, () => {
  it("stores a ticked leaf with its ancestors and drops unknown resources", () => {
    expect(normalizeResources(["customers.lac.log", "nope", "customers.lac.log"])).toEqual(["customers", "customers.lac", "customers.lac.log"]);
  });

  it("creates a custom role, refuses a duplicate name", async () => {
    const name = `Log only ${uid()}`;
    const r = await saveRole({ name, allResources: false, resources: ["customers.lac.log"] }, db);
    expect(r.ok).toBe(true);
    const stored = await db.adminRoleResource.findMany({ where: { roleId: r.ok ? r.roleId : 0 }, select: { resource: true } });
    expect(stored.map((x) => x.resource).sort()).toEqual(["customers", "customers.lac", "customers.lac.log"]);
    expect(await saveRole({ name, allResources: true, resources: [] }, db)).toEqual({ ok: false, error: ROLE_NAME_TAKEN, field: "name" });
  });

  it("refuses to remove User Roles / All Users from the saving admin's own role", async () => {
    const r = await saveRole({ name: `Mine ${uid()}`, allResources: true, resources: [] }, db);
    if (!r.ok) throw new Error(r.error);
    expect(await saveRole({ roleId: r.roleId, name: `Mine ${uid()}`, allResources: false, resources: ["dashboard"], actingRoleId: r.roleId }, db)).toEqual({
      ok: false,
      error: ROLE_SELF_LOCKOUT,
      field: "resources",
    });
    expect((await db.adminRole.findUniqueOrThrow({ where: { id: r.roleId } })).allResources).toBe(true);
    expect(
      await saveRole(
        {
          roleId: r.roleId,
          name: `Mine ${uid()}`,
          allResources: false,
          resources: ["system.permissions.roles", "system.permissions.users"],
          actingRoleId: r.roleId,
        },
        db,
      ),
    ).toMatchObject({ ok: true });
    await deleteRole(r.roleId, db);
  });

  it("ends the sessions of the role's admins when it loses Allow Login as Customer", async () => {
    const r = await saveRole({ name: `Agents ${uid()}`, allResources: false, resources: ["customers.lac.login"] }, db);
    if (!r.ok) throw new Error(r.error);
    const role = await db.adminRole.findUniqueOrThrow({ where: { id: r.roleId } });
    const user = await db.adminUser.create({
      data: { username: `agent${uid()}`, firstName: "A", lastName: "G", email: `agent${uid()}@example.com`, passwordHash: "x", roleId: role.id },
    });
    const s = await openSession(user.id);
    // a save that keeps the resource ends nothing
    expect(await saveRole({ roleId: role.id, name: role.name, allResources: false, resources: ["customers.lac.login", "dashboard"] }, db)).toMatchObject({
      ok: true,
      endedSessions: 0,
    });
    expect(await saveRole({ roleId: role.id, name: role.name, allResources: false, resources: ["dashboard"] }, db)).toMatchObject({
      ok: true,
      endedSessions: 1,
    });
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } })).endReason).toBe(END_REASONS.permissionRevoked);
    // deleting is refused while a user holds the role
    expect(await deleteRole(role.id, db)).toEqual({ ok: false, error: ROLE_IN_USE });
    await db.adminUser.delete({ where: { id: user.id } });
    expect(await deleteRole(role.id, db)).toEqual({ ok: true });
  });
});

describe(`admin users (${provider()})`, () => {
  it("creates a user, refuses a taken user name, deactivation bumps sessionVersion and ends sessions", async () => {
    const role = await db.adminRole.findUniqueOrThrow({ where: { name: "Support" } });
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const username = `u${uid()}`;
    const input = { username, firstName: "U", lastName: "S", email: `${username}@example.com`, passwordHash: "hash", isActive: true, roleId: role.id };
    const created = await saveUser(input, admin.id, db);
    if (!created.ok) throw new Error(created.error);
    expect(await saveUser({ ...input, email: `other${username}@example.com` }, admin.id, db)).toMatchObject({ ok: false, error: USERNAME_TAKEN });
    const s = await openSession(created.userId);
    const before = await db.adminUser.findUniqueOrThrow({ where: { id: created.userId } });
    expect(await saveUser({ ...input, userId: created.userId, passwordHash: undefined, isActive: false }, admin.id, db)).toMatchObject({
      ok: true,
      endedSessions: 1,
    });
    const after = await db.adminUser.findUniqueOrThrow({ where: { id: created.userId } });
    expect(after.isActive).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).toBe("hash");
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } })).endReason).toBe(END_REASONS.adminDeactivated);
    expect(await deleteUser(created.userId, admin.id, db)).toEqual({ ok: true });
  });

  it("moving a user to a role without Allow Login as Customer ends their sessions", async () => {
    const [support, viewer] = await Promise.all([
      db.adminRole.findUniqueOrThrow({ where: { name: "Support" } }),
      db.adminRole.findUniqueOrThrow({ where: { name: "Viewer" } }),
    ]);
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const username = `m${uid()}`;
    const input = { username, firstName: "M", lastName: "V", email: `${username}@example.com`, passwordHash: "h", isActive: true, roleId: support.id };
    const created = await saveUser(input, admin.id, db);
    if (!created.ok) throw new Error(created.error);
    const s = await openSession(created.userId);
    expect(await saveUser({ ...input, userId: created.userId, roleId: viewer.id }, admin.id, db)).toMatchObject({ ok: true, endedSessions: 1 });
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: s.id } })).endReason).toBe(END_REASONS.permissionRevoked);
    await deleteUser(created.userId, admin.id, db);
  });

  it("an admin cannot deactivate or delete themselves", async () => {
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const r = await saveUser(
      { userId: admin.id, username: "admin", firstName: admin.firstName, lastName: admin.lastName, email: admin.email, isActive: false, roleId: admin.roleId },
      admin.id,
      db,
    );
    expect(r).toEqual({ ok: false, error: SELF_DEACTIVATE, field: "isActive" });
    expect(await deleteUser(admin.id, admin.id, db)).toEqual({ ok: false, error: SELF_DELETE });
    expect((await db.adminUser.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);
  });
});
