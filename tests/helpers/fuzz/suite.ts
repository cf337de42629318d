// Input fuzzing (issue 8, item 4): every admin form action, every storefront
// action, the admin API route handlers and the grid parameter parsers get
// generated hostile input (wrong types, missing fields, 100k-character strings,
// RTL/emoji/NUL/lone surrogates, SQL/HTML payloads, negative/huge/NaN/float
// numbers, arrays and files where a string was expected). The rule: a field
// message, a 4xx or a clean error state, never an exception (a 500), and when
// the input is refused the rows it could have changed are as they were.
// Reproducible: FUZZ_SEED (default below) and FUZZ_RUNS (inputs per target).
// Split in parts (tests/integration/input-fuzz-<n>.test.ts, each with the mocks of ./mocks.ts).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActiveImpersonation } from "@/lib/auth/shop-session";
import { hashPassword } from "@/lib/auth/password";
import { createApiToken } from "@/lib/auth/api-tokens";
import { CONFIG_PATHS } from "@/lib/config/schema";
import { testDb, provider } from "../db";
import { principalWith } from "../admin";
import { toFormData, type FieldValue } from "../form-data";
import { BAD_NUMBERS, BAD_STRINGS, SEED, describeInput, mutate, prng, type Rng } from "../hostile-input";
import { checksum, errorLine, isNavigationSignal } from "../outcome";
import { isServerActionModule, readSource, sourceFiles } from "../source-files";
import { ADDRESS, makeCustomer, makeProduct } from "../storefront-fixtures";
import { fuzzState as state } from "./state";

const db = testDb();
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const ADMIN_PASSWORD = "Fuzz-Admin-123!";

type Fx = Awaited<ReturnType<typeof makeFixtures>>;

async function makeFixtures() {
  const id = crypto.randomBytes(4).toString("hex");
  const role = await db.adminRole.create({ data: { name: `Fuzz ${id}`, allResources: true } });
  const actor = await db.adminUser.create({
    data: {
      username: `fuzz_actor_${id}`,
      firstName: "Fuzz",
      lastName: "Actor",
      email: `fuzz.actor.${id}@example.com`,
      passwordHash: await hashPassword(ADMIN_PASSWORD),
      roleId: role.id,
    },
  });
  const target = await db.adminUser.create({
    data: { username: `fuzz_${id}`, firstName: "Fuzz", lastName: "Target", email: `fuzz.${id}@example.com`, passwordHash: "x", roleId: role.id },
  });
  const token = await createApiToken(db, actor.id, "fuzz");
  const edited = await makeCustomer(db); // the admin customer form's target
  const shopperRow = await makeCustomer(db);
  const product = await makeProduct(db, { qty: 100_000 });
  const cart = await db.cart.create({
    data: { customerId: shopperRow.id, storeViewId: shopperRow.storeViewId, items: { create: [{ productId: product.id, qty: 1 }] } },
    include: { items: true },
  });
  const address = await db.customerAddress.create({ data: { ...ADDRESS, customerId: shopperRow.id } });
  await db.wishlistItem.create({ data: { customerId: shopperRow.id, productId: product.id } });
  const shopper = await db.customer.findUniqueOrThrow({
    where: { id: shopperRow.id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      groupId: true,
      websiteId: true,
      storeViewId: true,
      assistanceAllowed: true,
      assistanceAllowedUntil: true,
      newsletterSubscribed: true,
    },
  });
  // an open Login as Customer session of the actor for the shopper (the impersonated pass)
  const sessionId = `fuzz-${id}`;
  await db.loginAsCustomerSession.create({
    data: {
      id: sessionId,
      adminUserId: actor.id,
      adminName: "Fuzz Actor",
      adminUsername: actor.username,
      customerId: shopper.id,
      customerEmail: shopper.email,
      customerName: `${shopper.firstName} ${shopper.lastName}`,
      storeViewId: shopper.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
      access: "assist",
    },
  });
  const impersonation: ActiveImpersonation = {
    access: "assist",
    expiresAt: new Date(Date.now() + 3_600_000),
    endsInMs: 3_600_000,
    adminUserId: actor.id,
    sessionId,
    storeView: null,
    disablePageCache: true,
    adminUsername: actor.username,
    customerName: `${shopper.firstName} ${shopper.lastName}`,
    websiteName: "Main Website",
    storeViewId: shopper.storeViewId,
  };
  return { id, role, actor, target, token, edited, shopper, product, cart, item: cart.items[0], address, impersonation };
}

