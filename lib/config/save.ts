// Saving configuration: every submitted field validated first, then all of them
// written in one transaction (nothing is saved when one is invalid). Each
// section is guarded by its own ACL resource.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS, endAllSessions } from "@/lib/login-as-customer/end-session";
import { CONFIG_FIELDS, CONFIG_PATHS, type ConfigPath } from "./schema";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { NO_PERMISSION } from "@/lib/acl/messages";
import type { ResourceId } from "@/lib/acl/resources";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";

export const CONFIG_SECTIONS = [
  { id: "lac", title: "Login as Customer", group: "Customers", resource: "stores.config.lac", prefix: "login_as_customer/" },
  { id: "customer", title: "Customer Configuration", group: "Customers", resource: "stores.config.customer", prefix: "customer/" },
] as const;

export function sectionOf(path: ConfigPath) {
  return CONFIG_SECTIONS.find((s) => path.startsWith(s.prefix))!;
}

export type ConfigSaveResult = { ok: true; endedSessions: number } | { ok: false; error: string; fieldErrors: Record<string, string> };

export const CONFIG_INVALID = "The configuration was not saved. Correct the fields marked below.";
export const CONFIG_SAVED = "You saved the configuration.";

/** Validates the submitted values (path → raw string); only paths present are saved. */
export function validateConfig(submitted: Record<string, unknown>): { values: Partial<Record<ConfigPath, string>>; fieldErrors: Record<string, string> } {
  const values: Partial<Record<ConfigPath, string>> = {};
  const fieldErrors: Record<string, string> = {};
  for (const path of CONFIG_PATHS) {
    if (!(path in submitted)) continue;
    const parsed = CONFIG_FIELDS[path].schema.safeParse(submitted[path]);
    if (parsed.success) values[path] = String(parsed.data);
    else fieldErrors[path] = parsed.error.issues[0]?.message ?? "Invalid value.";
  }
  return { values, fieldErrors };
}

export async function saveConfig(
  submitted: Record<string, unknown>,
  allowed: (resource: ResourceId) => boolean,
  client: Db = appDb,
  audit: Audit = noAudit,
): Promise<ConfigSaveResult> {
  for (const path of CONFIG_PATHS) {
    if (path in submitted && !allowed(sectionOf(path).resource)) {
      return { ok: false, error: NO_PERMISSION, fieldErrors: {} };
    }
  }
  const { values, fieldErrors } = validateConfig(submitted);
  if (Object.keys(fieldErrors).length) return { ok: false, error: CONFIG_INVALID, fieldErrors };
  return client.$transaction(async (tx) => {
    const paths = Object.keys(values) as ConfigPath[];
    const stored = new Map(
      (await tx.configValue.findMany({ where: { path: { in: paths } }, select: { path: true, value: true } })).map((r) => [r.path, r.value]),
    );
    const current = (path: ConfigPath) => stored.get(path) ?? String(CONFIG_FIELDS[path].default);
    for (const [path, value] of Object.entries(values)) {
      await tx.configValue.upsert({ where: { path }, create: { path, value }, update: { value } });
    }
    // the entry names every changed path with its old and new value
    const was = Object.fromEntries(paths.map((p) => [p, current(p)]));
    const changes = onlyChanged(was, values);
    await audit(tx, { details: `Configuration saved: ${describeChanges(was, values)}`, ...changes });
    const wasEnabled = current("login_as_customer/general/enabled") === "1";
    const disabling = wasEnabled && values["login_as_customer/general/enabled"] === "0";
    const endedSessions = disabling ? await endAllSessions(tx, END_REASONS.featureDisabled) : 0;
    return { ok: true as const, endedSessions };
  });
}
