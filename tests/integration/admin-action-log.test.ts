// Back-office changes recorded in their own action log groups: the server
// actions called as the browser calls them, with the admin's session and
// headers supplied. Each change writes its entry in the same transaction; a
// refused change writes one failure entry and changes nothing; secrets (new
// passwords, API tokens) never reach the log.
import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, provider } from "../helpers/db";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { hashPassword } from "@/lib/auth/password";
import { toAppConfig } from "@/lib/config/schema";
import type { AdminPrincipal } from "@/lib/acl/can";
import type { ActionState } from "@/lib/actions/state";
import { NO_PERMISSION } from "@/lib/acl/messages";

const request = vi.hoisted(() => ({ admin: null as AdminPrincipal | null, logDown: false }));

vi.mock("@/lib/auth/admin-session", async (importOriginal) => ({ ...(await importOriginal<object>()), getAdmin: async () => request.admin }));
vi.mock("@/lib/config", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  // other test files switch the feature on and off in the shared database
  getConfig: async () => toAppConfig({ "login_as_customer/general/enabled": "1" }),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-lac-client-ip": "198.51.100.23" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/action-log/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/action-log/record")>();
  return {
    ...real,
    recordAction: async (...args: Parameters<typeof real.recordAction>) => {
      if (request.logDown) throw new Error("action log unavailable");
      return real.recordAction(...args);
    },
  };
});

const db = testDb();
const config = await import("@/app/admin/(shell)/config/actions");
const customers = await import("@/app/admin/(shell)/customers/actions");
const roles = await import("@/app/admin/(shell)/system/roles/actions");
const users = await import("@/app/admin/(shell)/system/users/actions");
const tokens = await import("@/app/admin/(shell)/system/users/api-token-actions");

const PASSWORD = "Admin-Log-123!";
const TITLE = "login_as_customer/general/opt_in_title";
const EXP = "login_as_customer/general/authentication_expiration_time";
const uid = () => crypto.randomBytes(4).toString("hex");

type Action = (prev: ActionState, f: FormData) => Promise<ActionState>;
async function run(action: Action, values: Record<string, string | string[]>): Promise<ActionState | "redirected"> {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  try {
    return await action({}, f);
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw e;
  }
}

let admin: AdminPrincipal;
let since: number;
const mine = () => db.actionLog.findMany({ where: { adminUserId: admin.id, id: { gt: since } }, orderBy: { id: "asc" } });

