// Ending a shopper's sessions: every shopper cookie carries the customer's session
// version at sign-in ("ver"); bumping the version in the database signs out every
// cookie issued before, at its next request. A Login as Customer cookie carries no
// version: its own session row decides whether it still works.
import "server-only";
import { cookies } from "next/headers";
import { encode, type JWT } from "next-auth/jwt";
import type { Db, DbTx } from "@/lib/db-client";
import { SHOP_SESSION_COOKIE, secureCookiesEnabled, shopAuthSecret } from "./cookies";

export const SHOP_SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/** Whether a shopper cookie is still one of the customer's live sessions. */
export function sessionVersionMatches(token: JWT, customer: { sessionVersion: number }): boolean {
  if (typeof token.lac === "string") return true;
  return (typeof token.ver === "number" ? token.ver : 0) === customer.sessionVersion;
}

/** Signs out every session of the customer (their next request finds the version moved on). */
export async function endCustomerSessions(tx: Pick<Db | DbTx, "customer">, customerId: number): Promise<number> {
  const r = await tx.customer.update({ where: { id: customerId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return r.sessionVersion;
}

/** After the customer's own change ended their sessions: this browser keeps a fresh cookie with the new version. */
export async function reissueShopCookie(token: JWT, sessionVersion: number): Promise<void> {
  const value = await encode({ secret: shopAuthSecret(), maxAge: SHOP_SESSION_MAX_AGE, token: { ...token, ver: sessionVersion } });
  (await cookies()).set(SHOP_SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookiesEnabled(),
    maxAge: SHOP_SESSION_MAX_AGE,
  });
}

/**
 * A token's lifetime in seconds: `maxAge`, cut to the end of its Login as Customer session
 * when it carries one ("lexp", epoch seconds), so the token never outlives the session (SPEC 10.7).
 */
export function cappedMaxAge(token: JWT | undefined, maxAge: number = SHOP_SESSION_MAX_AGE, nowMs: number = Date.now()): number {
  const lexp = token?.lexp;
  if (typeof lexp !== "number") return maxAge;
  return Math.max(1, Math.min(maxAge, lexp - Math.floor(nowMs / 1000)));
}
