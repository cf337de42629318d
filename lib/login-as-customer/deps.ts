// What every Login as Customer step runs with: the database client, the
// configuration, and the clock (tests pass `now`).
import type { Db } from "@/lib/db-client";
import type { AppConfig } from "@/lib/config/schema";

export type LacDeps = { db: Db; config: AppConfig; now?: Date };
