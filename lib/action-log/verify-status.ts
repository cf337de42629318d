// The Actions Report's integrity line: the latest `npm run log:verify` result.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { latestVerification } from "./verify";

export type IntegrityStatus =
  | { state: "never" }
  | { state: "verified"; throughEntryId: number | null; at: string; unsealed: number }
  | { state: "failed"; failedEntry: string; message: string; at: string };

export async function loadIntegrityStatus(client: Db = appDb): Promise<IntegrityStatus> {
  const v = await latestVerification(client);
  if (!v) return { state: "never" };
  const at = v.at.toISOString();
  if (v.ok) return { state: "verified", throughEntryId: v.throughEntryId, at, unsealed: v.unsealed };
  return { state: "failed", failedEntry: v.failedEntry ?? "?", message: v.message, at };
}
