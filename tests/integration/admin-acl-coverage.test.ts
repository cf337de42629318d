// ACL coverage (issue 8, item 1). The admin server actions, route handlers and
// pages are found in the code, not in a hand-kept list: every export of every
// "use server" module under app/admin, every HTTP method of every
// app/api/admin/**/route.ts, every app/admin/(shell)/**/page.tsx. Each action
// and handler is called as an admin whose role has every resource but the one
// it needs, and signed out: it must refuse (the permissions message / 403, the
// signed-out message / 401) and leave the rows it would change as they were.
// An export this file does not know how to call fails the test.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AdminPrincipal } from "@/lib/acl/can";
import { isKnownResource, withDescendants } from "@/lib/acl/resources";
import { ADMIN_NAV } from "@/lib/admin/navigation";
import { NO_PERMISSION, SIGNED_OUT } from "@/lib/acl/messages";
import type { ActionState } from "@/lib/actions/state";
import { createApiToken } from "@/lib/auth/api-tokens";
import { LAC } from "@/lib/login-as-customer/messages";
import { testDb, provider } from "../helpers/db";
import { principalWith, principalWithout } from "../helpers/admin";
import { toFormData } from "../helpers/form-data";
import { checksum, isNavigationSignal } from "../helpers/outcome";
import { isServerActionModule, readSource, sourceFiles } from "../helpers/source-files";
import { makeCustomer } from "../helpers/storefront-fixtures";

const state = vi.hoisted(() => ({
  admin: null as AdminPrincipal | null,
  // every function adminAction() / adminRoute() built, with the resources it was given
  built: new Map<unknown, readonly string[]>(),
  // every function adminCommand() built (called with a plain argument, not a FormData)
  commands: new Map<unknown, readonly string[]>(),
}));

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("@/lib/auth/admin-session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/admin-session")>()),
  getAdmin: async () => state.admin,
}));
// Other test files toggle the feature on the shared database: pin it on here, so a refusal is the ACL's.
vi.mock("@/lib/config", async (importOriginal) => {
  const orig = await importOriginal<typeof import("@/lib/config")>();
  const pinned = async () => ({ ...(await orig.loadConfig()), loginAsCustomerEnabled: true });
  return { ...orig, loadConfig: pinned, getConfig: pinned };
});
vi.mock("@/lib/actions/admin-action", async (importOriginal) => {
  const orig = await importOriginal<typeof import("@/lib/actions/admin-action")>();
  return {
    ...orig,
    adminAction: ((resource, schema, fn, options) => {
      const action = orig.adminAction(resource, schema, fn, options);
      state.built.set(action, typeof resource === "string" ? [resource] : resource);
      return action;
    }) as typeof orig.adminAction,
    adminCommand: ((resource, schema, fn, options) => {
      const command = orig.adminCommand(resource, schema, fn, options);
      state.commands.set(command, typeof resource === "string" ? [resource] : resource);
      return command;
    }) as typeof orig.adminCommand,
  };
});
vi.mock("@/lib/http/admin-route", async (importOriginal) => {
  const orig = await importOriginal<typeof import("@/lib/http/admin-route")>();
  return {
    ...orig,
    adminRoute: ((resource, handler) => {
      const route = orig.adminRoute(resource, handler);
      state.built.set(route, typeof resource === "string" ? [resource] : resource);
      return route;
    }) as typeof orig.adminRoute,
  };
});

const db = testDb();
const uid = () => crypto.randomBytes(4).toString("hex");
const TOOLTIP = "login_as_customer/general/opt_in_tooltip";

type Fixtures = Awaited<ReturnType<typeof makeFixtures>>;