// ---- what "nothing changed" means for each target: the rows it could write, all of them this file's own
const adminRows = (f: Fx) => ({
  role: () => db.adminRole.findUnique({ where: { id: f.role.id }, include: { resources: { orderBy: { resource: "asc" } } } }),
  roles: () => db.adminRole.count({ where: { name: { contains: f.id } } }),
  users: () =>
    db.adminUser.findMany({
      where: { OR: [{ id: { in: [f.actor.id, f.target.id] } }, { username: { contains: f.id } }, { email: { contains: f.id } }] },
      orderBy: { id: "asc" },
    }),
  tokens: () => db.adminApiToken.findMany({ where: { adminUserId: { in: [f.actor.id, f.target.id] } }, orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
});
const customerRows = (f: Fx) => ({
  edited: () => db.customer.findUnique({ where: { id: f.edited.id } }),
  created: () => db.customer.count({ where: { OR: [{ email: { contains: f.id } }, { firstName: { contains: f.id } }, { lastName: { contains: f.id } }] } }),
});
const shopperRows = (f: Fx) => ({
  customer: () => db.customer.findUnique({ where: { id: f.shopper.id } }),
  addresses: () => db.customerAddress.findMany({ where: { customerId: f.shopper.id }, orderBy: { id: "asc" } }),
  carts: () => db.cart.findMany({ where: { customerId: f.shopper.id }, orderBy: { id: "asc" }, include: { items: { orderBy: { id: "asc" } } } }),
  wishlist: () => db.wishlistItem.findMany({ where: { customerId: f.shopper.id }, orderBy: { id: "asc" } }),
  orders: () => db.order.count({ where: { customerId: f.shopper.id } }),
  stock: () => db.product.findUnique({ where: { id: f.product.id }, select: { qty: true } }),
});
const lacRows = (f: Fx) => ({
  sessions: () => db.loginAsCustomerSession.findMany({ where: { adminUserId: { in: [f.actor.id, f.target.id] } }, orderBy: { id: "asc" } }),
  secrets: () => db.loginAsCustomerSecret.findMany({ where: { adminUserId: { in: [f.actor.id, f.target.id] } }, orderBy: { id: "asc" } }),
});

type Values = Record<string, FieldValue>;
type FormTarget = {
  /** "module#export": must match an export found in the code */
  key: string;
  as: "admin" | "shopper" | "guest";
  valid: (f: Fx) => Values;
  /** value pools per field (ids and quantities draw from BAD_NUMBERS) */
  pools?: Record<string, readonly string[]>;
  /** extra fields forced into every input (e.g. one always-invalid value) */
  force?: (rng: Rng) => Values;
  rows: (f: Fx, values: Values) => Record<string, () => Promise<unknown>>;
  /** every generated input must be refused (its ids are never valid) */
  mustRefuse?: boolean;
  /** fields whose every hostile value must be refused (ids, quantities): accepting one is a validation hole */
  strict?: string[];
};

const ids = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, BAD_NUMBERS]));
const INVALID_EXPIRATION = ["5", "9", "3601", "-60", "60.5", "1e3", "NaN", "", "\u0000", "٦٠", "A".repeat(100_000)];

const ADMIN = "app/admin/(shell)/";
const SHOP = "app/shop/(storefront)/";
const address = { ...ADDRESS, company: "", region: "", defaultBilling: "on", defaultShipping: "" };

