// Typed configuration: one query per request (React cache), defaults from schema.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { toAppConfig, type AppConfig } from "./schema";

/** The values saved in Configuration, by path (paths never saved keep their defaults). */
export async function storedConfigValues(): Promise<Map<string, string>> {
  // plain SQL: read on every request, and a typed read costs several times the query itself
  const rows = await db.$queryRaw<{ path: string; value: string }[]>`SELECT "path", "value" FROM "ConfigValue"`;
  return new Map(rows.map((r) => [r.path, r.value]));
}

export async function loadConfig(): Promise<AppConfig> {
  return toAppConfig(Object.fromEntries(await storedConfigValues()));
}

/** The configuration for this request (read once, shared by every caller in the request). */
export const getConfig = cache(loadConfig);
