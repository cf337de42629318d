// An admin's account, guarded: a new password ends that admin's other sessions and
// their Login as Customer sessions, while the browser that changed its own password
// stays signed in; Sign Out ends the sessions before the cookie is cleared, and
// when that fails the answer is an error and the cookie stays (fails closed). An
// admin without User Roles can give only a role whose resources they hold.
import crypto from "node:crypto";
import { createRequire } from "node:module";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";
import { toFormData } from "../helpers/form-data";
import { isNavigationSignal } from "../helpers/outcome";
import { hashPassword } from "@/lib/auth/password";

// the cookie jar and headers of "this request", as next/headers gives them to server code
const request = vi.hoisted(() => {
  const jar = new Map<string, string>();
  return {
    jar,
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
    headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.9", host: "localhost", origin: "http://localhost" }),
  };
});
const jar = request.jar;
vi.mock("next/headers", () => ({ cookies: request.cookies, headers: request.headers }));
// next-auth's route handler reads next/headers with require(), which vi.mock does not reach
Object.assign(createRequire(import.meta.url)("next/headers"), { cookies: request.cookies, headers: request.headers });
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// a database write that fails halfway: ending the Login as Customer sessions throws inside the transaction
const failing = vi.hoisted(() => ({ writes: false }));
vi.mock("@/lib/login-as-customer/end-session", async (importOriginal) => {
  const orig = await importOriginal<typeof import("@/lib/login-as-customer/end-session")>();
  return {
    ...orig,
    endSessionsForAdmin: async (...args: Parameters<typeof orig.endSessionsForAdmin>) => {
      if (failing.writes) throw new Error("database write failed (test)");
      return orig.endSessionsForAdmin(...args);
    },
  };
});

const { ADMIN_SESSION_COOKIE } = await import("@/lib/auth/cookies");
const { getAdmin } = await import("@/lib/auth/admin-session");
const { deleteUser, saveUser, ROLE_BEYOND_OWN, USER_BEYOND_OWN } = await import("@/lib/admin/users");
const { END_REASONS } = await import("@/lib/login-as-customer/end-session");
const { saveUserAction } = await import("@/app/admin/(shell)/system/users/actions");
const adminAuth = await import("@/app/api/admin-auth/[...nextauth]/route");
const { NextRequest } = await import("next/server");

const db = testDb();
const uid = () => crypto.randomBytes(4).toString("hex");
const secret = () => process.env.ADMIN_AUTH_SECRET!;
const PASSWORD = "Agent123!";

async function makeRole(resources: string[]) {
  const { normalizeResources } = await import("@/lib/admin/roles");
  return db.adminRole.create({
    data: { name: `Sec role ${uid()}`, resources: { create: normalizeResources(resources).map((resource) => ({ resource })) } },
  });
}

async function makeAdmin(roleName: string) {
  const role = await db.adminRole.findUniqueOrThrow({ where: { name: roleName } });
  const username = `sec_${uid()}`;
  return db.adminUser.create({
    data: { username, firstName: "Sec", lastName: "Admin", email: `${username}@example.com`, passwordHash: await hashPassword(PASSWORD), roleId: role.id },
  });
}

/** A browser signed in as the admin: the claims its cookie holds. */
async function browserOf(adminId: number): Promise<JWT> {
  const a = await db.adminUser.findUniqueOrThrow({ where: { id: adminId } });
  return { sub: String(a.id), realm: "admin", username: a.username, name: `${a.firstName} ${a.lastName}`, sv: a.sessionVersion };
}

/** Whom the admin sees for a request carrying this cookie. */
async function adminSeenWith(claims: JWT): Promise<number | null> {
  jar.set(ADMIN_SESSION_COOKIE, await encode({ token: claims, secret: secret() }));
  return (await getAdmin())?.id ?? null;
}

async function openLacSession(adminUserId: number) {
  const customer = await db.customer.findFirstOrThrow({ where: { email: "roni_cost@example.com" } });
  return db.loginAsCustomerSession.create({
    data: {
      id: crypto.randomUUID(),
      adminUserId,
      adminName: "Sec Admin",
      adminUsername: "sec",
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Veronica Costello",
      storeViewId: customer.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
    },
  });
}

const formOf = (u: { id: number; username: string; email: string; roleId: number }, extra: Record<string, string>) =>
  toFormData({
    userId: String(u.id),
    username: u.username,
    firstName: "Sec",
    lastName: "Admin",
    email: u.email,
    isActive: "1",
    roleId: String(u.roleId),
    password: "",
    passwordConfirmation: "",
    ...extra,
  });

