// zod schemas of the admin's customer forms (account information, new customer, addresses).
import { z } from "zod";
import { addressSchema } from "./address";
import { consentDurationField } from "./consent";
import { checkbox, emailField, idField, nameField, optionalIdField } from "./fields";

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
  assistanceDuration: consentDurationField,
  // present only when the toggle was offered to an admin allowed to change it
  assistanceEditable: z.literal("1").optional(),
});

export const adminNewCustomerSchema = adminCustomerSchema.omit({ customerId: true }).extend({
  websiteId: idField("Choose a website."),
});

export const customerIdSchema = z.object({ customerId: idField("Unknown customer.") });

/** Customer edit › Addresses: the storefront's address rules plus whose address it is. */
export const adminAddressSchema = addressSchema.extend({ customerId: idField("Unknown customer."), addressId: optionalIdField("Unknown address.") });
export const customerAddressRefSchema = z.object({ customerId: idField("Unknown customer."), addressId: idField("Unknown address.") });
