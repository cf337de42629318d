// Customer groups and websites, for the grid's names and filters and the edit forms.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import type { Lookup } from "./grid-spec";

// A handful of rows that rarely change: kept for 30 s per process so a grid page
// costs two queries (rows, capped count), not four.
let lookupCache: { at: number; client: Db; value: { groups: Lookup; websites: Lookup } } | undefined;

export async function customerLookups(client: Db = appDb): Promise<{ groups: Lookup; websites: Lookup }> {
  if (lookupCache && lookupCache.client === client && Date.now() - lookupCache.at < 30_000) return lookupCache.value;
  const [groups, websites] = await Promise.all([
    client.customerGroup.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    client.website.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  lookupCache = { at: Date.now(), client, value: { groups, websites } };
  return lookupCache.value;
}