describe(`an admin's new password ends their other sessions (${provider()})`, () => {
  beforeEach(() => jar.clear());

  it("set by another admin: every browser of that admin is signed out and their Login as Customer sessions end", async () => {
    const acting = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
    const target = await makeAdmin("Support");
    const laptop = await browserOf(target.id);
    const lac = await openLacSession(target.id);
    expect(await adminSeenWith(laptop)).toBe(target.id);

    const input = {
      userId: target.id,
      username: target.username,
      firstName: "Sec",
      lastName: "Admin",
      email: target.email,
      isActive: true,
      roleId: target.roleId,
    };
    // a save without a new password keeps every session (the control)
    expect(await saveUser(input, acting.id, db)).toMatchObject({ ok: true, endedSessions: 0 });
    expect(await adminSeenWith(laptop)).toBe(target.id);

    expect(await saveUser({ ...input, passwordHash: await hashPassword("Changed456!") }, acting.id, db)).toMatchObject({ ok: true, endedSessions: 1 });
    expect(await adminSeenWith(laptop)).toBeNull();
    const ended = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: lac.id } });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endReason).toBe(END_REASONS.adminPasswordChanged);
  });

  it("their own: the other browsers are signed out, the one that changed it stays signed in", async () => {
    const me = await makeAdmin("Administrators");
    const laptop = await browserOf(me.id);
    const phone = await browserOf(me.id);
    const lac = await openLacSession(me.id);

    jar.set(ADMIN_SESSION_COOKIE, await encode({ token: laptop, secret: secret() }));
    let navigated: unknown = null;
    try {
      const state = await saveUserAction({}, formOf(me, { password: "Changed456!", passwordConfirmation: "Changed456!", currentPassword: PASSWORD }));
      throw new Error(`expected a redirect to the saved user, got ${JSON.stringify(state)}`);
    } catch (e) {
      navigated = e;
    }
    expect(isNavigationSignal(navigated), String(navigated)).toBe(true);

    // this browser: the action re-issued its cookie with the new session version
    expect((await getAdmin())?.id).toBe(me.id);
    expect(await adminSeenWith(phone)).toBeNull();
    expect(await adminSeenWith(laptop)).toBeNull();
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: lac.id } })).endReason).toBe(END_REASONS.adminPasswordChanged);
  });
});

const SIGN_OUT_FAILED = "We could not sign you out. Please try again.";
const authCtx = (action: string) => ({ params: Promise.resolve({ nextauth: [action] }) });

/** The sign-out request the Sign Out button sends (with the CSRF token it fetched first), answered by the admin realm's route. */
async function signOutRequest(): Promise<Response> {
  const csrf = await adminAuth.GET(new NextRequest("http://localhost/api/admin-auth/csrf"), authCtx("csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  for (const c of csrf.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), decodeURIComponent(pair.slice(i + 1)));
  }
  const body = new URLSearchParams({ csrfToken, json: "true", callbackUrl: "/" });
  const req = new NextRequest("http://localhost/api/admin-auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
    body,
  });
  return adminAuth.POST(req, authCtx("signout"));
}

/** Whether a response clears (or replaces) the admin session cookie. */
const touchesSessionCookie = (res: Response) => res.headers.getSetCookie().some((c) => c.startsWith(`${ADMIN_SESSION_COOKIE}=`));

describe(`admin Sign Out fails closed (${provider()})`, () => {
  beforeEach(() => {
    jar.clear();
    failing.writes = false;
  });

  it("ends the admin's sessions and their Login as Customer sessions, then clears the cookie", async () => {
    const me = await makeAdmin("Support");
    const laptop = await browserOf(me.id);
    const phone = await browserOf(me.id);
    const lac = await openLacSession(me.id);
    jar.set(ADMIN_SESSION_COOKIE, await encode({ token: laptop, secret: secret() }));

    const res = await signOutRequest();
    expect(res.status).toBe(200);
    expect(touchesSessionCookie(res)).toBe(true);
    expect(await adminSeenWith(phone)).toBeNull();
    expect(await adminSeenWith(laptop)).toBeNull();
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: lac.id } })).endReason).toBe(END_REASONS.adminSignedOut);
  });

  it("when ending the sessions fails: an error, nothing changed, the cookie stays and signs in; a retry then works", async () => {
    const me = await makeAdmin("Support");
    const laptop = await browserOf(me.id);
    const lac = await openLacSession(me.id);
    const before = await db.adminUser.findUniqueOrThrow({ where: { id: me.id }, select: { sessionVersion: true } });
    jar.set(ADMIN_SESSION_COOKIE, await encode({ token: laptop, secret: secret() }));

    failing.writes = true;
    const res = await signOutRequest();
    failing.writes = false;
    expect(await res.json().catch(() => null)).toEqual({ error: SIGN_OUT_FAILED });
    expect(res.status).toBe(503);
    expect(touchesSessionCookie(res)).toBe(false);
    // the session version bump was rolled back with the failed write: the same cookie still signs in
    expect(await db.adminUser.findUniqueOrThrow({ where: { id: me.id }, select: { sessionVersion: true } })).toEqual(before);
    expect((await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: lac.id } })).endedAt).toBeNull();
    expect(await adminSeenWith(laptop)).toBe(me.id);

    const retry = await signOutRequest();
    expect(retry.status).toBe(200);
    expect(touchesSessionCookie(retry)).toBe(true);
    expect(await adminSeenWith(laptop)).toBeNull();
  });
});

