// Sign-in rate limiting for both realms, kept in the database (AuthThrottle)
// so every app instance sees the same counters. Only failures are counted, per
// account and per client IP; a success clears the account's counter (never the
// IP's: one valid account must not reset an IP that is guessing others).
import type { Db } from "@/lib/db-client";

/** Failures of one account (per realm) within the window before it is locked. */
export const ACCOUNT_MAX_FAILURES = 5;
/**
 * Failures from one IP (per realm) within the window before it is locked. High on
 * purpose: offices and the e2e suite (many agents on 127.0.0.1) share an address.
 */
export const IP_MAX_FAILURES = 100;
/** Failures are counted over this window, from the first failure of the window. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** How long a lock lasts (the lockout message says it in minutes). */
export const LOCKOUT_MS = 15 * 60 * 1000;
export const LOCKOUT_MINUTES = LOCKOUT_MS / 60_000;

export type Realm = "admin" | "shop";
export type LockedBy = "account" | "ip";
type ThrottleDb = Pick<Db, "authThrottle">;

export function throttleKeys(realm: Realm, account: string, ip: string): { account: string; ip: string | null } {
  return {
    account: `${realm}:account:${account.trim().toLowerCase()}`,
    // no IP is known only outside a server (Next.js always sets x-forwarded-for): nothing to count then
    ip: ip ? `${realm}:ip:${ip}` : null,
  };
}

/** Whether this account or IP is locked now. Checked before the password is even looked at. */
export async function signInLockedBy(db: ThrottleDb, realm: Realm, account: string, ip: string, now = new Date()): Promise<LockedBy | null> {
  const keys = throttleKeys(realm, account, ip);
  const rows = await db.authThrottle.findMany({
    where: { key: { in: keys.ip ? [keys.account, keys.ip] : [keys.account] }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  if (rows.some((r) => r.key === keys.account)) return "account";
  return rows.length > 0 ? "ip" : null;
}

/** Counts one failed sign-in for the account and the IP; says which of them it locked, if any. */
export async function recordSignInFailure(db: ThrottleDb, realm: Realm, account: string, ip: string, now = new Date()): Promise<LockedBy | null> {
  const keys = throttleKeys(realm, account, ip);
  const accountLocked = await countFailure(db, keys.account, ACCOUNT_MAX_FAILURES, now);
  const ipLocked = keys.ip ? await countFailure(db, keys.ip, IP_MAX_FAILURES, now) : false;
  return accountLocked ? "account" : ipLocked ? "ip" : null;
}

/**
 * A successful sign-in: the account starts from zero again (its IP does not). Also drops
 * the rows nobody needs any more (window over, not locked), so guesses at made-up
 * accounts do not pile up in the table.
 */
export async function clearAccountFailures(db: ThrottleDb, realm: Realm, account: string, now = new Date()): Promise<void> {
  const windowOver = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  await db.authThrottle.deleteMany({
    where: {
      OR: [
        { key: throttleKeys(realm, account, "").account },
        { windowStartsAt: { lte: windowOver }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      ],
    },
  });
}

async function countFailure(db: ThrottleDb, key: string, limit: number, now: Date): Promise<boolean> {
  // one atomic increment per failure, so concurrent attempts (several instances) are all counted
  const row = await upsertIncrement(db, key, now);
  if (row.windowStartsAt.getTime() <= now.getTime() - THROTTLE_WINDOW_MS) {
    // the window has passed: this failure is the first of a new one
    await db.authThrottle.updateMany({ where: { key, windowStartsAt: row.windowStartsAt }, data: { failures: 1, windowStartsAt: now, lockedUntil: null } });
    return limit <= 1 && (await lock(db, key, now));
  }
  if (row.failures < limit) return false;
  return lock(db, key, now);
}

async function lock(db: ThrottleDb, key: string, now: Date): Promise<boolean> {
  await db.authThrottle.updateMany({ where: { key }, data: { lockedUntil: new Date(now.getTime() + LOCKOUT_MS), failures: 0, windowStartsAt: now } });
  return true;
}

async function upsertIncrement(db: ThrottleDb, key: string, now: Date) {
  const args = { where: { key }, create: { key, failures: 1, windowStartsAt: now }, update: { failures: { increment: 1 } } };
  try {
    return await db.authThrottle.upsert(args);
  } catch (e) {
    // two first failures at once: the other one created the row, so this one increments it
    if ((e as { code?: string }).code !== "P2002") throw e;
    return db.authThrottle.upsert(args);
  }
}
