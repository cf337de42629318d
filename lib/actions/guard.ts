// The permission decision shared by server actions and route handlers, as pure
// functions of the admin (already loaded from the database) so they can be tested alone.
import type { z } from "zod";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import { NO_PERMISSION, SIGNED_OUT } from "@/lib/acl/messages";
import type { ResourceId } from "@/lib/acl/resources";
import type { Audit } from "@/lib/action-log/audit";
import type { Db } from "@/lib/db-client";
import { fieldErrors } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data";
import type { ActionState } from "./state";

export type GuardResult = { ok: true; admin: AdminPrincipal } | { ok: false; status: 401 | 403; error: string };

/** resources: every one of them is required. */
export function guardAdmin(admin: AdminPrincipal | null | undefined, resources: ResourceId | readonly ResourceId[]): GuardResult {
  if (!admin) return { ok: false, status: 401, error: SIGNED_OUT };
  const list = typeof resources === "string" ? [resources] : resources;
  if (!list.every((r) => can(admin, r))) return { ok: false, status: 403, error: NO_PERMISSION };
  return { ok: true, admin };
}

/** What an action needs from outside: the database, and `audit(tx, change)` to record its change inside its transaction. */
export type ActionServices = { db: Db; audit: Audit };
/** What an admin action's domain call gets: who acts, the database and the audit hook. */
export type AdminActionContext = ActionServices & { admin: AdminPrincipal };
export type AdminHandler<I, D = Record<string, string>> = (input: I, ctx: AdminActionContext) => Promise<ActionState<D>>;

/** The core of every admin action, with the admin passed in: guard, then parse (FormData or a plain argument), then run. */
export async function runAdminAction<S extends z.ZodType, D = Record<string, string>>(
  admin: AdminPrincipal | null,
  resource: ResourceId | readonly ResourceId[],
  schema: S,
  fn: AdminHandler<z.output<S>, D>,
  input: FormData | unknown,
  services: ActionServices,
): Promise<ActionState<D>> {
  const guard = guardAdmin(admin, resource);
  if (!guard.ok) return { error: guard.error };
  const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { error: errors.form ?? "Please correct the fields marked below.", fieldErrors: errors };
  }
  return fn(parsed.data, { ...services, admin: guard.admin });
}
