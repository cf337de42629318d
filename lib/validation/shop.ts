// zod schemas of the storefront forms (account, cart, checkout, address book).
import { z } from "zod";
import { checkbox, emailField, idField, nameField, parseId, newPasswordField, noNul, NUL_MESSAGE } from "./fields";
import { addressSchema } from "./address";
import { consentDurationField } from "./consent";

export { addressSchema, type AddressInput } from "./address";

export const qtyField = z
  .string({ message: "Please enter a quantity greater than 0." })
  .trim()
  .regex(/^\d{1,6}$/, "Please enter a quantity greater than 0.")
  .transform(Number)
  .refine((n) => n >= 1, "Please enter a quantity greater than 0.");

export const addToCartSchema = z.object({ productId: idField("Product is invalid."), qty: qtyField });
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
export const productRefSchema = z.object({ productId: idField("Product is invalid.") });
export const orderRefSchema = z.object({ orderId: idField("Order is invalid.") });
export const addressRefSchema = z.object({ addressId: idField("Address is invalid.") });

const newShippingAddress = addressSchema.extend({ saveInAddressBook: checkbox });

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
    const id = parseId(v.addressId);
    if (id === null) {
      ctx.addIssue({ code: "custom", path: ["addressId"], message: "Choose a shipping address." });
      return z.NEVER;
    }
    return { kind: "book" as const, addressId: id };
  });

export const accountInfoSchema = z
  .object({
    firstName: nameField("First Name"),
    lastName: nameField("Last Name"),
    changeEmail: checkbox,
    changePassword: checkbox,
    email: z.string().optional().nullable(),
    currentPassword: z.string().max(256).optional().nullable(),
    password: z.string().optional().nullable(),
    passwordConfirmation: z.string().optional().nullable(),
    assistanceAllowed: checkbox,
    assistanceDuration: consentDurationField,
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

export const newsletterSchema = z.object({ newsletter: checkbox });

export const createAccountSchema = z
  .object({
    firstName: nameField("First Name"),
    lastName: nameField("Last Name"),
    email: emailField,
    password: newPasswordField,
    passwordConfirmation: z.string({ message: "Confirm your password." }),
    newsletter: checkbox,
    assistanceAllowed: checkbox,
    assistanceDuration: consentDurationField,
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Please enter the same value again.",
  });

export const forgotPasswordSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({
    // the link's token, copied from the URL fragment by the page
    token: z
      .string()
      .trim()
      .regex(/^[\w-]{20,100}$/, "This password reset link is not complete. Open the link from the email again."),
    password: newPasswordField,
    passwordConfirmation: z.string({ message: "Confirm your password." }),
  })
  .refine((v) => v.password === v.passwordConfirmation, { path: ["passwordConfirmation"], message: "Please enter the same value again." });
