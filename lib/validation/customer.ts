import { z } from "zod";

/** PostgreSQL text cannot hold NUL: refused as a field message, not a driver error (a 500). */
export const noNul = (v: string) => !v.includes("\u0000");
export const NUL_MESSAGE = "Remove the invalid character (NUL).";

export const nameField = (label: string) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(255, `${label} must be 255 characters or fewer.`)
    .refine(noNul, NUL_MESSAGE);

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

const checkbox = z
  .union([z.literal("on"), z.literal("1"), z.literal("true"), z.literal(""), z.null(), z.undefined()])
  .transform((v) => v === "on" || v === "1" || v === "true");

export const createAccountSchema = z
  .object({
    firstName: nameField("First Name"),
    lastName: nameField("Last Name"),
    email: emailField,
    password: newPasswordField,
    passwordConfirmation: z.string({ message: "Confirm your password." }),
    newsletter: checkbox,
    assistanceAllowed: checkbox,
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Please enter the same value again.",
  });

export type FieldErrors = Record<string, string>;

/** First message per field, keyed by field name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

export function formToObject(form: FormData, fields: string[]): Record<string, string | null> {
  return Object.fromEntries(fields.map((f) => [f, typeof form.get(f) === "string" ? (form.get(f) as string) : null]));
}
