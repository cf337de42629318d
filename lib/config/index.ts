// Typed configuration: one query per request (React cache), defaults from schema.ts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { toAppConfig, type AppConfig } from "./schema";

/** The values saved in Configuration, by path (paths never saved keep their defaults). */
export async function storedConfigValues(): Promise<Map<string, string>> {
  const rows = await db.configValue.findMany({ select: { path: true, value: true } });
  return new Map(rows.map((r) => [r.path, r.value]));
}

export async function loadConfig(): Promise<AppConfig> {
  return toAppConfig(Object.fromEntries(await storedConfigValues()));
}

/** The configuration for this request (read once, shared by every caller in the request). */
export const getConfig = cache(loadConfig);
