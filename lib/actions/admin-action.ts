// One wrapper for every admin server action (STYLE.md): parse the FormData with
// zod, load the admin from the database (role changes and deactivation count
// from the next request), check the ACL resource, run. Errors are values.
import "server-only";
import type { z } from "zod";
import { getAdmin } from "@/lib/auth/admin-session";
import { runAdminAction, type ActionHandler, type ActionState } from "./guard";

export type { ActionState } from "./guard";
export { formDataToObject, runAdminAction } from "./guard";

/** A server action for useActionState: (previousState, formData) → state. */
export function adminAction<S extends z.ZodType>(resource: string | readonly string[], schema: S, fn: ActionHandler<z.output<S>>) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => runAdminAction(await getAdmin(), resource, schema, fn, form);
}
