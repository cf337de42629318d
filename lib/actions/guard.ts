// The permission decision shared by server actions and route handlers, as pure
// functions of the admin (already loaded from the database) so they can be tested alone.
import type { z } from "zod";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import { fieldErrors, type FieldErrors } from "@/lib/validation/customer";
import type { AdminAudit } from "@/lib/action-log/admin-audit";

const noAudit: AdminAudit = async () => {};

export const NO_PERMISSION = "Sorry, you need permissions to view this content.";
export const SIGNED_OUT = "Your admin session has expired. Please sign in again.";

export type GuardResult = { ok: true; admin: AdminPrincipal } | { ok: false; status: 401 | 403; error: string };

/** resources: every one of them is required. */
export function guardAdmin(admin: AdminPrincipal | null | undefined, resources: string | readonly string[]): GuardResult {
  if (!admin) return { ok: false, status: 401, error: SIGNED_OUT };
  const list = typeof resources === "string" ? [resources] : resources;
  if (!list.every((r) => can(admin, r))) return { ok: false, status: 403, error: NO_PERMISSION };
  return { ok: true, admin };
}

export type ActionState = {
  error?: string;
  fieldErrors?: FieldErrors;
  success?: string;
  /** free-form data for the form (e.g. a generated password shown once) */
  data?: Record<string, string>;
} | null;

/** What an action can record: `audit(tx, change)` inside the transaction of its change (a no-op for actions not logged). */
export type AdminActionContext = { audit: AdminAudit };
export type ActionHandler<T> = (input: T, admin: AdminPrincipal, form: FormData, ctx: AdminActionContext) => Promise<ActionState>;

/** FormData → plain object: single values as strings, keys ending in [] (checkbox lists) as arrays. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? values : (values[0] ?? "");
  }
  return out;
}

/** The core of adminAction, with the admin passed in: guard, then parse, then run. */
export async function runAdminAction<S extends z.ZodType>(
  admin: AdminPrincipal | null,
  resource: string | readonly string[],
  schema: S,
  fn: ActionHandler<z.output<S>>,
  form: FormData,
  ctx: AdminActionContext = { audit: noAudit },
): Promise<ActionState> {
  const guard = guardAdmin(admin, resource);
  if (!guard.ok) return { error: guard.error };
  const parsed = schema.safeParse(formDataToObject(form));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { error: errors.form ?? "Please correct the fields marked below.", fieldErrors: errors };
  }
  return fn(parsed.data, guard.admin, form, ctx);
}
