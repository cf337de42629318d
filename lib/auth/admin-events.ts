// What happens when an admin signs out: every copy of their JWT stops working
// (sessionVersion bump), and their Login as Customer sessions end. This runs
// before next-auth clears the cookie, and a failure stops the sign-out there
// (fails closed): the cookie stays and the admin can retry, instead of leaving
// believing sessions ended that are still open. next-auth's own sign-out event
// cannot do this: it swallows the event's errors and clears the cookie anyway.
import "server-only";
import { NextResponse } from "next/server";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { endAdminSessions } from "./admin-session-version";
import { getAdmin } from "./admin-session";
import { ADMIN_SIGN_OUT_FAILED } from "./admin-messages";

export { ADMIN_SIGN_OUT_FAILED };

export type SignOutStep = { ok: true } | { ok: false; error: string };

/** Ends the signed-in admin's sessions, all or nothing; an error is answered, never thrown. */
export async function endSessionsBeforeSignOut(client: Db = appDb): Promise<SignOutStep> {
  try {
    const admin = await getAdmin();
    // no live session behind this cookie (ended elsewhere, deactivated): nothing to end, the cookie may go
    if (admin) await client.$transaction((tx) => endAdminSessions(tx, admin.id, END_REASONS.adminSignedOut));
    return { ok: true };
  } catch (e) {
    console.error(`admin sign-out: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, error: ADMIN_SIGN_OUT_FAILED };
  }
}

type AuthContext = { params: Promise<{ nextauth: string[] }> };

/** The admin realm's POST: a sign-out ends the sessions first and reaches next-auth only when that worked. */
export function signOutFailsClosed(handler: (req: Request, ctx: AuthContext) => Promise<Response>) {
  return async (req: Request, ctx: AuthContext): Promise<Response> => {
    const { nextauth } = await ctx.params;
    if (nextauth?.[0] === "signout") {
      const step = await endSessionsBeforeSignOut();
      if (!step.ok) return NextResponse.json({ error: step.error }, { status: 503, headers: { "Cache-Control": "no-store" } });
    }
    return handler(req, ctx);
  };
}
