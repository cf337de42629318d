// One wrapper for every admin server action (STYLE.md): parse the FormData with
// zod, load the admin from the database (role changes and deactivation count
// from the next request), check the ACL resource, run. Errors are values.
// With `log`, the action is recorded in the action log: the success entry by the
// domain function inside its transaction (ctx.audit), a refusal here.
import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getAdmin } from "@/lib/auth/admin-session";
import { adminAuditor, type AdminLogSpec } from "@/lib/action-log/admin-audit";
import { clientIp } from "@/lib/http/client-ip";
import { guardAdmin, runAdminAction, type ActionHandler, type ActionState } from "./guard";

export type { ActionState } from "./guard";
export { formDataToObject, runAdminAction } from "./guard";

function failureDetails(state: ActionState): string {
  const fields = Object.entries(state?.fieldErrors ?? {}).filter(([, v]) => v);
  return fields.length ? fields.map(([k, v]) => `${k}: ${String(v)}`).join("; ") : (state?.error ?? "");
}

/** A server action for useActionState: (previousState, formData) → state. */
export function adminAction<S extends z.ZodType>(
  resource: string | readonly string[],
  schema: S,
  fn: ActionHandler<z.output<S>>,
  options?: { log?: AdminLogSpec },
) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const admin = await getAdmin();
    // refused by the ACL (or signed out): answered without running anything
    if (!options?.log || !admin || !guardAdmin(admin, resource).ok) return runAdminAction(admin, resource, schema, fn, form);
    const auditor = adminAuditor(admin, options.log, clientIp(await headers()));
    let state: ActionState;
    try {
      state = await runAdminAction(admin, resource, schema, fn, form, { audit: auditor.audit });
    } catch (e) {
      // a redirect after success (e.g. to the saved record) is not a failure
      if (isRedirectError(e)) await auditor.settle({ ok: true });
      throw e;
    }
    if (state?.error) await auditor.settle({ ok: false, error: state.error }, failureDetails(state));
    else await auditor.settle({ ok: true });
    return state;
  };
}
