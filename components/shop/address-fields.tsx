"use client";

import { useId } from "react";
import { COUNTRIES } from "@/lib/validation/address";
import { ActionCheckbox, ActionField, FieldError, useFormState } from "@/components/ui/action-form";

export type AddressDefaults = {
  firstName?: string;
  lastName?: string;
  company?: string | null;
  telephone?: string;
  street?: string;
  city?: string;
  region?: string | null;
  postcode?: string;
  countryId?: string;
};

/** The fields of an address (used by the address book and the checkout's new address). */
export function AddressFields({
  defaults = {},
  withDefaults,
  defaultLabels = { billing: "Use as my default billing address", shipping: "Use as my default shipping address" },
}: {
  defaults?: AddressDefaults;
  withDefaults?: { billing: boolean; shipping: boolean };
  defaultLabels?: { billing: string; shipping: string };
}) {
  const state = useFormState();
  // unique per form: the admin's Addresses tab shows several address forms at once
  const countryId = `countryId-${useId()}`;
  const country = state.values?.countryId ?? defaults.countryId ?? "US";
  return (
    <>
      <div className="grid gap-x-4 md:grid-cols-2">
        <ActionField label="First Name" name="firstName" required autoComplete="given-name" defaultValue={defaults.firstName} />
        <ActionField label="Last Name" name="lastName" required autoComplete="family-name" defaultValue={defaults.lastName} />
      </div>
      <ActionField label="Company" name="company" autoComplete="organization" defaultValue={defaults.company ?? ""} />
      <ActionField label="Phone Number" name="telephone" type="tel" required autoComplete="tel" defaultValue={defaults.telephone} />
      <ActionField label="Street Address" name="street" required autoComplete="street-address" defaultValue={defaults.street} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <ActionField label="City" name="city" required autoComplete="address-level2" defaultValue={defaults.city} />
        <ActionField label="State/Province" name="region" autoComplete="address-level1" defaultValue={defaults.region ?? ""} />
        <ActionField label="Zip/Postal Code" name="postcode" required autoComplete="postal-code" defaultValue={defaults.postcode} />
        <div className="mb-4">
          <label htmlFor={countryId} className="mb-1 block font-medium">
            Country
          </label>
          <select
            key={`country-${state.at ?? 0}`}
            id={countryId}
            name="countryId"
            defaultValue={country}
            aria-describedby={state.fieldErrors?.countryId ? `${countryId}-error` : undefined}
            className="w-full rounded border border-gray-400 px-3 py-2"
          >
            {COUNTRIES.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <FieldError name="countryId" id={`${countryId}-error`} />
        </div>
      </div>
      {withDefaults ? (
        <>
          <ActionCheckbox name="defaultBilling" label={defaultLabels.billing} defaultChecked={withDefaults.billing} />
          <ActionCheckbox name="defaultShipping" label={defaultLabels.shipping} defaultChecked={withDefaults.shipping} />
        </>
      ) : null}
    </>
  );
}
