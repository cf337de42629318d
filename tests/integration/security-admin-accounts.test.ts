// An admin's account, guarded: a new password ends that admin's other sessions and
// their Login as Customer sessions, while the browser that changed its own password
// stays signed in.
import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";
import { toFormData } from "../helpers/form-data";
import { isNavigationSignal } from "../helpers/outcome";
import { hashPassword } from "@/lib/auth/password";

// the cookie jar of "this request", as next/headers would give it to server code
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.9" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { ADMIN_SESSION_COOKIE } = await import("@/lib/auth/cookies");
const { getAdmin } = await import("@/lib/auth/admin-session");
const { saveUser } = await import("@/lib/admin/users");
const { END_REASONS } = await import("@/lib/login-as-customer/end-session");
const { saveUserAction } = await import("@/app/admin/(shell)/system/users/actions");

const db = testDb();
const uid = () => crypto.randomBytes(4).toString("hex");
const secret = () => process.env.ADMIN_AUTH_SECRET!;
const PASSWORD = "Agent123!";

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
