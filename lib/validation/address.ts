// The address fields of the storefront's address book, checkout and the admin's
// customer Addresses tab: one set of rules for all three.
import { z } from "zod";
import { checkbox, nameField, optionalText, requiredText } from "./fields";

export const addressSchema = z.object({
  firstName: nameField("First Name"),
  lastName: nameField("Last Name"),
  company: optionalText(255),
  telephone: requiredText("Phone Number", 40).regex(/^[0-9+()\-.\s]{5,40}$/, "Enter a valid phone number."),
  street: requiredText("Street Address"),
  city: requiredText("City"),
  region: optionalText(255),
  postcode: requiredText("Zip/Postal Code", 20),
  countryId: requiredText("Country", 2).regex(/^[A-Z]{2}$/, "Choose a country."),
  defaultBilling: checkbox,
  defaultShipping: checkbox,
});
export type AddressInput = z.output<typeof addressSchema>;

/** An address as people read it: the same fields in the address book and on an order. */
export type PostalAddress = {
  firstName: string;
  lastName: string;
  company?: string | null;
  street: string;
  city: string;
  region?: string | null;
  postcode: string;
  countryId: string;
  telephone: string;
};

export const COUNTRIES: [string, string][] = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["GB", "United Kingdom"],
];

/** The country's name as people read it ("United States" for "US"); an unknown code as it is. */
export function countryName(code: string): string {
  return COUNTRIES.find(([c]) => c === code)?.[1] ?? code;
}
