// Sign-in rate limiting of both realms: per account and IP pair, per account, per IP;
// attempts counted before the password check, a success clears the account, a locked
// attempt never reaches the password check.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, provider } from "../helpers/db";
import { shopAuthOptions } from "@/lib/auth/shop-options";
import { adminAuthOptions } from "@/lib/auth/admin-options";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED } from "@/lib/auth/messages";
import { ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES, LOCKOUT_MS, PAIR_MAX_FAILURES, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

// counts password checks, so a test can prove a locked attempt never made one
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorizeOf = (options: typeof shopAuthOptions) => (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const db = testDb();
let n = 0;
const unique = (label: string) => `${label}-${provider()}-${process.pid}-${Date.now()}-${++n}`;
// a new address per call, so tests (and other files) never share an IP counter
const freshIp = () => {
  n += 1;
  return `10.${process.pid % 250}.${Math.floor(n / 250) % 250}.${n % 250}`;
};

const adminSignIn = (username: string, password: string, ip: string) =>
  authorizeOf(adminAuthOptions)({ username, password }, { headers: { "x-lac-client-ip": ip } });
const shopSignIn = (email: string, password: string, ip: string) =>
  authorizeOf(shopAuthOptions)({ email, password }, { headers: { "x-lac-client-ip": ip, cookie: "lac_store=default" } });

async function makeAdmin() {
  const role = await db.adminRole.findFirstOrThrow({ where: { name: "Administrators" } });
  const username = unique("throttle-admin");
  await db.adminUser.create({
    data: {
      username,
      firstName: "Tess",
      lastName: "Throttle",
      email: `${username}@example.com`,
      passwordHash: await hashPassword("Right123!"),
      roleId: role.id,
    },
  });
  return username;
}

async function makeShopper() {
  const website = await db.website.findUniqueOrThrow({ where: { code: "base" }, include: { storeViews: true } });
  const group = await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } });
  const email = `${unique("throttle")}@example.com`.toLowerCase();
  await db.customer.create({
    data: {
      firstName: "Sid",
      lastName: "Throttle",
      email,
      passwordHash: await hashPassword("Right123!"),
      websiteId: website.id,
      storeViewId: website.storeViews[0].id,
      groupId: group.id,
      searchText: email,
    },
  });
  return email;
}

const passwordChecks = () => vi.mocked(verifyPassword).mock.calls.length;

