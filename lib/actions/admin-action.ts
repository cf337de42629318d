// One wrapper for every admin server action (STYLE.md): parse the FormData with
// zod, load the admin from the database (role changes and deactivation count
// from the next request), check the ACL resource, run. Errors are values.
import "server-only";
import type { z } from "zod";
import { getAdmin } from "@/lib/auth/admin-session";
import type { AdminPrincipal } from "@/lib/acl/can";
import { fieldErrors, type FieldErrors } from "@/lib/validation/customer";
import { guardAdmin } from "./guard";

export type ActionState = {
  error?: string;
  fieldErrors?: FieldErrors;
  success?: string;
  /** free-form data for the form (e.g. a generated password shown once) */
  data?: Record<string, string>;
} | null;

type Handler<T> = (input: T, admin: AdminPrincipal, form: FormData) => Promise<ActionState>;

/** FormData → plain object: single values as strings, repeated keys (checkbox lists) as arrays. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? values : (values[0] ?? "");
  }
  return out;
}

/** The testable core: the admin is passed in. */
export async function runAdminAction<S extends z.ZodType>(
  admin: AdminPrincipal | null,
  resource: string | readonly string[],
  schema: S,
  fn: Handler<z.output<S>>,
  form: FormData,
): Promise<ActionState> {
  const guard = guardAdmin(admin, resource);
  if (!guard.ok) return { error: guard.error };
  const parsed = schema.safeParse(formDataToObject(form));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { error: errors.form ?? "Please correct the fields marked below.", fieldErrors: errors };
  }
  return fn(parsed.data, guard.admin, form);
}

/** A server action for useActionState: (previousState, formData) → state. */
export function adminAction<S extends z.ZodType>(resource: string | readonly string[], schema: S, fn: Handler<z.output<S>>) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => runAdminAction(await getAdmin(), resource, schema, fn, form);
}