async function makeCustomer(assistanceAllowed: boolean) {
  const website = await db.website.findUniqueOrThrow({ where: { code: "base" }, include: { storeViews: true } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `adm-log.${uid()}@example.com`;
  return db.customer.create({
    data: {
      firstName: "Cora",
      lastName: "Logged",
      email,
      passwordHash: "x",
      websiteId: website.id,
      storeViewId: website.storeViews[0].id,
      groupId: group.id,
      assistanceAllowed,
      searchText: email,
    },
  });
}

describe(`back-office changes in the action log (${provider()})`, () => {
  beforeAll(async () => {
    const role = await db.adminRole.findFirstOrThrow({ where: { name: "Administrators" } });
    const username = `log-admin-${provider()}-${uid()}`;
    const created = await db.adminUser.create({
      data: { username, firstName: "Lena", lastName: "Logger", email: `${username}@example.com`, passwordHash: await hashPassword(PASSWORD), roleId: role.id },
    });
    admin = await loadAdminPrincipalFrom(db, created.id);
  });
  beforeEach(async () => {
    request.admin = admin;
    request.logDown = false;
    since = (await db.actionLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
  });

  it("config save names each changed path with old and new value; an invalid save is one failure entry and saves nothing", async () => {
    const title = `Allow help ${uid()}`;
    expect(await run(config.saveConfigAction, { [TITLE]: title })).toMatchObject({ success: expect.any(String) });
    expect(await run(config.saveConfigAction, { [TITLE]: "Never saved", [EXP]: "abc" })).toMatchObject({ fieldErrors: { [EXP]: expect.any(String) } });
    expect((await db.configValue.findUniqueOrThrow({ where: { path: TITLE } })).value).toBe(title);

    const log = await mine();
    expect(log.map((e) => [e.actionGroup, e.action, e.result])).toEqual([
      ["Configuration", "save", "success"],
      ["Configuration", "save", "failure"],
    ]);
    expect(log[0]).toMatchObject({ username: admin.username, ip: "198.51.100.23", fullActionName: "adminhtml_system_config_save" });
    expect(log[0].details).toContain(`${TITLE}: `);
    expect(log[0].details).toContain(`→ ${title}`);
    expect(JSON.parse(log[0].afterJson ?? "{}")).toEqual({ [TITLE]: title });
    expect(log[1].details).toContain(EXP);
  });

  it("customer save records changed fields, and the consent toggle as its own entry", async () => {
    const c = await makeCustomer(true);
    const r = await run(customers.saveCustomer, {
      customerId: String(c.id),
      firstName: "Corinne",
      lastName: "Logged",
      email: c.email,
      groupId: String(c.groupId),
      newsletter: "0",
      assistanceEditable: "1",
    });
    expect(r).toMatchObject({ success: expect.any(String) });
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ firstName: "Corinne", assistanceAllowed: false });

    const log = await mine();
    expect(log.map((e) => [e.actionGroup, e.action, e.result])).toEqual([
      ["Customers", "save", "success"],
      ["Customers", "allow_remote_assistance", "success"],
    ]);
    expect(log[0]).toMatchObject({ customerId: c.id, fullActionName: "customer_index_save" });
    expect(log[0].details).toBe(`Customer #${c.id}: firstName: Cora → Corinne; assistanceAllowed: true → false`);
    expect(JSON.parse(log[0].beforeJson ?? "{}")).toEqual({ firstName: "Cora", assistanceAllowed: true });
    expect(log[1].details).toBe("Allow remote shopping assistance: Yes → No");
  });

  it("Addresses tab: add, edit and delete a customer's address, each recorded with what changed", async () => {
    const c = await makeCustomer(false);
    const fields = { firstName: "Cora", lastName: "Logged", street: "1 Main St", city: "Calder", postcode: "49628", countryId: "US", telephone: "555-0100" };
    expect(await run(customers.saveCustomerAddress, { customerId: String(c.id), ...fields, city: "" })).toMatchObject({
      fieldErrors: { city: expect.any(String) },
    });
    expect(await db.customerAddress.count({ where: { customerId: c.id } })).toBe(0);
    expect(await run(customers.saveCustomerAddress, { customerId: String(c.id), ...fields })).toMatchObject({ success: "You saved the address." });
    const address = await db.customerAddress.findFirstOrThrow({ where: { customerId: c.id } });
    // the first address becomes both defaults
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ defaultBillingId: address.id, defaultShippingId: address.id });
    expect(
      await run(customers.saveCustomerAddress, {
        customerId: String(c.id),
        addressId: String(address.id),
        ...fields,
        city: "Springfield",
        defaultBilling: "on",
      }),
    ).toMatchObject({ success: expect.any(String) });
    expect((await db.customerAddress.findUniqueOrThrow({ where: { id: address.id } })).city).toBe("Springfield");
    // another customer's address id is refused and changes nothing
    const other = await makeCustomer(false);
    expect(await run(customers.deleteCustomerAddress, { customerId: String(other.id), addressId: String(address.id) })).toMatchObject({
      error: "This address no longer exists.",
    });
    expect(await run(customers.deleteCustomerAddress, { customerId: String(c.id), addressId: String(address.id) })).toMatchObject({
      success: "You deleted the address.",
    });
    expect(await db.customerAddress.count({ where: { customerId: c.id } })).toBe(0);
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ defaultBillingId: null, defaultShippingId: null });

    const log = await mine();
    expect(log.map((e) => [e.action, e.result])).toEqual([
      ["save_address", "failure"],
      ["save_address", "success"],
      ["save_address", "success"],
      ["delete_address", "failure"],
      ["delete_address", "success"],
    ]);
    expect(log[1].details).toBe(`New address for customer #${c.id}: 1 Main St, Calder`);
    expect(log[2].details).toBe(`Address #${address.id} of customer #${c.id}: city: Calder → Springfield`);
    expect(log[4]).toMatchObject({ customerId: c.id, details: `Deleted address #${address.id} of customer #${c.id}: 1 Main St, Springfield` });
  });

  it("when the entry cannot be written, the customer is not saved either", async () => {
    const c = await makeCustomer(false);
    request.logDown = true;
    await expect(
      run(customers.saveCustomer, {
        customerId: String(c.id),
        firstName: "Never",
        lastName: "Saved",
        email: c.email,
        groupId: String(c.groupId),
        newsletter: "1",
      }),
    ).rejects.toThrow("action log unavailable");
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ firstName: "Cora", newsletterSubscribed: false });
  });

  it("role and user saves, a wrong confirmation password, and API tokens: recorded without any secret", async () => {
    const roleName = `Log Role ${uid()}`;
    expect(await run(roles.saveRoleAction, { name: roleName, access: "custom", currentPassword: "wrong", "resources[]": ["customers.all"] })).toMatchObject({
      fieldErrors: { currentPassword: expect.any(String) },
    });
    expect(await run(roles.saveRoleAction, { name: roleName, access: "custom", currentPassword: PASSWORD, "resources[]": ["customers.all"] })).toBe(
      "redirected",
    );
    const role = await db.adminRole.findFirstOrThrow({ where: { name: roleName } });
    const username = `logged-${uid()}`;
    const newPassword = "Brand-New-Pass-9!";
    expect(
      await run(users.saveUserAction, {
        username,
        firstName: "Uma",
        lastName: "User",
        email: `${username}@example.com`,
        password: newPassword,
        passwordConfirmation: newPassword,
        isActive: "1",
        roleId: String(role.id),
        currentPassword: PASSWORD,
      }),
    ).toBe("redirected");
    const user = await db.adminUser.findUniqueOrThrow({ where: { username } });
    // an admin's API tokens are their own, confirmed with their password
    const created = await run(tokens.createApiTokenAction, { name: "CI token", expiresInDays: "90", currentPassword: PASSWORD });
    const token = created !== "redirected" ? created?.data?.token : undefined;
    expect(token).toMatch(/^lac_/);

    const log = await mine();
    expect(log.map((e) => [e.actionGroup, e.action, e.result])).toEqual([
      ["Permissions", "save_role", "failure"],
      ["Permissions", "save_role", "success"],
      ["Permissions", "save_user", "success"],
      ["Permissions", "create_api_token", "success"],
    ]);
    expect(log[0].details).toContain("currentPassword");
    expect(log[1].details).toBe(`Role #${role.id} created: ${roleName}, access Custom, resources: customers, customers.all`);
    expect(log[2].details).toContain(`User #${user.id} created: ${username}`);
    const everything = JSON.stringify(log);
    expect(everything).not.toContain(newPassword);
    expect(everything).not.toContain(user.passwordHash);
    expect(everything).not.toContain(token);
  });

  it("an admin without the resource is refused before anything runs or is recorded", async () => {
    const support = await db.adminRole.findFirstOrThrow({ where: { name: "Support" } });
    const username = `log-support-${uid()}`;
    const u = await db.adminUser.create({
      data: { username, firstName: "S", lastName: "P", email: `${username}@example.com`, passwordHash: "x", roleId: support.id },
    });
    request.admin = await loadAdminPrincipalFrom(db, u.id);
    const refused = await run(config.saveConfigAction, { [TITLE]: "Not allowed" });
    // the permissions message, and nothing else: no success, no field errors
    expect(refused).toMatchObject({ error: NO_PERMISSION });
    expect(refused).not.toHaveProperty("success");
    expect(refused).not.toHaveProperty("fieldErrors");
    expect(await db.actionLog.count({ where: { adminUserId: u.id } })).toBe(0);
  });
});
