// One wrapper for every admin server action: load the admin from the database
// (role changes and deactivation count from the next request), check the ACL
// resource, parse with zod, run. Errors are values. With `log`, the action is
// recorded in the action log: the success entry by the domain function inside its
// transaction (ctx.audit), a refusal here.
//   adminAction  — a form's action, for useActionState: (previous state, FormData) → state
//   adminCommand — the same for a call with a plain argument (a button's click)
import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getAdmin } from "@/lib/auth/admin-session";
import type { ResourceId } from "@/lib/acl/resources";
import { noAudit } from "@/lib/action-log/audit";
import { db } from "@/lib/db";
import { adminAuditor, type AdminLogSpec } from "@/lib/action-log/admin-audit";
import { clientIp } from "@/lib/http/client-ip";
import { submittedValues } from "@/lib/validation/form-data";
import { guardAdmin, runAdminAction, type AdminHandler } from "./guard";
import type { ActionState, FormAction } from "./state";

type Resource = ResourceId | readonly ResourceId[];
export type AdminActionOptions = {
  log?: AdminLogSpec;
  /** the feature's own words for a refusal by the ACL or a signed-out caller (instead of the permissions message) */
  refusal?: string;
};

function failureDetails(state: ActionState<unknown>): string {
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, v]) => v);
  return fields.length ? fields.map(([k, v]) => `${k}: ${String(v)}`).join("; ") : (state.error ?? "");
}

async function execute<S extends z.ZodType, D>(
  resource: Resource,
  schema: S,
  fn: AdminHandler<z.output<S>, D>,
  input: unknown,
  options: AdminActionOptions | undefined,
): Promise<ActionState<D>> {
  const admin = await getAdmin();
  const guard = guardAdmin(admin, resource);
  // refused by the ACL (or signed out): answered without running anything
  if (!guard.ok) return { error: options?.refusal ?? guard.error };
  if (!options?.log) return runAdminAction(admin, resource, schema, fn, input, { db, audit: noAudit });
  const auditor = adminAuditor(guard.admin, options.log, clientIp(await headers()));
  let state: ActionState<D>;
  try {
    state = await runAdminAction(admin, resource, schema, fn, input, { db, audit: auditor.audit });
  } catch (e) {
    // a redirect after success (e.g. to the saved record) is not a failure
    if (isRedirectError(e)) await auditor.settle({ ok: true });
    throw e;
  }
  if (state.error) await auditor.settle({ ok: false, error: state.error }, failureDetails(state));
  else await auditor.settle({ ok: true });
  return state;
}

/** A form's server action: the submitted values come back on a refusal, so the form keeps them. */
export function adminAction<S extends z.ZodType>(resource: Resource, schema: S, fn: AdminHandler<z.output<S>>, options?: AdminActionOptions): FormAction {
  return async (_prev, form) => {
    const state = await execute(resource, schema, fn, form, options);
    const refused = Boolean(state.error || state.fieldErrors);
    return { ...state, values: refused ? submittedValues(form) : undefined, at: Date.now() };
  };
}

/** A server action called with one plain argument (not a form), answering data or an error. */
export function adminCommand<S extends z.ZodType, D>(
  resource: Resource,
  schema: S,
  fn: AdminHandler<z.output<S>, D>,
  options?: AdminActionOptions,
): (input: unknown) => Promise<ActionState<D>> {
  return (input) => execute(resource, schema, fn, input, options);
}
