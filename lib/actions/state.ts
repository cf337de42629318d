// The one result of every server action, admin and storefront: errors are values.
// Client-safe (forms import the type).
import type { FieldErrors } from "@/lib/validation/fields";

export type { FieldErrors };

export type ActionState<D = Record<string, string>> = {
  /** a message for the whole form */
  error?: string;
  /** a message next to each field that was refused */
  fieldErrors?: FieldErrors;
  success?: string;
  /** the submitted values (never passwords), so a form keeps what was typed after a refusal */
  values?: Record<string, string>;
  /** what an argument-style call returns (e.g. the Login as Customer button's data) */
  data?: D;
  /** bumped on every result, so client forms can react to a new one */
  at?: number;
};

/** A server action for useActionState: (previous state, form) → state. Start with `{}`. */
export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** The first message of a result: its error, else its first field error. */
export function firstError(state: ActionState<unknown> | void | null): string | null {
  if (!state) return null;
  if (state.error) return state.error;
  return (state.fieldErrors ? Object.values(state.fieldErrors).find(Boolean) : undefined) ?? null;
}
