import type { Metadata } from "next";
import { getImpersonation, requireShopper } from "@/lib/auth/shop-session";
import { getConfig } from "@/lib/config";
import { AccountShell } from "@/components/shop/account-nav";
import { AccountInfoForm } from "@/components/shop/account-info-form";
import { saveAccountInfoAction } from "./actions";

export const metadata: Metadata = { title: "Account Information" };

export default async function AccountInformationPage() {
  const shopper = await requireShopper();
  const [config, impersonation] = await Promise.all([getConfig(), getImpersonation()]);
  return (
    <AccountShell current="/shop/customer/account/edit">
      <h1 className="mb-6 text-3xl font-semibold">Edit Account Information</h1>
      <AccountInfoForm
        action={saveAccountInfoAction}
        firstName={shopper.firstName}
        lastName={shopper.lastName}
        email={shopper.email}
        assistanceAllowed={shopper.assistanceAllowed}
        showConsent={config.loginAsCustomerEnabled}
        optInTitle={config.optInTitle}
        optInTooltip={config.optInTooltip}
        impersonating={impersonation !== null}
      />
    </AccountShell>
  );
}
