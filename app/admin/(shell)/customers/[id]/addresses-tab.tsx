import type { FormAction } from "@/lib/actions/state";
import type { CustomerForEdit } from "@/lib/customers/queries";
import { AddressText } from "@/components/address-text";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { CustomerAddressForm } from "@/components/admin/customer-address-form";

type Props = { customer: CustomerForEdit; canEdit: boolean; saveAddress: FormAction; deleteAddress: FormAction };

/** Addresses: the customer's address book, with add, edit and delete for an admin who may edit. */
export function AddressesTab({ customer, canEdit, saveAddress, deleteAddress }: Props) {
  return (
    <div className="space-y-6">
      {customer.addresses.length === 0 ? (
        <p>This customer has no saved addresses.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Customer addresses">
          {customer.addresses.map((a) => (
            <li key={a.id} className="rounded border p-3">
              <AddressText address={a} />
              {a.id === customer.defaultBillingId ? <p className="mt-1 text-sm font-medium">Default Billing Address</p> : null}
              {a.id === customer.defaultShippingId ? <p className="mt-1 text-sm font-medium">Default Shipping Address</p> : null}
              {canEdit ? (
                <div className="mt-3 space-y-2">
                  <ConfirmButton
                    label="Delete Address"
                    title="Delete Address"
                    message="Are you sure you want to delete this address?"
                    action={deleteAddress}
                    fields={{ customerId: String(customer.id), addressId: String(a.id) }}
                    variant="secondary"
                  />
                  <details>
                    <summary className="cursor-pointer text-brand underline focus-visible:outline-2">Edit Address</summary>
                    <div className="mt-3">
                      <CustomerAddressForm
                        action={saveAddress}
                        label={`Edit address ${a.street}`}
                        customerId={customer.id}
                        addressId={a.id}
                        address={a}
                        isDefault={{ billing: a.id === customer.defaultBillingId, shipping: a.id === customer.defaultShippingId }}
                      />
                    </div>
                  </details>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details>
          <summary className="cursor-pointer text-brand underline focus-visible:outline-2">Add New Address</summary>
          <div className="mt-3">
            <CustomerAddressForm action={saveAddress} label="New address" customerId={customer.id} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
