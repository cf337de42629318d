import { describe, expect, it } from "vitest";
import { accountInfoSchema, addressSchema, addToCartSchema, newsletterSchema } from "@/lib/validation/shop";

describe("storefront form schemas", () => {
  it("treats an absent checkbox as unticked", () => {
    expect(newsletterSchema.parse({})).toEqual({ newsletter: false });
    expect(newsletterSchema.parse({ newsletter: "on" })).toEqual({ newsletter: true });
    expect(newsletterSchema.safeParse({ newsletter: "yes please" }).success).toBe(false);
    const r = accountInfoSchema.safeParse({ firstName: "A", lastName: "B" });
    expect(r.success && r.data).toMatchObject({ changeEmail: false, changePassword: false, assistanceAllowed: false });
  });

  it("requires the current password and a valid email to change the email", () => {
    const r = accountInfoSchema.safeParse({ firstName: "A", lastName: "B", changeEmail: "on", email: "nope" });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["currentPassword", "email"]));
  });

  it("refuses non-numeric and zero quantities", () => {
    expect(addToCartSchema.safeParse({ productId: "1", qty: "0" }).success).toBe(false);
    expect(addToCartSchema.safeParse({ productId: "1", qty: "2.5" }).success).toBe(false);
    expect(addToCartSchema.parse({ productId: "1", qty: " 3 " })).toEqual({ productId: 1, qty: 3 });
  });

  it("names the missing address fields", () => {
    const r = addressSchema.safeParse({ firstName: "A", lastName: "B", countryId: "US" });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["street", "city", "postcode", "telephone"]));
  });
});
