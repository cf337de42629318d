// zod schemas of the storefront forms (cart, checkout, account, address book).
import { z } from "zod";
import { emailField, nameField, newPasswordField, noNul, NUL_MESSAGE } from "./customer";

// ids are 32-bit integers in both databases: a larger number is refused here, not by the driver (a 500)
const MAX_ID = 2_147_483_647;
// digits only: z.coerce would also take "0x10", "1e1" or " 16 " as an id
export const idField = (label = "Item") =>
  z
    .string({ message: `${label} is invalid.` })
    .regex(/^\d{1,10}$/, `${label} is invalid.`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_ID, `${label} is invalid.`);

export const qtyField = z
  .string({ message: "Please enter a quantity greater than 0." })
  .trim()
  .regex(/^\d{1,6}$/, "Please enter a quantity greater than 0.")
  .transform(Number)
  .refine((n) => n >= 1, "Please enter a quantity greater than 0.");

// an unticked checkbox is absent from the form: the key must be optional
export const checkboxField = z
  .enum(["on", "1", "true", ""], { message: "Invalid choice." })
  .nullish()
  .transform((v) => v === "on" || v === "1" || v === "true");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use ${max} characters or fewer.`)
    .refine(noNul, NUL_MESSAGE)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const required = (label: string, max = 255) =>
  z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be ${max} characters or fewer.`)
    .refine(noNul, NUL_MESSAGE);

export const addToCartSchema = z.object({ productId: idField("Product"), qty: qtyField });
export const cartItemQtySchema = z.object({ itemId: idField(), qty: qtyField });
export const cartItemSchema = z.object({ itemId: idField() });
export const couponSchema = z.object({
  couponCode: z.string().trim().min(1, "Enter a discount code.").max(64, "The coupon code is too long.").refine(noNul, NUL_MESSAGE),
});
export const emptySchema = z.object({});
export const storeViewSchema = z.object({
  storeView: z.string().trim().min(1, "Choose a store view.").max(64),
  returnTo: z
    .string()
    .max(2000)
    .regex(/^\/shop(\/[^\\]*)?$/, "Invalid page.")
    .catch("/shop"),
});
export const productRefSchema = z.object({ productId: idField("Product") });
export const orderRefSchema = z.object({ orderId: idField("Order") });

export const addressSchema = z.object({
  firstName: nameField("First Name"),
  lastName: nameField("Last Name"),
  company: optionalText(255),
  telephone: required("Phone Number", 40).regex(/^[0-9+()\-.\s]{5,40}$/, "Enter a valid phone number."),
  street: required("Street Address"),
  city: required("City"),
  region: optionalText(255),
  postcode: required("Zip/Postal Code", 20),
  countryId: required("Country", 2).regex(/^[A-Z]{2}$/, "Choose a country."),
  defaultBilling: checkboxField,
  defaultShipping: checkboxField,
});
export type AddressInput = z.output<typeof addressSchema>;

const newShippingAddress = addressSchema.extend({ saveInAddressBook: checkboxField });

/** Checkout: an address of the address book (its id) or a new one ("new" plus the address fields). */
export const checkoutSchema = z
  .looseObject({ addressId: z.string({ message: "Choose a shipping address." }).trim().min(1, "Choose a shipping address.") })
  .transform((v, ctx) => {
    if (v.addressId === "new") {
      const r = newShippingAddress.safeParse(v);
      if (!r.success) {
        for (const i of r.error.issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
        return z.NEVER;
      }
      return { kind: "new" as const, address: r.data };
    }
    const id = /^\d{1,10}$/.test(v.addressId) ? Number(v.addressId) : NaN;
    if (!Number.isInteger(id) || id <= 0 || id > MAX_ID) {
      ctx.addIssue({ code: "custom", path: ["addressId"], message: "Choose a shipping address." });
      return z.NEVER;
    }
    return { kind: "book" as const, addressId: id };
  });

export const accountInfoSchema = z
  .object({
    firstName: nameField("First Name"),
    lastName: nameField("Last Name"),
    changeEmail: checkboxField,
    changePassword: checkboxField,
    email: z.string().optional().nullable(),
    currentPassword: z.string().max(256).optional().nullable(),
    password: z.string().optional().nullable(),
    passwordConfirmation: z.string().optional().nullable(),
    assistanceAllowed: checkboxField,
  })
  .superRefine((v, ctx) => {
    if ((v.changeEmail || v.changePassword) && !v.currentPassword)
      ctx.addIssue({ code: "custom", path: ["currentPassword"], message: "Current Password is required." });
    if (v.changeEmail) {
      const r = emailField.safeParse(v.email ?? "");
      if (!r.success) ctx.addIssue({ code: "custom", path: ["email"], message: r.error.issues[0].message });
    }
    if (v.changePassword) {
      const r = newPasswordField.safeParse(v.password ?? "");
      if (!r.success) ctx.addIssue({ code: "custom", path: ["password"], message: r.error.issues[0].message });
      else if (v.password !== v.passwordConfirmation)
        ctx.addIssue({ code: "custom", path: ["passwordConfirmation"], message: "Please enter the same value again." });
    }
  });

export const newsletterSchema = z.object({ newsletter: checkboxField });

export const COUNTRIES: [string, string][] = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["GB", "United Kingdom"],
];
