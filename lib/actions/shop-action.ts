// The one wrapper for every storefront server action: parse FormData with zod,
// load the shopper (and the Login as Customer actor), run, return plain state.
// Session checks and action logging for Login as Customer belong here (and in getShopper()).
import "server-only";
import type { z } from "zod";
import { getImpersonation, getShopper, type Impersonation, type Shopper } from "@/lib/auth/shop-session";
import { fieldErrors, type FieldErrors } from "@/lib/validation/customer";

export type ActionState = {
  error?: string;
  fieldErrors?: Partial<FieldErrors>;
  success?: string;
  /** the submitted values, so forms can keep them after React resets them */
  values?: Record<string, string>;
  /** bumped on every result so client forms can react to a new one */
  at?: number;
};

export type ShopperContext<Required extends boolean> = {
  shopper: Required extends true ? Shopper : Shopper | null;
  impersonation: Impersonation | null;
};

export const SIGN_IN_REQUIRED = "Please sign in to continue.";

function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !/password/i.test(k) && !k.startsWith("$")) out[k] = v;
  return out;
}

type Fn<S extends z.ZodType, R extends boolean> = (data: z.output<S>, ctx: ShopperContext<R>, form: FormData) => Promise<ActionState | void>;

function wrap<S extends z.ZodType, R extends boolean>(schema: S, fn: Fn<S, R>, requireShopper: R) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const values = formValues(form);
    const shopper = await getShopper();
    if (requireShopper && !shopper) return { error: SIGN_IN_REQUIRED, values, at: Date.now() };
    const impersonation = shopper ? await getImpersonation() : null;
    const raw = Object.fromEntries([...form.keys()].filter((k) => !k.startsWith("$")).map((k) => [k, form.get(k)]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values, at: Date.now() };
    const result = await fn(parsed.data, { shopper, impersonation } as ShopperContext<R>, form);
    return { values, ...(result ?? {}), at: Date.now() };
  };
}

/**
 * Every storefront mutation. By default a signed-in shopper is required (refused with a
 * message otherwise); `{ allowGuests: true }` lets guests through with `shopper: null` (cart, store view).
 */
export function shopperAction<S extends z.ZodType>(schema: S, fn: Fn<S, true>): (prev: ActionState, form: FormData) => Promise<ActionState>;
export function shopperAction<S extends z.ZodType>(
  schema: S,
  fn: Fn<S, false>,
  options: { allowGuests: true },
): (prev: ActionState, form: FormData) => Promise<ActionState>;
export function shopperAction<S extends z.ZodType>(schema: S, fn: Fn<S, true> | Fn<S, false>, options?: { allowGuests: true }) {
  return options?.allowGuests ? wrap(schema, fn as Fn<S, false>, false) : wrap(schema, fn as Fn<S, true>, true);
}
