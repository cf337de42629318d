import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { getShopper } from "@/lib/auth/shop-session";
import { CreateAccountForm } from "@/components/shop/create-account-form";
import { createAccountAction } from "./actions";

export const metadata: Metadata = { title: "Create New Customer Account" };

export default async function CreateAccountPage() {
  if (await getShopper()) redirect("/shop/customer/account");
  const config = await getConfig();
  return (
    <section className="max-w-xl">
      <h1 className="mb-6 text-3xl font-semibold">Create New Customer Account</h1>
      <CreateAccountForm
        action={createAccountAction}
        optInTitle={config.optInTitle}
        optInTooltip={config.optInTooltip}
        showConsent={config.loginAsCustomerEnabled}
        defaultConsentDuration={config.defaultConsentDuration}
      />
    </section>
  );
}
