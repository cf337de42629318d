import type { Metadata } from "next";
import { getImpersonation, requireShopper } from "@/lib/auth/shop-session";
import { getConfig } from "@/lib/config";
import { consentActive, consentDurationFor, consentStatusMessage } from "@/lib/customers/consent";
import { AccountShell } from "@/components/shop/account-nav";
import { AccountInfoForm } from "@/components/shop/account-info-form";
import { saveAccountInfoAction } from "./actions";

export const metadata: Metadata = { title: "Account Information" };

export default async function AccountInformationPage() {
  const shopper = await requireShopper();
  const [config, impersonation] = await Promise.all([getConfig(), getImpersonation()]);
  // consent is a grant compared with the time now: a lapsed one shows unticked, with when it ended
  const now = new Date();
  return (
    <AccountShell current="/shop/customer/account/edit">
      <h1 className="mb-6 text-3xl font-semibold">Edit Account Information</h1>
      <AccountInfoForm
        action={saveAccountInfoAction}
        firstName={shopper.firstName}
        lastName={shopper.lastName}
        email={shopper.email}
        assistanceAllowed={consentActive(shopper, now)}
        assistanceDuration={consentDurationFor(shopper, config.defaultConsentDuration, now)}
        consentStatus={consentStatusMessage(shopper, now)}
        showConsent={config.loginAsCustomerEnabled}
        optInTitle={config.optInTitle}
        optInTooltip={config.optInTooltip}
        impersonating={impersonation !== null}
      />
    </AccountShell>
  );
}
