// End assistance (SPEC 10.3): the customer, signed in on their own, ends every Login as
// Customer session open on their account at once. The admin's tab is signed out at its
// next request (check-session.ts reads endedAt); the logout entry records the reason.
import type { Db } from "@/lib/db-client";
import { END_REASONS, endSessionsForCustomer } from "./end-session";
import { LAC } from "./messages";

export type EndAssistanceResult = { ok: true; ended: number } | { ok: false; error: string };

/**
 * Refused during Login as Customer: the admin cannot end a session "as the customer" (their
 * own Close Session does that). Otherwise one transaction ends every open session on the
 * account and revokes its unredeemed secrets, so no tab opened a moment ago can start one.
 */
export async function endAssistanceByCustomer(db: Db, input: { customerId: number; impersonating: boolean }): Promise<EndAssistanceResult> {
  if (input.impersonating) return { ok: false, error: LAC.actionNotAllowed };
  const ended = await db.$transaction((tx) => endSessionsForCustomer(tx, input.customerId, END_REASONS.endedByCustomer));
  return { ok: true, ended };
}
