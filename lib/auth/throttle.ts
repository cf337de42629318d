// Sign-in rate limiting for both realms, kept in the database (AuthThrottle) so
// every app instance sees the same counters. Each attempt is counted before its
// password is checked (one atomic increment per counter), so a burst of parallel
// guesses cannot get more checks than the limit allows. Three counters, each
// with its own limit:
//   account + IP  — 5: the usual lock, which a stranger's tries cannot put on your own IP
//   account       — 50: guessing one account from many addresses
//   IP            — 100: one address guessing many accounts (offices and the e2e
//                   suite share an address, hence high)
// A success clears the account's counters and takes its own attempt back off the
// IP's (it never resets the IP: one valid account must not hide guesses at others).
import type { Db } from "@/lib/db-client";

export const PAIR_MAX_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 50;
export const IP_MAX_FAILURES = 100;
/** Attempts are counted over this window, from the first attempt of the window. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** How long a lock lasts (the lockout message says it in minutes). */
export const LOCKOUT_MS = 15 * 60 * 1000;
export const LOCKOUT_MINUTES = LOCKOUT_MS / 60_000;

export type Realm = "admin" | "shop";
export type LockedBy = "pair" | "account" | "ip";
type ThrottleDb = Pick<Db, "authThrottle">;
type Counter = { key: string; limit: number; by: LockedBy };

/** What the action log says about a lock. */
export const LOCK_REASONS: Record<LockedBy, string> = {
  pair: "account from this IP address",
  account: "account",
  ip: "IP address",
};

export function throttleKeys(realm: Realm, account: string, ip: string): { pair: string | null; account: string; ip: string | null } {
  const name = account.trim().toLowerCase();
  return {
    pair: ip ? `${realm}:pair:${name}|${ip}` : null,
    account: `${realm}:account:${name}`,
    // no IP is known only outside a server: nothing to count then
    ip: ip ? `${realm}:ip:${ip}` : null,
  };
}

function counters(realm: Realm, account: string, ip: string): Counter[] {
  const keys = throttleKeys(realm, account, ip);
  const list: Counter[] = [{ key: keys.account, limit: ACCOUNT_MAX_FAILURES, by: "account" }];
  if (keys.pair) list.unshift({ key: keys.pair, limit: PAIR_MAX_FAILURES, by: "pair" });
  if (keys.ip) list.push({ key: keys.ip, limit: IP_MAX_FAILURES, by: "ip" });
  return list;
}

/** Whether any of these counters is locked now. */
export async function anyLocked(db: ThrottleDb, keys: string[], now = new Date()): Promise<boolean> {
  return (await db.authThrottle.count({ where: { key: { in: keys }, lockedUntil: { gt: now } } })) > 0;
}

/** Counts one failure on a single counter; locks it when that reaches `limit`. Returns whether it is locked now. */
export async function countFailure(db: ThrottleDb, key: string, limit: number, now = new Date()): Promise<boolean> {
  if ((await countAttempt(db, key, now)) < limit) return false;
  await lock(db, key, now);
  return true;
}

/**
 * One counter alone, counted before the check like a sign-in: for a password asked
 * again inside the admin (role, user and API token forms). A success clears it.
 */
export async function beginLimitedAttempt(db: ThrottleDb, key: string, limit: number, now = new Date()): Promise<SignInAttempt> {
  const refused: SignInAttempt = { lockedBy: "account", finish: async () => "account" };
  if (await anyLocked(db, [key], now)) return refused;
  const count = await countAttempt(db, key, now);
  if (count > limit) {
    await lock(db, key, now);
    return refused;
  }
  return {
    lockedBy: null,
    finish: async (ok) => {
      if (ok) await db.authThrottle.deleteMany({ where: { key } });
      else if (count >= limit) await lock(db, key, now);
      return !ok && count >= limit ? "account" : null;
    },
  };
}

/** One sign-in attempt, counted; `finish` says how it ended. */
export type SignInAttempt = { lockedBy: LockedBy | null; finish: (ok: boolean) => Promise<LockedBy | null> };

