import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { getConfig } from "@/lib/config";
import { customerForEdit, customerLookups } from "@/lib/customers/queries";
import { parseIdParam } from "@/lib/validation/fields";
import { consentActive, consentDurationFor, consentStatusMessage } from "@/lib/customers/consent";
import { Tabs } from "@/components/ui/tabs";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/admin/page-header";
import { CustomerAccountForm } from "@/components/admin/customer-account-form";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { ResetPasswordButton } from "@/components/admin/reset-password-button";
import { LoginAsCustomerSlot } from "@/components/admin/login-as-customer-slot";
import { deleteCustomer, deleteCustomerAddress, resetPassword, saveCustomer, saveCustomerAddress } from "../actions";
import { CustomerViewTab } from "./customer-view-tab";
import { AddressesTab } from "./addresses-tab";
import { OrdersTab } from "./orders-tab";
import { ShoppingCartTab, WishListTab } from "./basket-tabs";

export const metadata: Metadata = { title: "Edit Customer" };

export default async function CustomerEditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const admin = await requireAdmin("customers.all");
  const customerId = parseIdParam((await params).id);
  if (customerId === null) notFound();
  const [customer, lookups, config, sp] = await Promise.all([customerForEdit(customerId), customerLookups(), getConfig(), searchParams]);
  if (!customer) notFound();
  const canEdit = can(admin, "customers.edit");
  const name = `${customer.firstName} ${customer.lastName}`;
  // consent is a grant compared with the time now: a lapsed one shows off, with when it ended
  const now = new Date();

  return (
    <section>
      <PageHeader title={name} back="/admin/customers">
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
      </PageHeader>
      {sp.saved ? <Alert kind="success">You saved the customer.</Alert> : null}
      <Tabs
        label="Customer Information"
        tabs={[
          { title: "Customer View", content: <CustomerViewTab customer={customer} now={now} /> },
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
                  assistanceAllowed: consentActive(customer, now),
                  assistanceDuration: consentDurationFor(customer, config.defaultConsentDuration, now),
                  consentStatus: consentStatusMessage(customer, now),
                }}
                assistance={{ visible: config.loginAsCustomerEnabled, editable: can(admin, "customers.assistance"), title: "Allow remote shopping assistance" }}
              />
            ),
          },
          {
            title: "Addresses",
            content: <AddressesTab customer={customer} canEdit={canEdit} saveAddress={saveCustomerAddress} deleteAddress={deleteCustomerAddress} />,
          },
          { title: "Orders", content: <OrdersTab orders={customer.orders} canViewOrders={can(admin, "sales.orders.view")} /> },
          { title: "Shopping Cart", content: <ShoppingCartTab items={customer.carts[0]?.items ?? []} /> },
          { title: "Wish List", content: <WishListTab items={customer.wishlistItems} /> },
          {
            title: "Newsletter",
            content: <p>{customer.newsletterSubscribed ? "Subscribed to the newsletter." : "Not subscribed to the newsletter."}</p>,
          },
        ]}
      />
    </section>
  );
}
