import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { getConfig } from "@/lib/config";
import { customerForEdit, customerLookups } from "@/lib/customers/queries";
import { formatMoney } from "@/lib/format";
import { Tabs } from "@/components/ui/tabs";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CustomerAccountForm } from "@/components/admin/customer-account-form";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { ResetPasswordButton } from "@/components/admin/reset-password-button";
import { LoginAsCustomerSlot } from "@/components/admin/login-as-customer-slot";
import { CustomerAddressForm } from "@/components/admin/customer-address-form";
import { deleteCustomer, deleteCustomerAddress, resetPassword, saveCustomer, saveCustomerAddress } from "../actions";

export const metadata: Metadata = { title: "Edit Customer" };

const date = (d: Date) => d.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function CustomerEditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const admin = await requireAdmin("customers.all");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [customer, lookups, config, sp] = await Promise.all([customerForEdit(Number(id)), customerLookups(), getConfig(), searchParams]);
  if (!customer) notFound();
  const canEdit = can(admin, "customers.edit");
  const name = `${customer.firstName} ${customer.lastName}`;
  const cart = customer.carts[0]?.items ?? [];
  const defaultAddress = customer.addresses.find((a) => a.id === customer.defaultBillingId) ?? customer.addresses[0];

  return (
    <section>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-semibold">{name}</h1>
        <div className="flex flex-wrap items-start gap-2">
          <Link href="/admin/customers" className="rounded border border-gray-400 px-4 py-2">
            Back
          </Link>
          <LoginAsCustomerSlot customerId={customer.id} customerName={name} placement="customer" />
          {can(admin, "customers.delete") ? (
            <ConfirmButton
              label="Delete Customer"
              title="Delete Customer"
              message={`Are you sure you want to delete ${name}? This cannot be undone.`}
              action={deleteCustomer}
              fields={{ customerId: String(customer.id) }}
            />
          ) : null}
          {canEdit ? <ResetPasswordButton customerId={customer.id} action={resetPassword} /> : null}
          {canEdit ? (
            <Button type="submit" form="customer-form">
              Save Customer
            </Button>
          ) : null}
        </div>
      </div>
      {sp.saved ? <Alert kind="success">You saved the customer.</Alert> : null}
      <Tabs
        label="Customer Information"
        tabs={[
          {
            title: "Customer View",
            content: (
              <div>
                <h2 className="mb-3 text-xl font-semibold">Personal Information</h2>
                <dl className="grid max-w-xl grid-cols-2 gap-2">
                  <dt className="font-medium">Customer Since:</dt>
                  <dd>{date(customer.createdAt)}</dd>
                  <dt className="font-medium">Account Created in:</dt>
                  <dd>{customer.storeView.name}</dd>
                  <dt className="font-medium">Associated to Website:</dt>
                  <dd>{customer.website.name}</dd>
                  <dt className="font-medium">Customer Group:</dt>
                  <dd>{customer.group.name}</dd>
                  <dt className="font-medium">Allow remote shopping assistance:</dt>
                  <dd>{customer.assistanceAllowed ? "Yes" : "No"}</dd>
                </dl>
                <h2 className="mt-6 mb-2 text-xl font-semibold">Default Billing Address</h2>
                {defaultAddress ? (
                  <address className="not-italic">
                    {defaultAddress.firstName} {defaultAddress.lastName}
                    <br />
                    {defaultAddress.street}, {defaultAddress.city}, {defaultAddress.region} {defaultAddress.postcode}, {defaultAddress.countryId}
                    <br />
                    T: {defaultAddress.telephone}
                  </address>
                ) : (
                  <p>The customer does not have default billing address.</p>
                )}
              </div>
            ),
          },
          {
            title: "Account Information",
            content: (
              <CustomerAccountForm
                id="customer-form"
                action={saveCustomer}
                readOnly={!canEdit}
                groups={lookups.groups}
                values={{
                  customerId: customer.id,
                  firstName: customer.firstName,
                  lastName: customer.lastName,
                  email: customer.email,
                  groupId: customer.groupId,
                  dob: customer.dob ?? "",
                  gender: customer.gender ?? "",
                  newsletter: customer.newsletterSubscribed,
                  assistanceAllowed: customer.assistanceAllowed,
                }}
                assistance={{ visible: config.loginAsCustomerEnabled, editable: can(admin, "customers.assistance"), title: "Allow remote shopping assistance" }}
              />
            ),
          },
          {
            title: "Addresses",
            content: (
              <div className="space-y-6">
                {customer.addresses.length === 0 ? (
                  <p>This customer has no saved addresses.</p>
                ) : (
                  <ul className="grid gap-4 md:grid-cols-2" aria-label="Customer addresses">
                    {customer.addresses.map((a) => (
                      <li key={a.id} className="rounded border p-3">
                        <address className="not-italic">
                          {a.firstName} {a.lastName}
                          {a.company ? <>, {a.company}</> : null}
                          <br />
                          {a.street}
                          <br />
                          {a.city}, {a.region} {a.postcode}, {a.countryId}
                          <br />
                          T: {a.telephone}
                        </address>
                        {a.id === customer.defaultBillingId ? <p className="mt-1 text-sm font-medium">Default Billing Address</p> : null}
                        {a.id === customer.defaultShippingId ? <p className="mt-1 text-sm font-medium">Default Shipping Address</p> : null}
                        {canEdit ? (
                          <div className="mt-3 space-y-2">
                            <ConfirmButton
                              label="Delete Address"
                              title="Delete Address"
                              message="Are you sure you want to delete this address?"
                              action={deleteCustomerAddress}
                              fields={{ customerId: String(customer.id), addressId: String(a.id) }}
                              variant="secondary"
                            />
                            <details>
                              <summary className="cursor-pointer text-brand underline focus-visible:outline-2">Edit Address</summary>
                              <div className="mt-3">
                                <CustomerAddressForm
                                  action={saveCustomerAddress}
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
                      <CustomerAddressForm action={saveCustomerAddress} label="New address" customerId={customer.id} />
                    </div>
                  </details>
                ) : null}
              </div>
            ),
          },
          {
            title: "Orders",
            content: (
              <table className="w-full text-left text-sm" aria-label="Customer orders">
                <thead>
                  <tr className="border-b">
                    <th className="p-2">Order</th>
                    <th className="p-2">Purchased</th>
                    <th className="p-2">Bill-to Name</th>
                    <th className="p-2">Purchase Point</th>
                    <th className="p-2 text-right">Order Total</th>
                    <th className="p-2">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {customer.orders.length === 0 ? (
                    <tr>
                      <td colSpan={6} className="p-2">
                        We couldn&apos;t find any records.
                      </td>
                    </tr>
                  ) : (
                    customer.orders.map((o) => (
                      <tr key={o.id} className="border-b">
                        <td className="p-2">
                          {can(admin, "sales.orders.view") ? (
                            <Link className="text-brand underline" href={`/admin/sales/orders/${o.id}`}>
                              {o.incrementId}
                            </Link>
                          ) : (
                            o.incrementId
                          )}
                        </td>
                        <td className="p-2">{date(o.createdAt)}</td>
                        <td className="p-2">{o.billToName}</td>
                        <td className="p-2">{o.storeView.name}</td>
                        <td className="p-2 text-right">{formatMoney(o.grandTotal)}</td>
                        <td className="p-2 capitalize">{o.status}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            ),
          },
          {
            title: "Shopping Cart",
            content:
              cart.length === 0 ? (
                <p>There are no items in the customer&apos;s shopping cart.</p>
              ) : (
                <ul>
                  {cart.map((i) => (
                    <li key={i.id}>
                      {i.product.name} ({i.product.sku}) × {i.qty} — {formatMoney(i.product.price)}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            title: "Wish List",
            content:
              customer.wishlistItems.length === 0 ? (
                <p>The wish list is empty.</p>
              ) : (
                <ul>
                  {customer.wishlistItems.map((w) => (
                    <li key={w.id}>
                      {w.product.name} ({w.product.sku}) — {formatMoney(w.product.price)}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            title: "Newsletter",
            content: <p>{customer.newsletterSubscribed ? "Subscribed to the newsletter." : "Not subscribed to the newsletter."}</p>,
          },
        ]}
      />
    </section>
  );
}
