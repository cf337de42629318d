// "Your Password" on the role, user and API token forms is rate-limited like sign-in:
// counted before the check, 5 wrong ones lock the confirmation for 15 minutes, the right
// one is then refused unchecked, a success clears the count.
import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { testDb, provider } from "../helpers/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LOCKOUT_MS, PAIR_MAX_FAILURES } from "@/lib/auth/throttle";
import { ADMIN_CONFIRM_LOCKED, ADMIN_WRONG_CURRENT_PASSWORD, checkCurrentAdminPassword } from "@/lib/admin/confirm-password";

vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const db = testDb();
const checks = () => vi.mocked(verifyPassword).mock.calls.length;

async function makeAdmin() {
  const role = await db.adminRole.findUniqueOrThrow({ where: { name: "Administrators" } });
  const username = `confirm_${provider()}_${crypto.randomBytes(4).toString("hex")}`;
  return db.adminUser.create({
    data: { username, firstName: "Con", lastName: "Firm", email: `${username}@example.com`, passwordHash: await hashPassword("Right123!"), roleId: role.id },
  });
}

describe(`the admin's password confirmation (${provider()})`, () => {
  it(`${PAIR_MAX_FAILURES} wrong passwords lock it; the right one is then refused unchecked until the lock ends`, async () => {
    const admin = await makeAdmin();
    const now = new Date();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) expect(await checkCurrentAdminPassword(admin.id, `wrong-${i}`, db, now)).toBe(ADMIN_WRONG_CURRENT_PASSWORD);
    expect(await checkCurrentAdminPassword(admin.id, "wrong-last", db, now)).toBe(ADMIN_CONFIRM_LOCKED);
    const before = checks();
    expect(await checkCurrentAdminPassword(admin.id, "Right123!", db, now)).toBe(ADMIN_CONFIRM_LOCKED);
    expect(checks()).toBe(before);
    expect(await checkCurrentAdminPassword(admin.id, "Right123!", db, new Date(now.getTime() + LOCKOUT_MS + 1000))).toBeNull();
  });

  it("a success clears the count", async () => {
    const admin = await makeAdmin();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await checkCurrentAdminPassword(admin.id, "wrong", db);
    expect(await checkCurrentAdminPassword(admin.id, "Right123!", db)).toBeNull();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) expect(await checkCurrentAdminPassword(admin.id, "wrong", db)).toBe(ADMIN_WRONG_CURRENT_PASSWORD);
  });

  it(`20 wrong passwords at once get at most ${PAIR_MAX_FAILURES} checks`, async () => {
    const admin = await makeAdmin();
    const before = checks();
    await Promise.all(Array.from({ length: 20 }, (_, i) => checkCurrentAdminPassword(admin.id, `wrong-${i}`, db)));
    expect(checks() - before).toBeLessThanOrEqual(PAIR_MAX_FAILURES);
    expect(await checkCurrentAdminPassword(admin.id, "Right123!", db)).toBe(ADMIN_CONFIRM_LOCKED);
  });
});
