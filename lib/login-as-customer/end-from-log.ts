// An admin ends an active session from the Login as Customer Log; recorded like any end,
// with the admin's username in the reason.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS, endSessions } from "./end-session";

/** False when the session had already ended (or is unknown). */
export async function endSessionFromLog(sessionId: string, adminUsername: string, client: Db = appDb): Promise<boolean> {
  const ended = await client.$transaction((tx) => endSessions(tx, { id: sessionId }, `${END_REASONS.endedFromLog} (${adminUsername})`));
  return ended > 0;
}
