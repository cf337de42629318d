// The field rules every form, action and route shares: ids, checkboxes, text,
// names, emails, passwords, and how zod's issues become messages next to fields.
import { z } from "zod";

/** PostgreSQL text cannot hold NUL: refused as a field message, not a driver error (a 500). */
export const noNul = (v: string) => !v.includes("\u0000");
export const NUL_MESSAGE = "Remove the invalid character (NUL).";
/** Text a database can store and compare: no NUL (PostgreSQL refuses it) and no lone surrogate. */
export const storableText = (v: string) => noNul(v) && v.isWellFormed();
/** The same text made storable, for records of what was sent (a log's details): NUL and lone surrogates become U+FFFD. */
export const storableCopy = (v: string) => v.replace(/\u0000/g, "\uFFFD").toWellFormed();

/** Ids are 32-bit integers in both databases: a larger number is refused here, not by the driver. */
export const MAX_ID = 2_147_483_647;
const ID_DIGITS = /^\d{1,10}$/;

/** Digits only, 1…MAX_ID: z.coerce would also take "0x10", "1e1" or " 16 " as an id. */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= MAX_ID ? raw : null;
  if (typeof raw !== "string" || !ID_DIGITS.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_ID ? n : null;
}

/** A dynamic route segment naming a record (`/orders/[id]`): its id, or null for a 404. */
export function parseIdParam(segment: string | undefined): number | null {
  return parseId(segment);
}

/** An id field of a form: digits only, with the message shown when it is not one. */
export const idField = (message = "Item is invalid.") =>
  z.string({ message }).transform((v, ctx) => {
    const id = parseId(v);
    if (id === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return id;
  });

/** An optional id field (absent or empty: a new record). */
export const optionalIdField = (message = "Unknown record.") =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const id = parseId(v);
      if (id === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return id;
    });

/** An id passed to a server action as a plain argument (not FormData): a number or digits, never true, [1] or "0x10". */
export const idArgument = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const id = parseId(v);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "Unknown record." });
    return z.NEVER;
  }
  return id;
});

/** A checkbox: an unticked one is absent from the form; anything but a tick value is refused. */
export const checkbox = z
  .enum(["on", "1", "true", "", "0", "false", "off"], { message: "Invalid choice." })
  .nullish()
  .transform((v) => v === "on" || v === "1" || v === "true");

/** Required text, trimmed, at most `max` characters, no NUL. */
export const requiredText = (label: string, max = 255) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be ${max} characters or fewer.`)
    .refine(noNul, NUL_MESSAGE);

/** Optional text: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use ${max} characters or fewer.`)
    .refine(noNul, NUL_MESSAGE)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const nameField = (label: string) => requiredText(label, 255);

export const emailField = z
  .string({ message: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(254, "Email must be 254 characters or fewer.")
  .email("Enter a valid email address (Ex: johndoe@domain.com).");

export const newPasswordField = z
  .string({ message: "Password is required." })
  .min(8, "Minimum length of this field must be equal or greater than 8 symbols.")
  .max(256, "Password must be 256 characters or fewer.")
  .refine(
    (v) => [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z0-9]/].filter((r) => r.test(v)).length >= 3,
    "Minimum of different classes of characters in password is 3. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.",
  );

export type FieldErrors = Record<string, string>;

/** First message per field, keyed by field name ("form" for the form as a whole). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
