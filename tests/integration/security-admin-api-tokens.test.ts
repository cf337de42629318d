// API tokens: an admin makes and revokes them for their own account only, confirms
// with their password, and each token expires (90 days unless chosen otherwise);
// an expired token is refused like a revoked one.
import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { testDb, provider } from "../helpers/db";
import { toFormData } from "../helpers/form-data";
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
const { adminFromApiToken, createApiToken } = await import("@/lib/auth/api-tokens");
const { apiTokensOf } = await import("@/lib/admin/users");
const { ADMIN_WRONG_CURRENT_PASSWORD } = await import("@/lib/admin/confirm-password");
const { createApiTokenAction, revokeApiTokenAction } = await import("@/app/admin/(shell)/system/users/api-token-actions");

const db = testDb();
const uid = () => crypto.randomBytes(4).toString("hex");
const PASSWORD = "Tokens123!";
const DAY = 24 * 60 * 60 * 1000;

async function makeAdmin() {
  const role = await db.adminRole.findUniqueOrThrow({ where: { name: "Administrators" } });
  const username = `tok_${uid()}`;
  return db.adminUser.create({
    data: { username, firstName: "Tok", lastName: "En", email: `${username}@example.com`, passwordHash: await hashPassword(PASSWORD), roleId: role.id },
  });
}

/** This request comes from a browser signed in as the admin. */
async function signInAs(admin: { id: number; username: string; sessionVersion: number }) {
  jar.set(
    ADMIN_SESSION_COOKIE,
    await encode({
      token: { sub: String(admin.id), realm: "admin", username: admin.username, sv: admin.sessionVersion },
      secret: process.env.ADMIN_AUTH_SECRET!,
    }),
  );
}

const tokensOf = (adminUserId: number) => db.adminApiToken.findMany({ where: { adminUserId }, orderBy: { id: "asc" } });

describe(`API tokens: only for oneself, with the password, with an expiry (${provider()})`, () => {
  beforeEach(() => jar.clear());

  it("a wrong or missing password creates nothing", async () => {
    const me = await makeAdmin();
    await signInAs(me);
    const wrong = await createApiTokenAction({}, toFormData({ name: "CI", expiresInDays: "90", currentPassword: "not-mine" }));
    expect(wrong.fieldErrors?.currentPassword).toBe(ADMIN_WRONG_CURRENT_PASSWORD);
    const missing = await createApiTokenAction({}, toFormData({ name: "CI", expiresInDays: "90" }));
    expect(missing.fieldErrors?.currentPassword).toBe("Your Password is required.");
    expect(await tokensOf(me.id)).toEqual([]);
  });

  it("is made for the signed-in admin, whatever user the form names, expiring after 90 days by default or the chosen days", async () => {
    const me = await makeAdmin();
    const other = await makeAdmin();
    await signInAs(me);
    const before = Date.now();
    const r = await createApiTokenAction({}, toFormData({ userId: String(other.id), name: "CI", expiresInDays: "90", currentPassword: PASSWORD }));
    expect(r.data?.token).toMatch(/^lac_at_/);
    expect(await tokensOf(other.id)).toEqual([]);
    const [mine] = await tokensOf(me.id);
    expect(mine.expiresAt.getTime() - before).toBeGreaterThanOrEqual(90 * DAY - 1000);
    expect(mine.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(90 * DAY);

    await createApiTokenAction({}, toFormData({ name: "Short", expiresInDays: "30", currentPassword: PASSWORD }));
    const short = (await tokensOf(me.id)).find((t) => t.name === "Short")!;
    expect(Math.round((short.expiresAt.getTime() - short.createdAt.getTime()) / DAY)).toBe(30);
    // an expiry the form does not offer is refused
    const odd = await createApiTokenAction({}, toFormData({ name: "Odd", expiresInDays: "100000", currentPassword: PASSWORD }));
    expect(odd.fieldErrors?.expiresInDays).toBe("Choose when the token expires.");
  });

  it("another admin's token cannot be revoked", async () => {
    const me = await makeAdmin();
    const other = await makeAdmin();
    const theirs = await createApiToken(db, other.id, "theirs");
    await signInAs(me);
    const r = await revokeApiTokenAction({}, toFormData({ tokenId: String(theirs.id), userId: String(other.id) }));
    expect(r.error).toBe("This token is already revoked.");
    expect((await db.adminApiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();

    const mine = await createApiToken(db, me.id, "mine");
    expect(await revokeApiTokenAction({}, toFormData({ tokenId: String(mine.id) }))).toMatchObject({ success: "The API token was revoked." });
  });

  it("an expired token is refused; a live one works and its last use is shown with its expiry", async () => {
    const me = await makeAdmin();
    const live = await createApiToken(db, me.id, "live");
    const old = await createApiToken(db, me.id, "old", new Date(Date.now() - 1000));
    expect(await adminFromApiToken(db, `Bearer ${old.token}`)).toBeNull();
    expect((await adminFromApiToken(db, `Bearer ${live.token}`))?.id).toBe(me.id);
    // the moment it expires, it is refused
    expect(await adminFromApiToken(db, `Bearer ${live.token}`, live.expiresAt)).toBeNull();

    const list = await apiTokensOf(me.id, db);
    expect(list.find((t) => t.id === live.id)).toMatchObject({ expired: false, lastUsedAt: expect.any(Date), expiresAt: live.expiresAt });
    expect(list.find((t) => t.id === old.id)).toMatchObject({ expired: true, lastUsedAt: null });
  });
});