/**
 * Starts an attempt: refused (lockedBy set, nothing counted) when a counter is locked;
 * otherwise counted on every counter, and refused when that puts one over its limit
 * (the rest of a parallel burst). Only then may the caller check the password.
 */
export async function beginSignInAttempt(db: ThrottleDb, realm: Realm, account: string, ip: string, now = new Date()): Promise<SignInAttempt> {
  const list = counters(realm, account, ip);
  const locked = await db.authThrottle.findMany({ where: { key: { in: list.map((c) => c.key) }, lockedUntil: { gt: now } }, select: { key: true } });
  const lockedCounter = list.find((c) => locked.some((r) => r.key === c.key));
  if (lockedCounter) return { lockedBy: lockedCounter.by, finish: async () => lockedCounter.by };
  const counts = await Promise.all(list.map((c) => countAttempt(db, c.key, now)));
  const over = list.find((c, i) => counts[i] > c.limit);
  if (over) {
    await lock(db, over.key, now);
    return { lockedBy: over.by, finish: async () => over.by };
  }
  return {
    lockedBy: null,
    finish: async (ok) => {
      if (ok) {
        await settleSuccess(db, realm, account, ip, now);
        return null;
      }
      // the failure that reaches a limit locks that counter at once
      const reached = list.filter((c, i) => counts[i] >= c.limit);
      for (const c of reached) await lock(db, c.key, now);
      return reached[0]?.by ?? null;
    },
  };
}

/**
 * A successful sign-in: the account starts from zero again, the IP keeps its other
 * attempts. Also drops the rows nobody needs any more (window over, not locked), so
 * guesses at made-up accounts do not pile up in the table.
 */
async function settleSuccess(db: ThrottleDb, realm: Realm, account: string, ip: string, now: Date): Promise<void> {
  const keys = throttleKeys(realm, account, ip);
  const windowOver = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  if (keys.ip) await db.authThrottle.updateMany({ where: { key: keys.ip, failures: { gt: 0 }, lockedUntil: null }, data: { failures: { decrement: 1 } } });
  await db.authThrottle.deleteMany({
    where: {
      OR: [
        { key: { in: keys.pair ? [keys.account, keys.pair] : [keys.account] } },
        { windowStartsAt: { lte: windowOver }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      ],
    },
  });
}

/** Counts one attempt on a counter (a new window when the last one has passed); returns the count now. */
async function countAttempt(db: ThrottleDb, key: string, now: Date): Promise<number> {
  const row = await upsertIncrement(db, key, now);
  if (row.windowStartsAt.getTime() > now.getTime() - THROTTLE_WINDOW_MS) return row.failures;
  // the window has passed: this attempt is the first of a new one (conditional, so only one request restarts it)
  const restarted = await db.authThrottle.updateMany({
    where: { key, windowStartsAt: row.windowStartsAt },
    data: { failures: 1, windowStartsAt: now, lockedUntil: null },
  });
  return restarted.count === 1 ? 1 : (await upsertIncrement(db, key, now)).failures;
}

/**
 * Locks a counter for LOCKOUT_MS. The count stays as it is (over the limit): a parallel
 * attempt that passed the lock check a moment before still counts past the limit and is
 * refused, where a count set back to 0 would have let it check a password. The window is
 * set to end with the lock, so the first attempt after it begins a new window at 1.
 */
async function lock(db: ThrottleDb, key: string, now: Date): Promise<void> {
  const until = new Date(now.getTime() + LOCKOUT_MS);
  await db.authThrottle.updateMany({ where: { key }, data: { lockedUntil: until, windowStartsAt: new Date(until.getTime() - THROTTLE_WINDOW_MS) } });
}

async function upsertIncrement(db: ThrottleDb, key: string, now: Date) {
  const args = { where: { key }, create: { key, failures: 1, windowStartsAt: now }, update: { failures: { increment: 1 } } };
  try {
    return await db.authThrottle.upsert(args);
  } catch (e) {
    // two first attempts at once: the other one created the row, so this one increments it
    if ((e as { code?: string }).code !== "P2002") throw e;
    return db.authThrottle.upsert(args);
  }
}