describe(`an admin gives only roles within their own resources, unless they hold User Roles (${provider()})`, () => {
  beforeEach(() => jar.clear());

  const newUser = (roleId: number) => {
    const username = `given_${uid()}`;
    return { username, firstName: "Given", lastName: "Role", email: `${username}@example.com`, passwordHash: "x", isActive: true, roleId };
  };

  it("with All Users alone: not Administrators (all resources), not a role with a resource they lack, to nobody, themselves included", async () => {
    const [administrators, support] = await Promise.all([
      db.adminRole.findUniqueOrThrow({ where: { name: "Administrators" } }),
      db.adminRole.findUniqueOrThrow({ where: { name: "Support" } }),
    ]);
    const usersOnly = await makeRole(["system.permissions.users", "dashboard"]);
    const acting = await db.adminUser.create({ data: { ...newUser(usersOnly.id), passwordHash: await hashPassword(PASSWORD) } });
    const refused = { ok: false, error: ROLE_BEYOND_OWN, field: "roleId" };

    for (const role of [administrators, support]) {
      const input = newUser(role.id);
      expect(await saveUser(input, acting.id, db), `new user with ${role.name}`).toEqual(refused);
      expect(await db.adminUser.count({ where: { username: input.username } })).toBe(0);
    }
    // an existing user moved to a bigger role
    const dashboardOnly = await makeRole(["dashboard"]);
    const other = await db.adminUser.create({ data: newUser(dashboardOnly.id) });
    const otherInput = { ...newUser(administrators.id), userId: other.id, username: other.username, email: other.email, passwordHash: undefined };
    expect(await saveUser(otherInput, acting.id, db)).toEqual(refused);
    expect((await db.adminUser.findUniqueOrThrow({ where: { id: other.id } })).roleId).toBe(dashboardOnly.id);

    // themselves, through the form: the message stands next to the role select
    jar.set(ADMIN_SESSION_COOKIE, await encode({ token: await browserOf(acting.id), secret: secret() }));
    const state = await saveUserAction({}, formOf({ ...acting, roleId: administrators.id }, { currentPassword: PASSWORD }));
    expect(state.fieldErrors?.roleId).toBe(ROLE_BEYOND_OWN);
    expect((await db.adminUser.findUniqueOrThrow({ where: { id: acting.id } })).roleId).toBe(usersOnly.id);
  });

  it("with All Users alone: a user above them cannot be changed (no new password, no deactivation) nor deleted", async () => {
    const usersOnly = await makeRole(["system.permissions.users", "dashboard"]);
    const acting = await db.adminUser.create({ data: newUser(usersOnly.id) });
    const top = await makeAdmin("Administrators");
    const takeover = { ...newUser(top.roleId), userId: top.id, username: top.username, email: top.email, passwordHash: await hashPassword("Mine123!") };
    expect(await saveUser(takeover, acting.id, db)).toEqual({ ok: false, error: USER_BEYOND_OWN });
    expect(await saveUser({ ...takeover, passwordHash: undefined, isActive: false }, acting.id, db)).toEqual({ ok: false, error: USER_BEYOND_OWN });
    expect(await deleteUser(top.id, acting.id, db)).toEqual({ ok: false, error: USER_BEYOND_OWN });
    const after = await db.adminUser.findUniqueOrThrow({ where: { id: top.id } });
    expect([after.passwordHash, after.isActive]).toEqual([top.passwordHash, true]);
    // a user within their reach stays editable
    const peer = await db.adminUser.create({ data: newUser(usersOnly.id) });
    expect(await saveUser({ ...newUser(usersOnly.id), userId: peer.id, username: peer.username, email: peer.email }, acting.id, db)).toMatchObject({
      ok: true,
    });
  });

  it("with All Users alone: a role within their own resources can be given", async () => {
    const acting = await db.adminUser.create({ data: newUser((await makeRole(["system.permissions.users", "dashboard", "customers.lac.log"])).id) });
    const within = await makeRole(["dashboard", "customers.lac.log"]);
    expect(await saveUser(newUser(within.id), acting.id, db)).toMatchObject({ ok: true });
  });

  it("holding User Roles: any role can be given, Administrators included", async () => {
    const acting = await db.adminUser.create({ data: newUser((await makeRole(["system.permissions.users", "system.permissions.roles"])).id) });
    const [administrators, support] = await Promise.all([
      db.adminRole.findUniqueOrThrow({ where: { name: "Administrators" } }),
      db.adminRole.findUniqueOrThrow({ where: { name: "Support" } }),
    ]);
    expect(await saveUser(newUser(administrators.id), acting.id, db)).toMatchObject({ ok: true });
    expect(await saveUser(newUser(support.id), acting.id, db)).toMatchObject({ ok: true });
  });
});