async function makeFixtures() {
  const id = uid();
  const role = await db.adminRole.create({ data: { name: `ACL probe ${id}`, allResources: false, resources: { create: [{ resource: "dashboard" }] } } });
  const target = await db.adminUser.create({
    data: { username: `acl_${id}`, firstName: "Acl", lastName: "Target", email: `acl.${id}@example.com`, passwordHash: "x", roleId: role.id },
  });
  // the acting admin: a real row, so domain code that loads the admin (Login as Customer) finds one
  const actor = await db.adminUser.create({
    data: { username: `acl_actor_${id}`, firstName: "Acl", lastName: "Actor", email: `acl.actor.${id}@example.com`, passwordHash: "x", roleId: role.id },
  });
  const customer = await makeCustomer(db);
  await db.customer.update({ where: { id: customer.id }, data: { assistanceAllowed: true } });
  const token = await createApiToken(db, target.id, "acl probe");
  const session = await db.loginAsCustomerSession.create({
    data: {
      id: crypto.randomUUID(),
      adminUserId: target.id,
      adminName: "Acl Target",
      adminUsername: target.username,
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Ida Test",
      storeViewId: customer.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
    },
  });
  return { id, role, target, actor, customer, token, session };
}

/** The rows an admin action or handler could change, all of them the fixtures' own (plus one config value). */
const owned = (f: Fixtures) => ({
  role: () => db.adminRole.findUnique({ where: { id: f.role.id }, include: { resources: { orderBy: { resource: "asc" } } } }),
  roles: () => db.adminRole.count({ where: { name: { contains: f.id } } }),
  users: () => db.adminUser.findMany({ where: { id: { in: [f.target.id, f.actor.id] } }, orderBy: { id: "asc" } }),
  newUsers: () => db.adminUser.count({ where: { username: { contains: f.id } } }),
  // lastUsedAt: a valid token is stamped when used, refused or not
  tokens: () => db.adminApiToken.findMany({ where: { adminUserId: { in: [f.target.id, f.actor.id] } }, orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
  customer: () => db.customer.findUnique({ where: { id: f.customer.id } }),
  addresses: () => db.customerAddress.findMany({ where: { customerId: f.customer.id }, orderBy: { id: "asc" } }),
  newCustomers: () => db.customer.count({ where: { email: { contains: f.id } } }),
  sessions: () =>
    db.loginAsCustomerSession.findMany({
      where: { OR: [{ customerId: f.customer.id }, { adminUserId: { in: [f.target.id, f.actor.id] } }] },
      orderBy: { id: "asc" },
    }),
  secrets: () => db.loginAsCustomerSecret.findMany({ where: { customerId: f.customer.id }, orderBy: { id: "asc" } }),
  config: () => db.configValue.findUnique({ where: { path: TOOLTIP } }),
});

/**
 * How to call each admin action with input that would change the fixtures if it ran.
 * adminAction() exports get a FormData; adminCommand() exports a plain argument (ARGS).
 */
const FORMS: Record<string, (f: Fixtures) => Record<string, string | string[]>> = {
  "config/actions.ts#saveConfigAction": () => ({ [TOOLTIP]: `ACL probe ${uid()}` }),
  "customers/actions.ts#saveCustomer": (f) => ({
    customerId: String(f.customer.id),
    firstName: "Changed",
    lastName: "ByProbe",
    email: f.customer.email,
    groupId: String(f.customer.groupId),
    assistanceEditable: "1",
  }),
  "customers/actions.ts#createCustomerAction": (f) => ({
    firstName: "New",
    lastName: "Probe",
    email: `new.${f.id}@example.com`,
    groupId: String(f.customer.groupId),
    websiteId: String(f.customer.websiteId),
  }),
  "customers/actions.ts#deleteCustomer": (f) => ({ customerId: String(f.customer.id) }),
  "customers/actions.ts#resetPassword": (f) => ({ customerId: String(f.customer.id) }),
  "customers/actions.ts#saveCustomerAddress": (f) => ({
    customerId: String(f.customer.id),
    firstName: "Probe",
    lastName: "Address",
    street: "1 Probe St",
    city: "Calder",
    postcode: "49628",
    countryId: "US",
    telephone: "555-0100",
    defaultBilling: "on",
  }),
  "customers/actions.ts#deleteCustomerAddress": (f) => ({ customerId: String(f.customer.id), addressId: "1" }),
  "system/users/actions.ts#saveUserAction": (f) => ({
    userId: String(f.target.id),
    username: f.target.username,
    firstName: "Changed",
    lastName: "ByProbe",
    email: f.target.email,
    password: "",
    passwordConfirmation: "",
    isActive: "0",
    roleId: String(f.role.id),
    currentPassword: "Admin123!",
  }),
  "system/users/actions.ts#deleteUserAction": (f) => ({ userId: String(f.target.id) }),
  "system/users/api-token-actions.ts#createApiTokenAction": () => ({ name: "probe", expiresInDays: "90", currentPassword: "Admin123!" }),
  "system/users/api-token-actions.ts#revokeApiTokenAction": (f) => ({ tokenId: String(f.token.id) }),
  "system/roles/actions.ts#saveRoleAction": (f) => ({
    roleId: String(f.role.id),
    name: `ACL probe ${f.id} changed`,
    currentPassword: "Admin123!",
    access: "all",
  }),
  "system/roles/actions.ts#deleteRoleAction": (f) => ({ roleId: String(f.role.id), currentPassword: "Admin123!" }),
};
type Refusals = { forbidden: string; signedOut: string };
/** How to call each adminCommand() export with an argument that would change the fixtures if it ran. */
const ARGS: Record<string, (f: Fixtures) => unknown> = {
  "customers/login-as-customer-log/actions.ts#endSessionFromLog": (f) => f.session.id,
  "login-as-customer/actions.ts#loginAsCustomerButtonInfo": (f) => f.customer.id,
  "login-as-customer/actions.ts#startLoginAsCustomerAction": (f) => ({ customerId: f.customer.id }),
};
/** Refusals in a feature's own words instead of the permissions message. */
const REFUSALS: Record<string, Refusals> = {
  // the Login as Customer button answers in the feature's own words
  "login-as-customer/actions.ts#loginAsCustomerButtonInfo": { forbidden: LAC.notAllowed, signedOut: LAC.notAllowed },
  "login-as-customer/actions.ts#startLoginAsCustomerAction": { forbidden: LAC.notAllowed, signedOut: LAC.notAllowed },
};

/** Resources an adminAction checks inside its handler, beyond the wrapper's (config sections are guarded one by one). */
const ALSO_NEEDS: Record<string, string[]> = { "config/actions.ts#saveConfigAction": ["stores.config.lac"] };

/** What a refusal looks like for each calling convention. */
function refusalOf(result: unknown): string | undefined {
  const r = result as { error?: unknown } | null;
  return typeof r?.error === "string" ? r.error : undefined;
}

const ADMIN_ACTION_MODULES = sourceFiles("app/admin", /\.(ts|tsx)$/).filter((f) => isServerActionModule(readSource(f)));
const ADMIN_ROUTES = sourceFiles("app/api/admin", /^route\.ts$/);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Entry = { key: string; resources: readonly string[]; call: (f: Fixtures) => Promise<unknown>; refusal?: Refusals };

async function enumerateActions(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const file of ADMIN_ACTION_MODULES) {
    const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
    const short = file.replace(/^app\/admin\/\(shell\)\//, "");
    for (const [name, value] of Object.entries(mod)) {
      const key = `${short}#${name}`;
      if (typeof value !== "function") throw new Error(`${key}: a "use server" module exports a non-function`);
      const built = state.built.get(value);
      if (built) {
        const form = FORMS[key];
        if (!form) throw new Error(`${key} is an adminAction with no sample form in FORMS: add one so its refusal is checked`);
        entries.push({
          key,
          resources: [...built, ...(ALSO_NEEDS[key] ?? [])],
          call: (f) => (value as (s: ActionState, d: FormData) => Promise<ActionState>)({}, toFormData(form(f))),
        });
      } else if (state.commands.has(value)) {
        const arg = ARGS[key];
        if (!arg) throw new Error(`${key} is an adminCommand with no sample argument in ARGS: add one so its refusal is checked`);
        entries.push({ key, resources: state.commands.get(value)!, call: (f) => (value as (a: unknown) => Promise<unknown>)(arg(f)), refusal: REFUSALS[key] });
      } else {
        throw new Error(`${key} is not built with adminAction() or adminCommand(): it cannot be checked`);
      }
    }
  }
  return entries;
}

describe(`ACL coverage of admin actions, route handlers and pages (${provider()})`, () => {
  let f: Fixtures;
  let entries: Entry[];
  beforeAll(async () => {
    f = await makeFixtures();
    entries = await enumerateActions();
  });
  afterAll(async () => {
    state.admin = null;
  });

  it("finds the admin server actions and route handlers in the code", () => {
    expect(ADMIN_ACTION_MODULES.length).toBeGreaterThanOrEqual(6);
    expect(entries.length).toBeGreaterThanOrEqual(14);
    // a declared form or call for an export that no longer exists is a stale entry
    const keys = new Set(entries.map((e) => e.key));
    expect([...Object.keys(FORMS), ...Object.keys(ARGS), ...Object.keys(REFUSALS)].filter((k) => !keys.has(k))).toEqual([]);
    expect(ADMIN_ROUTES.length).toBeGreaterThanOrEqual(3);
    // no server action outside the two products, and no inline "use server" function anywhere in app/
    for (const file of sourceFiles(".", /\.(ts|tsx)$/).filter((p) => /^(app|lib|components)\//.test(p))) {
      const src = readSource(file);
      if (!src.includes("use server")) continue;
      expect(isServerActionModule(src), `${file}: "use server" below the top of the file (an inline action this test cannot enumerate)`).toBe(true);
      expect(file, `${file}: server actions live under app/admin or app/shop`).toMatch(/^app\/(admin|shop)\//);
    }
    console.info(`ACL coverage: ${entries.length} admin actions in ${ADMIN_ACTION_MODULES.length} modules; ${ADMIN_ROUTES.length} route files`);
  });

  it("every admin action refuses an admin without its resource, and a signed-out caller, changing nothing", async () => {
    const failures: string[] = [];
    for (const entry of entries) {
      // adminAction([], …) would let every signed-in admin through
      if (entry.resources.length === 0) failures.push(`${entry.key}: no resource required`);
      for (const r of entry.resources) expect(isKnownResource(r), `${entry.key}: unknown resource ${r}`).toBe(true);
      const cases: [string, AdminPrincipal | null, string][] = [
        ...entry.resources.map((r): [string, AdminPrincipal, string] => [
          `without ${r}`,
          principalWithout([r], f.actor.id),
          entry.refusal?.forbidden ?? NO_PERMISSION,
        ]),
        ["signed out", null, entry.refusal?.signedOut ?? SIGNED_OUT],
      ];
      for (const [label, admin, expected] of cases) {
        state.admin = admin;
        const before = await checksum(owned(f));
        let result: unknown;
        try {
          result = await entry.call(f);
        } catch (e) {
          failures.push(`${entry.key} ${label}: threw ${isNavigationSignal(e) ? "a redirect (it ran)" : String(e)}`);
          continue;
        }
        const error = refusalOf(result);
        if (error !== expected) failures.push(`${entry.key} ${label}: expected "${expected}", got ${JSON.stringify(result)}`);
        if ((await checksum(owned(f))) !== before) failures.push(`${entry.key} ${label}: the database changed`);
      }
    }
    state.admin = null;
    expect(failures).toEqual([]);
  });

  it("every admin route handler answers 403 without its resource and 401 signed out, changing nothing", async () => {
    // handlers not built with adminRoute(): their request and resources, declared here
    const DECLARED: Record<string, { resources: string[]; auth: "session" | "token"; request: (f: Fixtures) => Request }> = {
      "login-as-customer#POST": {
        resources: ["customers.lac.login"],
        auth: "token",
        request: (fx) =>
          new Request("http://localhost/api/admin/login-as-customer", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ customerId: fx.customer.id }),
          }),
      },
    };
    const SAMPLE: Record<string, (f: Fixtures) => Request> = {
      "customers#GET": () => new Request("http://localhost/api/admin/customers?q=ida"),
      "action-logs/export#GET": () => new Request("http://localhost/api/admin/action-logs/export?f_group=x"),
    };
    const { NextRequest } = await import("next/server");
    const failures: string[] = [];
    let handlers = 0;
    for (const file of ADMIN_ROUTES) {
      const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
      const short = file.replace(/^app\/api\/admin\//, "").replace(/\/route\.ts$/, "");
      for (const method of HTTP_METHODS) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        if (!handler) continue;
        handlers++;
        const key = `${short}#${method}`;
        const built = state.built.get(handler);
        const declared = DECLARED[key];
        if (!built && !declared) throw new Error(`${key}: not built with adminRoute() and not declared: it cannot be checked`);
        const resources = built ?? declared.resources;
        const makeRequest = built ? SAMPLE[key] : declared.request;
        if (!makeRequest) throw new Error(`${key}: no sample request`);
        const call = async (label: string, admin: AdminPrincipal | null, expectStatus: number) => {
          let auth: Record<string, string> = {};
          if (declared?.auth === "token") {
            // token handlers read the role from the database: give the token's admin a role without the resource
            if (admin) {
              await db.adminRole.update({
                where: { id: f.role.id },
                data: { allResources: false, resources: { deleteMany: {}, create: [...admin.resources].map((resource) => ({ resource })) } },
              });
              auth = { authorization: `Bearer ${f.token.token}` };
            }
          } else state.admin = admin;
          const base = makeRequest(f);
          const req = new NextRequest(base.url, {
            method: base.method,
            headers: { ...Object.fromEntries(base.headers), ...auth },
            body: base.body,
            duplex: "half",
          } as ConstructorParameters<typeof NextRequest>[1]);
          const before = await checksum({ ...owned(f), role: async () => null });
          const res = await handler(req, { params: Promise.resolve({}) });
          if (res.status !== expectStatus) failures.push(`${key} ${label}: HTTP ${res.status}, expected ${expectStatus}`);
          const body = (await res.json().catch(() => null)) as { error?: string } | null;
          if (expectStatus === 403 && declared?.auth !== "token" && body?.error !== NO_PERMISSION)
            failures.push(`${key} ${label}: body ${JSON.stringify(body)}`);
          if ((await checksum({ ...owned(f), role: async () => null })) !== before) failures.push(`${key} ${label}: the database changed`);
        };
        for (const r of resources) await call(`without ${r}`, principalWithout([r], f.actor.id), 403);
        await call("signed out", null, 401);
      }
    }
    state.admin = null;
    console.info(`ACL coverage: ${handlers} admin route handlers`);
    expect(handlers).toBeGreaterThanOrEqual(3);
    expect(failures).toEqual([]);
  });

  it("every admin page calls requireAdmin with a known resource before anything else", () => {
    const pages = sourceFiles("app/admin", /^page\.tsx$/);
    const failures: string[] = [];
    for (const page of pages) {
      // the sign-in page is the one admin page a signed-out visitor must reach
      if (page === "app/admin/(auth)/login/page.tsx") continue;
      const src = readSource(page);
      const body = /export default async function \w+\([^)]*\)[^{]*\{([\s\S]*)/.exec(src)?.[1];
      if (!body) {
        failures.push(`${page}: no async default export`);
        continue;
      }
      // the first statement of the page is the guard: nothing is read before the role is checked
      const m = /^\s*(?:const \w+ = )?await requireAdmin\("([\w.]+)"\)/.exec(body);
      if (!m) failures.push(`${page}: does not start with await requireAdmin("<resource>")`);
      else if (!isKnownResource(m[1])) failures.push(`${page}: unknown resource ${m[1]}`);
    }
    expect(pages.length).toBeGreaterThanOrEqual(15);
    // the shell layout signs the visitor in for every page under it
    expect(readSource("app/admin/(shell)/layout.tsx")).toMatch(/await requireAdmin\(\)/);
    expect(failures).toEqual([]);
  });
  it("every menu entry leads to a page, and each page under an entry needs that entry's resource or one below it", () => {
    const urlOf = (page: string) => page.replace(/^app\/admin\/\(shell\)/, "/admin").replace(/\/page\.tsx$/, "");
    const pages = sourceFiles("app/admin/(shell)", /^page\.tsx$/).map((page) => ({
      url: urlOf(page),
      resource: /await requireAdmin\("([\w.]+)"\)/.exec(readSource(page))?.[1],
    }));
    const failures: string[] = [];
    for (const entry of ADMIN_NAV) if (!pages.some((p) => p.url === entry.href)) failures.push(`${entry.label}: no page at ${entry.href}`);
    const within = (url: string, href: string) => url === href || url.startsWith(`${href}/`);
    for (const page of pages) {
      // the entry with the longest path above the page (every page is below Dashboard's /admin)
      const entry = ADMIN_NAV.filter((e) => within(page.url, e.href)).sort((a, b) => b.href.length - a.href.length)[0];
      if (!entry || !page.resource || !withDescendants(entry.resource).includes(page.resource))
        failures.push(`${page.url}: needs ${page.resource ?? "nothing"}, below the menu entry ${entry?.label} (${entry?.resource})`);
    }
    expect(ADMIN_NAV.map((e) => e.label)).toContain("Email Log");
    expect(failures).toEqual([]);
  });
  // last: these calls do run, and change or delete the fixtures
  it("and each passes the guard with exactly its resources (so the refusals above are the ACL's, not bad input)", async () => {
    const failures: string[] = [];
    const order = (e: Entry) => (/delete/i.test(e.key) ? 1 : 0);
    for (const entry of [...entries].sort((a, b) => order(a) - order(b))) {
      state.admin = principalWith(entry.resources, f.actor.id);
      let error: string | undefined;
      try {
        error = refusalOf(await entry.call(f));
      } catch (e) {
        if (!isNavigationSignal(e)) failures.push(`${entry.key}: threw ${String(e)}`);
      }
      // a handler may still refuse (wrong confirmation password, role in use…): only the guard's refusal counts here
      if (error !== undefined && [NO_PERMISSION, SIGNED_OUT, entry.refusal?.forbidden].includes(error))
        failures.push(`${entry.key}: refused with its own resources (${error})`);
    }
    state.admin = null;
    expect(failures).toEqual([]);
  });
});

// SPEC 10.6: "Make changes as the customer" guards Assist, on the server too (the dialog's
// disabled option is not the protection): the button's start refuses Assist without it.
describe(`ACL coverage: Assist needs "Make changes as the customer" (${provider()})`, () => {
  it("the Login as Customer start refuses Assist for a role without the resource, creating no secret; View only goes through", async () => {
    const f = await makeFixtures();
    const { startLoginAsCustomerAction } = await import("@/app/admin/(shell)/login-as-customer/actions");
    const secrets = () => db.loginAsCustomerSecret.count({ where: { customerId: f.customer.id } });
    state.admin = principalWithout(["customers.lac.assist"], f.actor.id);
    const before = await secrets();
    const refused = (await startLoginAsCustomerAction({ customerId: f.customer.id, reason: "Checking the cart", access: "assist" })) as ActionState<{
      code?: string;
    }>;
    expect(refused).toMatchObject({ error: LAC.viewOnlyRole, data: { code: "access_forbidden" } });
    expect(await secrets()).toBe(before);
    const viewOnly = (await startLoginAsCustomerAction({ customerId: f.customer.id, reason: "Checking the cart", access: "view" })) as ActionState<{
      url?: string;
    }>;
    expect(viewOnly.data?.url).toMatch(/#secret=/);
    expect(await db.loginAsCustomerSecret.findFirst({ where: { customerId: f.customer.id }, orderBy: { id: "desc" }, select: { access: true } })).toEqual({
      access: "view",
    });
    state.admin = null;
  });
});
