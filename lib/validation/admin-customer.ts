import { z } from "zod";
import { addressSchema } from "./shop";
import { emailField, nameField } from "./customer";

// an unticked checkbox is absent from the FormData
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

export const idField = (message: string) =>
  z
    .string({ message })
    .regex(/^\d{1,9}$/, message)
    .transform(Number);

export const adminCustomerSchema = z.object({
  customerId: idField("Unknown customer."),
  firstName: nameField("First Name"),
  lastName: nameField("Last Name"),
  email: emailField,
  groupId: idField("Choose a customer group."),
  dob: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Enter a date as YYYY-MM-DD.")
    .optional(),
  gender: z.enum(["", "male", "female", "not_specified"], { message: "Choose a gender." }).optional(),
  newsletter: checkbox,
  assistanceAllowed: checkbox,
  // present only when the toggle was offered to an admin allowed to change it
  assistanceEditable: z.literal("1").optional(),
});

export const adminNewCustomerSchema = adminCustomerSchema.omit({ customerId: true }).extend({
  websiteId: idField("Choose a website."),
});

/** An id passed to a server action as a plain argument (not FormData): a number or digits, never true, [1] or "0x10". */
export const idArgument = z.union([
  z.number().int().positive().max(2_147_483_647),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);

export const customerIdSchema = z.object({ customerId: idField("Unknown customer.") });

const optionalAddressId = z
  .string()
  .regex(/^(\d{1,9})?$/, "Unknown address.")
  .optional()
  .transform((v) => (v ? Number(v) : undefined));

/** Customer edit › Addresses: the storefront's address rules plus whose address it is. */
export const adminAddressSchema = addressSchema.extend({ customerId: idField("Unknown customer."), addressId: optionalAddressId });
export const customerAddressRefSchema = z.object({ customerId: idField("Unknown customer."), addressId: idField("Unknown address.") });
