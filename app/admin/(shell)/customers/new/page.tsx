import Link from "next/link";
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
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-3xl font-semibold">New Customer</h1>
        <div className="flex gap-2">
          <Link href="/admin/customers" className="rounded border border-gray-400 px-4 py-2">
            Back
          </Link>
          <Button type="submit" form="customer-form">
            Save Customer
          </Button>
        </div>
      </div>
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
        }}
        assistance={{ visible: config.loginAsCustomerEnabled, editable: can(admin, "customers.assistance"), title: "Allow remote shopping assistance" }}
      />
    </section>
  );
}