describe(`sign-in rate limiting (${provider()})`, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`admin: locks the account from that IP after ${PAIR_MAX_FAILURES} failures, refuses the right password there without checking it, logs the refusal`, async () => {
    const username = await makeAdmin();
    const ip = freshIp();
    const since = new Date(Date.now() - 1000);
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    // the failure that reaches the limit already says so
    await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_LOCKED);

    const checksBefore = passwordChecks();
    await expect(adminSignIn(username, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    expect(passwordChecks()).toBe(checksBefore);

    const log = await db.actionLog.findMany({ where: { actionGroup: "Admin Sign In", username, createdAt: { gte: since } }, orderBy: { id: "asc" } });
    expect(log.map((e) => [e.result, e.errorMessage])).toEqual([
      ...Array.from({ length: PAIR_MAX_FAILURES }, () => ["failure", "Wrong password"]),
      ["failure", "Locked out: too many failed sign-in attempts (account from this IP address)"],
    ]);
    expect(log.every((e) => e.ip !== "" && e.result === "failure")).toBe(true);

    // a stranger's five tries do not lock the admin out: from their own address the right password works
    expect(await adminSignIn(username, "Right123!", freshIp())).toMatchObject({ username });
    // the lock ends after LOCKOUT_MS, then the right password works from that IP again
    vi.setSystemTime(new Date(Date.now() + LOCKOUT_MS - 1000));
    await expect(adminSignIn(username, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    vi.setSystemTime(new Date(Date.now() + 2000));
    expect(await adminSignIn(username, "Right123!", ip)).toMatchObject({ username });
  });

  it(`admin: ${ACCOUNT_MAX_FAILURES} failures from many addresses lock the account everywhere`, async () => {
    const username = await makeAdmin();
    // the addresses at once, each one's tries in turn (each address stays at its own limit)
    await Promise.all(
      Array.from({ length: ACCOUNT_MAX_FAILURES / PAIR_MAX_FAILURES }, async () => {
        const ip = freshIp();
        for (let j = 0; j < PAIR_MAX_FAILURES; j++) await adminSignIn(username, "wrong", ip).catch(() => null);
      }),
    );
    const checksBefore = passwordChecks();
    await expect(adminSignIn(username, "Right123!", freshIp())).rejects.toThrow(SIGN_IN_LOCKED);
    expect(passwordChecks()).toBe(checksBefore);
    const entry = await db.actionLog.findFirstOrThrow({ where: { actionGroup: "Admin Sign In", username }, orderBy: { id: "desc" } });
    expect(entry.errorMessage).toBe("Locked out: too many failed sign-in attempts (account)");
  }, 60_000);

  it(`30 parallel wrong passwords get at most ${PAIR_MAX_FAILURES} password checks, and then the right one is refused`, async () => {
    const username = await makeAdmin();
    const ip = freshIp();
    const checksBefore = passwordChecks();
    await Promise.all(Array.from({ length: 30 }, (_, i) => adminSignIn(username, `wrong-${i}`, ip).catch(() => null)));
    expect(passwordChecks() - checksBefore).toBeLessThanOrEqual(PAIR_MAX_FAILURES);
    await expect(adminSignIn(username, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
  });

  it("admin: a success clears the account's counter; locked refusals are not counted as failures", async () => {
    const username = await makeAdmin();
    const ip = freshIp();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    expect(await adminSignIn(username, "Right123!", ip)).toBeTruthy();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: `admin:pair:${username.toLowerCase()}|${ip}` } });
    await expect(adminSignIn(username, "wrong", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    expect(await db.authThrottle.findUniqueOrThrow({ where: { key: row.key } })).toEqual(row);
  });

  it("shopper: locks the account from that IP (any case of the email) and refuses the right password without checking it", async () => {
    const email = await makeShopper();
    const ip = freshIp();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(shopSignIn(email, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(shopSignIn(email.toUpperCase(), "wrong", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    const checksBefore = passwordChecks();
    await expect(shopSignIn(email, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    expect(passwordChecks()).toBe(checksBefore);
    // an unknown account is counted the same way (no hint that it does not exist)
    const ghost = `${unique("ghost")}@example.com`;
    const ghostIp = freshIp();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(shopSignIn(ghost, "wrong", ghostIp)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(shopSignIn(ghost, "wrong", ghostIp)).rejects.toThrow(SIGN_IN_LOCKED);
  });

  it("shopper: failures older than the window are forgotten; a success clears the account", async () => {
    const email = await makeShopper();
    const ip = freshIp();
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(shopSignIn(email, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    vi.setSystemTime(new Date(Date.now() + THROTTLE_WINDOW_MS + 1000));
    for (let i = 1; i < PAIR_MAX_FAILURES; i++) await expect(shopSignIn(email, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
    expect(await shopSignIn(email, "Right123!", ip)).toBeTruthy();
    expect(await db.authThrottle.count({ where: { key: { in: [`shop:account:${email}`, `shop:pair:${email}|${ip}`] } } })).toBe(0);
    await expect(shopSignIn(email, "wrong", ip)).rejects.toThrow(SIGN_IN_FAILED);
  });

  it(`per IP: ${IP_MAX_FAILURES} failures on different accounts lock the IP for every account of that realm, not other IPs`, async () => {
    const email = await makeShopper();
    const ip = freshIp();
    // each account stays under its own limit: only the IP counter can lock; all but the last
    // ten at a time (the counter is one atomic increment), the last one alone
    const spray = () =>
      shopSignIn(`${unique("spray")}@example.com`, "wrong", ip).then(
        () => "ok",
        (e: Error) => e.message,
      );
    const results: string[] = [];
    for (let i = 0; i < IP_MAX_FAILURES - 1; i += 10)
      results.push(...(await Promise.all(Array.from({ length: Math.min(10, IP_MAX_FAILURES - 1 - i) }, spray))));
    results.push(await spray());
    expect(results.slice(0, -1).every((m) => m === SIGN_IN_FAILED)).toBe(true);
    expect(results.at(-1)).toBe(SIGN_IN_LOCKED);
    const checksBefore = passwordChecks();
    await expect(shopSignIn(email, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    expect(passwordChecks()).toBe(checksBefore);
    // the account itself is fine: from another IP the right password works
    expect(await shopSignIn(email, "Right123!", freshIp())).toBeTruthy();
    // the admin realm has its own counters
    const username = await makeAdmin();
    expect(await adminSignIn(username, "Right123!", ip)).toBeTruthy();
    // a success does not reset the IP's counter
    await expect(shopSignIn(email, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
  }, 120_000);

  it("a success also drops stale counters (window over, not locked), keeping live ones", async () => {
    const email = await makeShopper();
    const now = Date.now();
    const stale = { key: `shop:account:${unique("stale")}`, failures: 3, windowStartsAt: new Date(now - THROTTLE_WINDOW_MS - 1000), lockedUntil: null };
    const staleLockOver = {
      key: `shop:ip:${freshIp()}`,
      failures: 0,
      windowStartsAt: new Date(now - THROTTLE_WINDOW_MS - 1000),
      lockedUntil: new Date(now - 1000),
    };
    const live = { key: `admin:account:${unique("live")}`, failures: 2, windowStartsAt: new Date(now - 1000), lockedUntil: null };
    const locked = { key: `admin:ip:${freshIp()}`, failures: 0, windowStartsAt: new Date(now - LOCKOUT_MS - 1000), lockedUntil: new Date(now + 60_000) };
    await db.authThrottle.createMany({ data: [stale, staleLockOver, live, locked] });
    expect(await shopSignIn(email, "Right123!", freshIp())).toBeTruthy();
    const left = await db.authThrottle.findMany({ where: { key: { in: [stale.key, staleLockOver.key, live.key, locked.key] } } });
    expect(left.map((r) => r.key).sort()).toEqual([live.key, locked.key].sort());
  });

  it("admin: a locked IP is refused and logged as such", async () => {
    const username = await makeAdmin();
    const ip = freshIp();
    await db.authThrottle.create({ data: { key: `admin:ip:${ip}`, failures: 0, windowStartsAt: new Date(), lockedUntil: new Date(Date.now() + LOCKOUT_MS) } });
    await expect(adminSignIn(username, "Right123!", ip)).rejects.toThrow(SIGN_IN_LOCKED);
    const entry = await db.actionLog.findFirstOrThrow({ where: { actionGroup: "Admin Sign In", username }, orderBy: { id: "desc" } });
    expect([entry.result, entry.errorMessage, entry.ip]).toEqual(["failure", "Locked out: too many failed sign-in attempts (IP address)", ip]);
  });

  it("concurrent failures are all counted: the account ends up locked", async () => {
    const email = await makeShopper();
    await Promise.all(Array.from({ length: ACCOUNT_MAX_FAILURES + 10 }, () => shopSignIn(email, "wrong", freshIp()).catch(() => null)));
    await expect(shopSignIn(email, "Right123!", freshIp())).rejects.toThrow(SIGN_IN_LOCKED);
  });
});
