import type { CustomerForEdit } from "@/lib/customers/queries";
import { formatDateTime } from "@/lib/format";
import { AddressText } from "@/components/address-text";
import { consentActive, consentStatusMessage } from "@/lib/customers/consent";

/** Customer View: who the customer is and their default billing address. */
export function CustomerViewTab({ customer, now }: { customer: CustomerForEdit; now: Date }) {
  const consentStatus = consentStatusMessage(customer, now);
  const defaultAddress = customer.addresses.find((a) => a.id === customer.defaultBillingId) ?? customer.addresses[0];
  return (
    <div>
      <h2 className="mb-3 text-xl font-semibold">Personal Information</h2>
      <dl className="grid max-w-xl grid-cols-2 gap-2">
        <dt className="font-medium">Customer Since:</dt>
        <dd>{formatDateTime(customer.createdAt)}</dd>
        <dt className="font-medium">Account Created in:</dt>
        <dd>{customer.storeView.name}</dd>
        <dt className="font-medium">Associated to Website:</dt>
        <dd>{customer.website.name}</dd>
        <dt className="font-medium">Customer Group:</dt>
        <dd>{customer.group.name}</dd>
        <dt className="font-medium">Allow remote shopping assistance:</dt>
        <dd>{consentActive(customer, now) ? "Yes" : "No"}</dd>
      </dl>
      {consentStatus ? <p className="mt-2 max-w-xl">{consentStatus}</p> : null}
      <h2 className="mt-6 mb-2 text-xl font-semibold">Default Billing Address</h2>
      {defaultAddress ? <AddressText address={defaultAddress} /> : <p>The customer does not have default billing address.</p>}
    </div>
  );
}