const FORM_TARGETS: FormTarget[] = [
  // ---- admin: customer
  {
    key: `${ADMIN}customers/actions.ts#saveCustomer`,
    as: "admin",
    valid: (f) => ({
      customerId: String(f.edited.id),
      firstName: "Ida",
      lastName: "Edited",
      email: f.edited.email,
      groupId: String(f.edited.groupId),
      dob: "1990-01-02",
      gender: "female",
      newsletter: "on",
      assistanceAllowed: "on",
      assistanceEditable: "1",
    }),
    pools: ids("customerId", "groupId"),
    strict: ["customerId", "groupId"],
    rows: customerRows,
  },
  {
    key: `${ADMIN}customers/actions.ts#createCustomerAction`,
    as: "admin",
    valid: (f) => ({
      firstName: `Fz${f.id}`,
      lastName: `New${f.id}`,
      email: `fz.${f.id}.${crypto.randomBytes(3).toString("hex")}@example.com`,
      groupId: String(f.edited.groupId),
      websiteId: String(f.edited.websiteId),
      gender: "",
      dob: "",
    }),
    pools: ids("groupId", "websiteId"),
    strict: ["groupId", "websiteId"],
    rows: customerRows,
  },
  {
    key: `${ADMIN}customers/actions.ts#deleteCustomer`,
    as: "admin",
    valid: () => ({ customerId: "x" }),
    pools: ids("customerId"),
    rows: customerRows,
    mustRefuse: true,
  },
  {
    key: `${ADMIN}customers/actions.ts#resetPassword`,
    as: "admin",
    valid: () => ({ customerId: "x" }),
    pools: ids("customerId"),
    rows: customerRows,
    mustRefuse: true,
  },
  {
    key: `${ADMIN}customers/actions.ts#saveCustomerAddress`,
    as: "admin",
    valid: (f) => ({ ...address, customerId: String(f.shopper.id), addressId: String(f.address.id) }),
    pools: ids("customerId", "addressId"),
    strict: ["customerId"],
    rows: shopperRows,
  },
  {
    key: `${ADMIN}customers/actions.ts#deleteCustomerAddress`,
    as: "admin",
    valid: () => ({ customerId: "x", addressId: "x" }),
    pools: ids("customerId", "addressId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  // ---- admin: configuration (one value always invalid, so nothing may be saved)
  {
    key: `${ADMIN}config/actions.ts#saveConfigAction`,
    as: "admin",
    valid: () => Object.fromEntries(CONFIG_PATHS.map((p) => [p, "1"])),
    force: (rng) => ({ "login_as_customer/general/authentication_expiration_time": rng.pick(INVALID_EXPIRATION) }),
    rows: (_f, values) => ({
      // a submitted value stored under its path would be a (half-)save
      // (compared here, not in SQL: the values include NUL and 100k-character strings; FormData makes them well-formed)
      stored: async () =>
        (await db.configValue.findMany({ where: { path: { in: Object.keys(values) } }, orderBy: { path: "asc" } })).filter(
          (row) => typeof values[row.path] === "string" && (values[row.path] as string).toWellFormed() === row.value,
        ),
    }),
    mustRefuse: true,
  },
  // ---- admin: roles and users
  {
    key: `${ADMIN}system/roles/actions.ts#saveRoleAction`,
    as: "admin",
    valid: (f) => ({
      roleId: String(f.role.id),
      name: `Fuzz ${f.id}`,
      currentPassword: ADMIN_PASSWORD,
      access: "all",
      "resources[]": ["dashboard", "customers.all"],
    }),
    pools: { ...ids("roleId"), "resources[]": [...BAD_STRINGS, "customers.lac.login", "nope"] },
    rows: adminRows,
  },
  {
    key: `${ADMIN}system/roles/actions.ts#deleteRoleAction`,
    as: "admin",
    valid: () => ({ roleId: "x", currentPassword: ADMIN_PASSWORD }),
    pools: ids("roleId"),
    rows: adminRows,
    mustRefuse: true,
  },
  {
    key: `${ADMIN}system/users/actions.ts#saveUserAction`,
    as: "admin",
    valid: (f) => ({
      userId: String(f.target.id),
      username: `fuzz_${f.id}`,
      firstName: "Fuzz",
      lastName: "Target",
      email: `fuzz.${f.id}@example.com`,
      password: "",
      passwordConfirmation: "",
      isActive: "1",
      roleId: String(f.role.id),
      currentPassword: ADMIN_PASSWORD,
    }),
    pools: ids("userId", "roleId"),
    strict: ["roleId"],
    rows: adminRows,
  },
  {
    key: `${ADMIN}system/users/actions.ts#deleteUserAction`,
    as: "admin",
    valid: () => ({ userId: "x" }),
    pools: ids("userId"),
    rows: adminRows,
    mustRefuse: true,
  },
  {
    key: `${ADMIN}system/users/api-token-actions.ts#createApiTokenAction`,
    as: "admin",
    // for the signed-in admin's own account only: there is no user to choose
    valid: () => ({ name: "fuzz token", expiresInDays: "90", currentPassword: ADMIN_PASSWORD }),
    pools: ids("expiresInDays"),
    strict: ["expiresInDays"],
    rows: adminRows,
  },
  {
    key: `${ADMIN}system/users/api-token-actions.ts#revokeApiTokenAction`,
    as: "admin",
    valid: () => ({ tokenId: "x" }),
    pools: ids("tokenId"),
    rows: adminRows,
    mustRefuse: true,
  },
  // ---- storefront: cart, coupon, checkout
  {
    key: `${SHOP}checkout/cart/actions.ts#addToCartAction`,
    as: "shopper",
    valid: (f) => ({ productId: String(f.product.id), qty: "1" }),
    pools: ids("productId", "qty"),
    strict: ["productId", "qty"],
    rows: shopperRows,
  },
  {
    key: `${SHOP}checkout/cart/actions.ts#updateQtyAction`,
    as: "shopper",
    valid: (f) => ({ itemId: String(f.item.id), qty: "2" }),
    pools: ids("itemId", "qty"),
    strict: ["itemId", "qty"],
    rows: shopperRows,
  },
  {
    key: `${SHOP}checkout/cart/actions.ts#removeItemAction`,
    as: "shopper",
    valid: () => ({ itemId: "x" }),
    pools: ids("itemId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  { key: `${SHOP}checkout/cart/actions.ts#applyCouponAction`, as: "shopper", valid: () => ({ couponCode: "x" }), rows: shopperRows, mustRefuse: true },
  { key: `${SHOP}checkout/cart/actions.ts#removeCouponAction`, as: "shopper", valid: () => ({ junk: "x" }), rows: shopperRows },
  {
    key: `${SHOP}checkout/actions.ts#placeOrderAction`,
    as: "shopper",
    // a new address with one field always bad (or a bad book id): an order must never be placed
    valid: () => ({ addressId: "new", ...address, saveInAddressBook: "on" }),
    force: (rng) =>
      rng.chance(0.5) ? { addressId: rng.pick(BAD_NUMBERS.filter((v) => v !== "")) } : { countryId: rng.pick(["USA", "us", "", "1", "\u0000", "<b>", "ZZZ"]) },
    rows: shopperRows,
    mustRefuse: true,
  },
  {
    key: `${SHOP}customer/account/orders/actions.ts#reorderAction`,
    as: "shopper",
    valid: () => ({ orderId: "x" }),
    pools: ids("orderId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  // ---- storefront: account, address book, wish list, newsletter, store view
  {
    key: `${SHOP}customer/account/edit/actions.ts#saveAccountInfoAction`,
    as: "shopper",
    valid: () => ({
      firstName: "Ida",
      lastName: "Test",
      changeEmail: "on",
      email: "ida.new@example.com",
      changePassword: "on",
      currentPassword: "wrong",
      password: "New-Pass-123",
      passwordConfirmation: "New-Pass-123",
      assistanceAllowed: "on",
    }),
    rows: shopperRows,
  },
  { key: `${SHOP}customer/account/address/actions.ts#createAddressAction`, as: "shopper", valid: () => ({ ...address }), rows: shopperRows },
  {
    key: `${SHOP}customer/account/address/actions.ts#updateAddressAction`,
    as: "shopper",
    valid: (f) => ({ ...address, addressId: String(f.address.id) }),
    pools: ids("addressId"),
    strict: ["addressId"],
    rows: shopperRows,
  },
  {
    key: `${SHOP}customer/account/address/actions.ts#deleteAddressAction`,
    as: "shopper",
    valid: () => ({ addressId: "x" }),
    pools: ids("addressId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  {
    key: `${SHOP}customer/account/wishlist/actions.ts#addToWishlistAction`,
    as: "shopper",
    valid: () => ({ productId: "x" }),
    pools: ids("productId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  {
    key: `${SHOP}customer/account/wishlist/actions.ts#removeFromWishlistAction`,
    as: "shopper",
    valid: () => ({ productId: "x" }),
    pools: ids("productId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  {
    key: `${SHOP}customer/account/wishlist/actions.ts#wishlistToCartAction`,
    as: "shopper",
    valid: () => ({ productId: "x" }),
    pools: ids("productId"),
    rows: shopperRows,
    mustRefuse: true,
  },
  { key: `${SHOP}customer/account/newsletter/actions.ts#saveNewsletterAction`, as: "shopper", valid: () => ({ newsletter: "on" }), rows: shopperRows },
  {
    key: `${SHOP}customer/account/forgotpassword/actions.ts#requestPasswordResetAction`,
    as: "guest",
    valid: (f) => ({ email: `fz.${f.id}@example.com` }),
    rows: customerRows,
  },
  {
    key: `${SHOP}customer/account/forgotpassword/actions.ts#setPasswordAction`,
    as: "guest",
    valid: () => ({ token: "t".repeat(43), password: "Fuzz-Pass-123", passwordConfirmation: "Fuzz-Pass-123" }),
    rows: customerRows,
    // no token the fuzzer makes up is a real link
    mustRefuse: true,
  },
  { key: `${SHOP}store/actions.ts#switchStoreViewAction`, as: "guest", valid: () => ({ storeView: "default", returnTo: "/shop" }), rows: shopperRows },
  {
    key: `${SHOP}customer/account/create/actions.ts#createAccountAction`,
    as: "guest",
    valid: (f) => ({
      firstName: `Fz${f.id}`,
      lastName: "New",
      email: `fz.${f.id}.${crypto.randomBytes(3).toString("hex")}@example.com`,
      password: "Fuzz-Pass-123",
      passwordConfirmation: "Fuzz-Pass-123",
      newsletter: "on",
      assistanceAllowed: "",
    }),
    rows: customerRows,
  },
];

/** Server actions with no input to fuzz, and why. */
const NO_INPUT: Record<string, string> = {
  "app/shop/login-as-customer/actions.ts#closeLoginAsCustomerSession": "takes no argument; reads only the session cookie",
  [`${SHOP}customer/account/assistance/actions.ts#endAssistanceAction`]: "no fields (an empty schema); ends only the signed-in customer's own sessions",
};
/** Admin actions that take plain arguments instead of a FormData: fuzzed with raw values below. */
const RAW_TARGETS = [
  `${ADMIN}customers/login-as-customer-log/actions.ts#endSessionFromLog`,
  `${ADMIN}login-as-customer/actions.ts#loginAsCustomerButtonInfo`,
  `${ADMIN}login-as-customer/actions.ts#startLoginAsCustomerAction`,
];

function sameValue(a: FieldValue, b: FieldValue): boolean {
  return typeof a === "string" && typeof b === "string" ? a === b : a === b;
}

/** Refused: an error message, or field messages (all strings). */
function refusal(result: unknown): { refused: boolean; clean: boolean } {
  const r = (result ?? {}) as { error?: unknown; fieldErrors?: unknown; errors?: unknown; ok?: unknown };
  const fields = (r.fieldErrors ?? r.errors) as Record<string, unknown> | undefined;
  const fieldList = fields ? Object.values(fields) : [];
  const refused = typeof r.error === "string" || fieldList.length > 0 || r.ok === false;
  const clean = (r.error === undefined || typeof r.error === "string") && fieldList.every((m) => typeof m === "string" && m.length < 500);
  return { refused, clean };
}

function rngFor(key: string): Rng {
  return prng(SEED ^ crypto.createHash("sha256").update(key).digest().readUInt32LE(0));
}

let tried = 0;
const perTarget: Record<string, number> = {};

/** Defines part `part` (1-based) of `parts`: each test file runs one, so the parts run in parallel workers. */
export function inputFuzzSuite(part: number, parts: number): void {
  describe(`input fuzzing, part ${part} of ${parts} (${provider()}, seed ${SEED}, ${RUNS} inputs per target)`, () => {
    // this part's share of the tests: every parts-th, in the order they are defined
    let n = 0;
    const mine = () => n++ % parts === part - 1;
    const itMine = (name: string, fn: () => Promise<void>) => mine() && it(name, fn);
    let f: Fx;
    beforeAll(async () => {
      f = await makeFixtures();
    });
    afterAll(() => {
      console.info(
        `input fuzzing: ${tried} inputs (seed ${SEED})\n${Object.entries(perTarget)
          .map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)
          .join("\n")}`,
      );
    });

    itMine("knows how to fuzz every server action found in the code", async () => {
      const modules = sourceFiles("app", /\.(ts|tsx)$/).filter((p) => isServerActionModule(readSource(p)));
      const known = new Set([...FORM_TARGETS.map((t) => t.key), ...RAW_TARGETS, ...Object.keys(NO_INPUT)]);
      const found: string[] = [];
      for (const file of modules) {
        const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
        for (const name of Object.keys(mod)) found.push(`${file}#${name}`);
      }
      expect(
        found.filter((k) => !known.has(k)),
        "server actions without a fuzz target",
      ).toEqual([]);
      expect(
        [...known].filter((k) => !found.includes(k)),
        "fuzz targets for exports that no longer exist",
      ).toEqual([]);
    });

    // storefront actions run three times: as the shopper, as an admin logged in as the customer
    // (Assist), where each call must also write exactly one "Login As Customer" entry, refused or
    // not, and in a view-only session, where every call, valid or not, is refused, changes nothing
    // and writes exactly one failure entry (SPEC 10.6)
    type Pass = "own" | "assist" | "view";
    const passes = (t: FormTarget): Pass[] => (t.as === "shopper" ? ["own", "assist", "view"] : ["own"]);
    const PASS_NAMES: Record<Pass, string> = { own: "", assist: " during Login as Customer", view: " in a view-only session" };
    for (const target of FORM_TARGETS)
      for (const pass of passes(target)) {
        if (!mine()) continue;
        const impersonated = pass !== "own";
        it(`${target.key.replace(/^app\/(admin|shop)\/(\([a-z]+\)\/)?/, "$1/")}${PASS_NAMES[pass]}: refuses bad input cleanly, saves nothing when it refuses`, async () => {
          const [file, name] = target.key.split("#");
          const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, (prev: unknown, form: FormData) => Promise<unknown>>;
          const action = mod[name];
          expect(typeof action, `${target.key} is not a function`).toBe("function");
          const rng = rngFor(impersonated ? `${target.key}:lac${pass === "view" ? ":view" : ""}` : target.key);
          const logged = () => db.actionLog.count({ where: { lacSessionId: f.impersonation.sessionId } });
          const failedEntries = () => db.actionLog.count({ where: { lacSessionId: f.impersonation.sessionId, result: "failure" } });
          const failures: string[] = [];
          for (let i = 0; i < RUNS; i++) {
            state.admin = target.as === "admin" ? principalWith("all", f.actor.id) : null;
            state.shopper = target.as === "shopper" ? f.shopper : null;
            state.impersonation = impersonated ? { ...f.impersonation, access: pass === "view" ? "view" : "assist" } : null;
            state.cookies.clear();
            const entriesBefore = impersonated ? await logged() : 0;
            const failuresBefore = pass === "view" ? await failedEntries() : 0;
            const valid = target.valid(f);
            // the view-only pass tries the valid input first: it must be refused too
            const values = pass === "view" && i === 0 ? valid : { ...mutate(rng, valid, target.pools), ...(target.force?.(rng) ?? {}) };
            const mustRefuse = pass === "view" || target.mustRefuse || (target.strict ?? []).some((k) => !sameValue(values[k], valid[k]));
            const rows = target.rows(f, values);
            const before = await checksum(rows);
            let result: unknown;
            let redirected = false;
            try {
              result = await action(null, toFormData(values));
            } catch (e) {
              if (isNavigationSignal(e)) redirected = true;
              else {
                failures.push(`threw ${errorLine(e)}\n    input: ${describeInput(values)}`);
                continue;
              }
            } finally {
              tried++;
              perTarget[target.key] = (perTarget[target.key] ?? 0) + 1;
            }
            const { refused, clean } = refusal(result);
            if (!clean) failures.push(`unclean result ${JSON.stringify(result).slice(0, 300)}\n    input: ${describeInput(values)}`);
            if (refused && !redirected && (await checksum(rows)) !== before)
              failures.push(`refused (${JSON.stringify(result).slice(0, 200)}) but the database changed\n    input: ${describeInput(values)}`);
            if (mustRefuse && (!refused || redirected))
              failures.push(`accepted ${redirected ? "(redirect)" : JSON.stringify(result)}\n    input: ${describeInput(values)}`);
            if (impersonated) {
              const written = (await logged()) - entriesBefore;
              if (written !== 1) failures.push(`wrote ${written} Login as Customer entries, not 1\n    input: ${describeInput(values)}`);
            }
            if (pass === "view" && (await failedEntries()) - failuresBefore !== 1)
              failures.push(`in a view-only session the entry is not one failure\n    input: ${describeInput(values)}`);
          }
          state.admin = null;
          state.shopper = null;
          state.impersonation = null;
          expect(failures.length, `${failures.length} of ${RUNS} inputs failed (seed ${SEED}):\n${failures.slice(0, 8).join("\n")}`).toBe(0);
        });
      }

    itMine("configuration text values: every hostile string is a field message or storable text", async () => {
      const { validateConfig } = await import("@/lib/config/save");
      const failures: string[] = [];
      for (const path of CONFIG_PATHS)
        for (const value of BAD_STRINGS) {
          tried++;
          const { values, fieldErrors } = validateConfig({ [path]: value });
          const stored = values[path];
          if (!fieldErrors[path] && (stored === undefined || stored.includes("\u0000")))
            failures.push(`${path} = ${JSON.stringify(value.slice(0, 20))}: accepted as ${JSON.stringify(stored?.slice(0, 20))}`);
        }
      expect(failures).toEqual([]);
    });

    itMine("admin actions with plain arguments (Login as Customer button, log) refuse bad values cleanly", async () => {
      const log = await import("@/app/admin/(shell)/customers/login-as-customer-log/actions");
      const lac = await import("@/app/admin/(shell)/login-as-customer/actions");
      const rng = rngFor("raw");
      const raw = (): unknown => {
        const r = rng.next();
        if (r < 0.5) return rng.pick(BAD_NUMBERS);
        if (r < 0.6) return rng.pick(BAD_STRINGS);
        return rng.pick<unknown>([
          null,
          undefined,
          -1,
          0,
          1.5,
          NaN,
          Infinity,
          -Infinity,
          2 ** 53 + 2,
          {},
          [],
          [1],
          { id: 1 },
          true,
          Symbol.for("x").description,
          new Date(NaN),
        ]);
      };
      const failures: string[] = [];
      state.admin = principalWith("all", f.actor.id);
      for (let i = 0; i < RUNS; i++) {
        const a = raw();
        const b = raw();
        const rows = lacRows(f);
        const before = await checksum(rows);
        for (const [label, call] of [
          ["endSessionFromLog", () => log.endSessionFromLog(a)],
          ["loginAsCustomerButtonInfo", () => lac.loginAsCustomerButtonInfo(a)],
          ["startLoginAsCustomerAction", () => lac.startLoginAsCustomerAction({ customerId: a, storeViewId: b })],
        ] as const) {
          tried++;
          perTarget[label] = (perTarget[label] ?? 0) + 1;
          try {
            const r = (await call()) as { error?: unknown; ok?: boolean };
            if (typeof r.error !== "string") failures.push(`${label}(${String(a)}, ${String(b)}): not refused: ${JSON.stringify(r)}`);
          } catch (e) {
            failures.push(`${label}(${String(a)}, ${String(b)}): threw ${errorLine(e)}`);
          }
        }
        if ((await checksum(rows)) !== before) failures.push(`(${String(a)}, ${String(b)}): a Login as Customer session or secret changed`);
      }
      state.admin = null;
      expect(failures.slice(0, 8), `${failures.length} failures`).toEqual([]);
    });

    itMine("admin API route handlers answer 2xx/4xx JSON to bad input, never a 500; the headless login creates nothing", async () => {
      const { NextRequest } = await import("next/server");
      const customers = await import("@/app/api/admin/customers/route");
      const exportCsv = await import("@/app/api/admin/action-logs/export/route");
      const lacApi = await import("@/app/api/admin/login-as-customer/route");
      const rng = rngFor("routes");
      const failures: string[] = [];
      state.admin = principalWith("all", f.actor.id);
      for (let i = 0; i < RUNS; i++) {
        const qs = randomQuery(rng, [
          "q",
          "page",
          "size",
          "sort",
          "dir",
          "hide",
          "f_idFrom",
          "f_name",
          "f_email",
          "f_group",
          "f_sinceFrom",
          "f_assistance",
          "f_from",
          "f_to",
          "f_group",
          "f_username",
          "f_details",
          "f_result",
        ]);
        for (const [label, run] of [
          [
            "GET /api/admin/customers",
            async () => customers.GET(new NextRequest(`http://localhost/api/admin/customers?${qs}`), { params: Promise.resolve({}) }),
          ],
          [
            "GET /api/admin/action-logs/export",
            async () => {
              const res = await exportCsv.GET(new NextRequest(`http://localhost/api/admin/action-logs/export?${qs}`), { params: Promise.resolve({}) });
              // the CSV is streamed: read it, a query error would surface here
              const reader = res.body?.getReader();
              for (let n = 0; reader && n < 3; n++) if ((await reader.read()).done) break;
              await reader?.cancel();
              return res;
            },
          ],
        ] as const) {
          tried++;
          perTarget[label] = (perTarget[label] ?? 0) + 1;
          try {
            const res = await run();
            if (res.status !== 200) failures.push(`${label}?${qs.slice(0, 200)}: HTTP ${res.status}`);
          } catch (e) {
            failures.push(`${label}?${qs.slice(0, 200)}: threw ${errorLine(e)}`);
          }
        }
        // the headless Login as Customer endpoint: a valid token, a hostile body
        const body = randomBody(rng);
        const rows = lacRows(f);
        const before = await checksum(rows);
        tried++;
        perTarget["POST /api/admin/login-as-customer"] = (perTarget["POST /api/admin/login-as-customer"] ?? 0) + 1;
        try {
          const res = await lacApi.POST(
            new NextRequest("http://localhost/api/admin/login-as-customer", {
              method: "POST",
              headers: { authorization: `Bearer ${f.token.token}`, "content-type": "application/json" },
              body,
            }),
          );
          const json = (await res.json().catch(() => null)) as { error?: unknown } | null;
          if (res.status < 400 || res.status >= 500 || typeof json?.error !== "string")
            failures.push(`POST ${body.slice(0, 120)}: HTTP ${res.status} ${JSON.stringify(json)}`);
        } catch (e) {
          failures.push(`POST ${body.slice(0, 120)}: threw ${errorLine(e)}`);
        }
        if ((await checksum(rows)) !== before) failures.push(`POST ${body.slice(0, 120)}: a session or secret was created`);
      }
      state.admin = null;
      expect(failures.slice(0, 8), `${failures.length} failures`).toEqual([]);
    });

    itMine("pages with a dynamic segment answer a hostile value with a page or a 404, never a throw", async () => {
      expect(DYNAMIC_PAGES.length).toBeGreaterThanOrEqual(9);
      // a path segment arrives percent-decoded and well-formed
      const values = [
        ...new Set([...BAD_NUMBERS, ...BAD_STRINGS, "abc", "1e23", "99999999999", "999999999999", "%", "%E0%A4%A", "a%2Fb"].map((v) => v.toWellFormed())),
      ];
      const failures: string[] = [];
      state.admin = principalWith("all", f.actor.id);
      state.shopper = f.shopper;
      for (const file of DYNAMIC_PAGES) {
        const param = /\/\[(\w+)\]\//.exec(file)![1];
        const Page = ((await import(/* @vite-ignore */ `@/${file}`)) as { default: (props: unknown) => Promise<unknown> }).default;
        for (const value of values) {
          tried++;
          perTarget[file] = (perTarget[file] ?? 0) + 1;
          try {
            await Page({ params: Promise.resolve({ [param]: value }), searchParams: Promise.resolve({}) });
          } catch (e) {
            if (!isNavigationSignal(e)) failures.push(`${file} ${param}=${JSON.stringify(value.slice(0, 30))}: threw ${errorLine(e)}`);
          }
        }
      }
      state.admin = null;
      state.shopper = null;
      expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([]);
    });

    itMine("grid parameter parsers fall back to defaults on any input, and their queries run", async () => {
      const { parseCustomerGridParams, queryCustomerGrid, CUSTOMER_SORTS } = await import("@/lib/customers/queries");
      const { parseLogGridParams, queryLoginAsCustomerLog, LOG_SORTS } = await import("@/lib/login-as-customer/log-queries");
      const { parseOrderGridParams, queryOrderGrid, ORDER_SORTS } = await import("@/lib/orders/queries");
      const { parseReportParams, queryActionReport, actionsPerDay } = await import("@/lib/action-log/report");
      const { PAGE_SIZES } = await import("@/lib/grid/params");
      const rng = rngFor("grids");
      const failures: string[] = [];
      const grids = [
        {
          name: "customers",
          parse: parseCustomerGridParams,
          query: (p: never) => queryCustomerGrid(p),
          sorts: CUSTOMER_SORTS as readonly string[],
          filters: ["idFrom", "idTo", "name", "email", "group", "website", "sinceFrom", "sinceTo", "assistance"],
        },
        {
          name: "login-as-customer log",
          parse: parseLogGridParams,
          query: (p: never) => queryLoginAsCustomerLog(p),
          sorts: LOG_SORTS as readonly string[],
          filters: ["id", "customerId", "customerEmail", "adminUserId", "adminName", "from", "to", "storeView", "status", "endReason"],
        },
        {
          name: "orders",
          parse: parseOrderGridParams,
          query: (p: never) => queryOrderGrid(p),
          sorts: ORDER_SORTS as readonly string[],
          filters: ["incrementId", "dateFrom", "dateTo", "billToName", "totalFrom", "totalTo", "status", "storeView"],
        },
      ];
      for (let i = 0; i < RUNS; i++) {
        for (const g of grids) {
          const sp = randomParams(rng, ["page", "size", "sort", "dir", "q", "hide", ...g.filters.map((k) => `f_${k}`)]);
          tried++;
          perTarget[`grid ${g.name}`] = (perTarget[`grid ${g.name}`] ?? 0) + 1;
          try {
            const p = g.parse(sp) as { page: number; pageSize: number; sort: string };
            if (!Number.isInteger(p.page) || p.page < 1 || !(PAGE_SIZES as readonly number[]).includes(p.pageSize) || !g.sorts.includes(p.sort))
              failures.push(`${g.name}: parsed to ${JSON.stringify(p)}`);
            await g.query(p as never);
          } catch (e) {
            failures.push(`${g.name} ${JSON.stringify(sp).slice(0, 200)}: threw ${errorLine(e)}`);
          }
        }
        const sp = randomParams(rng, [
          "sort",
          "dir",
          "page",
          "size",
          ...["from", "to", "group", "action", "ip", "username", "result", "fullActionName", "details"].map((k) => `f_${k}`),
        ]);
        tried++;
        perTarget["actions report"] = (perTarget["actions report"] ?? 0) + 1;
        try {
          const p = parseReportParams(sp);
          if (!Number.isInteger(p.page) || p.page < 1 || ![20, 50, 100, 200].includes(p.pageSize) || p.sort !== "createdAt")
            failures.push(`report: parsed to ${JSON.stringify(p)}`);
          await queryActionReport(db, p);
          await actionsPerDay(db, p);
          parseReportParams(
            new URLSearchParams(Object.entries(sp).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))),
          );
        } catch (e) {
          failures.push(`report ${JSON.stringify(sp).slice(0, 200)}: threw ${errorLine(e)}`);
        }
      }
      expect(failures.slice(0, 8), `${failures.length} failures`).toEqual([]);
    });
  });
}

/** Pages with a dynamic segment ([id], [urlKey]), found in the code. */
const DYNAMIC_PAGES = sourceFiles("app", /^page\.tsx$/).filter((p) => /\/\[\w+\]\//.test(p));

const PARAM_VALUES: readonly string[] = [
  ...BAD_STRINGS,
  ...BAD_NUMBERS,
  "asc",
  "desc",
  "1",
  "0",
  "200",
  "2026-01-01",
  "2026-13-45",
  "active",
  "ended",
  "success",
  "failure",
  "name,email",
  "id,nope",
  "5.00",
  "-5.00",
  "1e999",
];

/**
 * Search params as a page receives them: decoded from the URL, so always well-formed
 * Unicode (a lone surrogate arrives as U+FFFD, as URLSearchParams and FormData also do).
 */
function randomParams(rng: Rng, keys: readonly string[]): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  const value = () => rng.pick(PARAM_VALUES).toWellFormed();
  for (const k of keys) {
    const r = rng.next();
    if (r < 0.4) continue;
    if (r < 0.85) out[k] = value();
    else if (r < 0.95) out[k] = [value(), value()];
    else out[k] = undefined;
  }
  if (rng.chance(0.1)) out[rng.pick(["__proto__", "constructor", "f_", "f_nope", "hasOwnProperty"])] = value();
  return out;
}

function randomQuery(rng: Rng, keys: readonly string[]): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(randomParams(rng, keys)))
    for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v]) q.append(k, x.length > 5000 ? x.slice(0, 5000) : x);
  return q.toString();
}

function randomBody(rng: Rng): string {
  const bad = (): unknown =>
    rng.pick<unknown>([...BAD_NUMBERS, ...BAD_STRINGS.slice(0, 25), null, -1, 0, 1.5, 1e309, 2 ** 53 + 2, [], {}, [1], true, { $gt: 0 }]);
  const r = rng.next();
  if (r < 0.1) return rng.pick(["", "{", "null", "[]", '"x"', '{"customerId":', "A".repeat(100_000), "\u0000"]);
  const body: Record<string, unknown> = {};
  for (const k of ["customerId", "customerEmail", "storeViewCode", "mode"]) if (rng.chance(0.6)) body[k] = bad();
  if (rng.chance(0.2)) body.mode = rng.pick(["url", "token"]);
  if (rng.chance(0.1)) body.customerEmail = rng.pick(["nobody@example.com", "<script>@x.com", "roni_cost@example.com\u0000"]);
  // never a real, consenting customer by id: ids come from the bad pools
  return JSON.stringify(body);
}
