// The one wrapper for every storefront server action: parse FormData with zod,
// load the shopper (and the Login as Customer actor), run, return plain state.
// Session checks and action logging for Login as Customer belong here (and in getShopper()):
// the success entry is written by the action through ctx.audit inside its transaction.
import "server-only";
import type { z } from "zod";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getShopperContext, type ActiveImpersonation, type Impersonation, type Shopper } from "@/lib/auth/shop-session";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { LAC_ACTIONS, type LacActionName, type LacActionSpec } from "@/lib/login-as-customer/action-record-specs";
import { impersonationLogContext, recordImpersonatedAction } from "@/lib/login-as-customer/impersonated-action-log";
import type { Db, DbTx } from "@/lib/db-client";
import { db } from "@/lib/db";
import { fieldErrors } from "@/lib/validation/fields";
import { formDataToObject, submittedValues } from "@/lib/validation/form-data";
import { firstError, type ActionState, type FormAction } from "./state";
import { LAC } from "@/lib/login-as-customer/messages";

export type ShopperActionContext<Required extends boolean> = {
  shopper: Required extends true ? Shopper : Shopper | null;
  impersonation: Impersonation | null;
  /**
   * Writes the Login as Customer action-log entry with the transaction of the change,
   * so the change and its record commit together (a no-op when nobody is impersonating).
   * Every action declared with `log` must call it in the transaction of its successful change.
   */
  audit: Audit;
  /** the app's database client, handed to the domain functions the action calls (app/ never imports it) */
  db: Db;
};

export const SIGN_IN_REQUIRED = "Please sign in to continue.";

type Fn<S extends z.ZodType, R extends boolean> = (data: z.output<S>, ctx: ShopperActionContext<R>) => Promise<ActionState | void>;
type Outcome = { ok: true } | { ok: false; error: string };

/** The Login as Customer record of one action: before snapshot, then one entry written with the change or for its refusal. */
async function actionRecorder(spec: LacActionSpec, imp: ActiveImpersonation, customerId: number) {
  const logCtx = await impersonationLogContext(imp);
  const ctx = { customerId, sessionId: imp.sessionId };
  let before: Record<string, unknown> | null = null;
  let recorded = false;
  const write = async (client: DbTx, data: Record<string, unknown>, outcome: Outcome) => {
    if (recorded) return;
    const after = outcome.ok && spec.after ? await spec.after(data, ctx, before, client) : before;
    await recordImpersonatedAction(
      client,
      logCtx,
      customerId,
      { action: spec.action, fullActionName: spec.fullActionName, details: spec.details(data, before, after), before, after },
      outcome,
    );
    recorded = true;
  };
  return {
    snapshot: async (data: Record<string, unknown>) => {
      before = spec.before ? await spec.before(data, ctx, db) : null;
    },
    /** the success entry, inside the change's transaction */
    inTransaction:
      (data: Record<string, unknown>): Audit =>
      (tx) =>
        write(tx, data, { ok: true }),
    /** a refusal (nothing changed), or a success whose action did not call audit: written on its own */
    settle: (data: Record<string, unknown>, outcome: Outcome) => write(db, data, outcome),
    /** the action threw: a failure entry when possible, never hiding the original error */
    settleThrown: async (data: Record<string, unknown>, e: unknown) => {
      const reason = e instanceof Error ? (e.message.split("\n").find((l) => l.trim()) ?? e.name) : String(e);
      await write(db, data, { ok: false, error: `The action failed: ${reason.trim().slice(0, 200)}` }).catch((logError: unknown) =>
        console.error(`action log: could not record a failed ${spec.action}: ${logError instanceof Error ? logError.message : String(logError)}`),
      );
    },
  };
}

type WrapOptions = { log?: LacActionName; allowInViewOnly?: boolean };

function wrap<S extends z.ZodType, R extends boolean>(schema: S, fn: Fn<S, R>, requireShopper: R, { log, allowInViewOnly }: WrapOptions = {}) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const values = submittedValues(form);
    // the request's shopper, and during Login as Customer the session checked active (an ended
    // one signs the tab out); cached for the request, so pages and actions share one check
    const { shopper, impersonation } = await getShopperContext();
    if (requireShopper && !shopper) return { error: SIGN_IN_REQUIRED, values, at: Date.now() };
    const raw = formDataToObject(form);
    const parsed = schema.safeParse(raw);
    // during Login as Customer every action is recorded, refused ones too (as failures)
    const recorder = impersonation && shopper && log ? await actionRecorder(LAC_ACTIONS[log], impersonation, shopper.id) : null;
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      await recorder?.settle(raw as Record<string, unknown>, { ok: false, error: Object.values(errors)[0] ?? "Invalid input." });
      return { fieldErrors: errors, values, at: Date.now() };
    }
    const data = parsed.data as Record<string, unknown>;
    await recorder?.snapshot(data);
    // a view-only Login as Customer session changes nothing: one check here for every storefront action (SPEC 10.6)
    if (impersonation?.access === "view" && !allowInViewOnly) {
      await recorder?.settle(data, { ok: false, error: LAC.viewOnlyRefused });
      return { error: LAC.viewOnlyRefused, values, at: Date.now() };
    }
    const audit = recorder ? recorder.inTransaction(data) : noAudit;
    let result: ActionState | void;
    try {
      result = await fn(parsed.data, { shopper, impersonation, audit, db } as ShopperActionContext<R>);
    } catch (e) {
      // a redirect after success (e.g. to the order success page) is not a failure
      if (isRedirectError(e)) await recorder?.settle(data, { ok: true });
      // an action that failed with an error (e.g. the database) is recorded as a failure too
      else await recorder?.settleThrown(data, e);
      throw e;
    }
    const error = firstError(result);
    await recorder?.settle(data, error ? { ok: false, error } : { ok: true });
    return { values, ...(result ?? {}), at: Date.now() };
  };
}

/**
 * Every storefront mutation. By default a signed-in shopper is required (refused with a
 * message otherwise); `{ allowGuests: true }` lets guests through with `shopper: null` (cart, store view).
 * In a view-only Login as Customer session every action is refused, unless it changes nothing of the
 * customer's (`allowInViewOnly`, e.g. switching the store view shown).
 */
// the guests' overload first: its required allowGuests picks it before the arrow's context is fixed
export function shopperAction<S extends z.ZodType>(
  schema: S,
  fn: Fn<S, false>,
  options: { allowGuests: true; log?: LacActionName; allowInViewOnly?: boolean },
): FormAction;
export function shopperAction<S extends z.ZodType>(schema: S, fn: Fn<S, true>, options?: WrapOptions): FormAction;
export function shopperAction<S extends z.ZodType>(schema: S, fn: Fn<S, true> | Fn<S, false>, options?: { allowGuests?: true } & WrapOptions) {
  return options?.allowGuests ? wrap(schema, fn as Fn<S, false>, false, options) : wrap(schema, fn as Fn<S, true>, true, options);
}
