// Typed configuration: one query per request (React cache), defaults from schema.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { toAppConfig, type AppConfig } from "./schema";

export async function loadConfig(): Promise<AppConfig> {
  const rows = await db.configValue.findMany({ select: { path: true, value: true } });
  return toAppConfig(Object.fromEntries(rows.map((r) => [r.path, r.value])));
}

/** The configuration for this request (read once, shared by every caller in the request). */
export const getConfig = cache(loadConfig);
