import { PageHeader } from "@/components/admin/page-header";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { getConfig } from "@/lib/config";
import { customerLookups } from "@/lib/customers/queries";
import { Button } from "@/components/ui/button";
import { CustomerAccountForm } from "@/components/admin/customer-account-form";
import { createCustomerAction } from "../actions";

export const metadata: Metadata = { title: "New Customer" };

export default async function NewCustomerPage() {
  const admin = await requireAdmin("customers.edit");
  const [lookups, config] = await Promise.all([customerLookups(), getConfig()]);
  return (
    <section>
      <PageHeader title="New Customer" back="/admin/customers">
        <Button type="submit" form="customer-form">
          Save Customer
        </Button>
      </PageHeader>
      <CustomerAccountForm
        id="customer-form"
        action={createCustomerAction}
        groups={lookups.groups}
        websites={lookups.websites}
        values={{
          firstName: "",
          lastName: "",
          email: "",
          groupId: lookups.groups[0]?.id ?? 1,
          websiteId: lookups.websites[0]?.id,
          dob: "",
          gender: "",
          newsletter: false,
          assistanceAllowed: false,
          assistanceDuration: config.defaultConsentDuration,
        }}
        assistance={{ visible: config.loginAsCustomerEnabled, editable: can(admin, "customers.assistance"), title: "Allow remote shopping assistance" }}
      />
    </section>
  );
}
