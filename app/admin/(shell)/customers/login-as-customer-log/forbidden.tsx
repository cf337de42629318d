// 403 for the Login as Customer Log: while the feature is disabled the page says so
// (SPEC 5.5); otherwise the role lacks "View Login as Customer Log".
import { getConfig } from "@/lib/config";
import { LAC } from "@/lib/login-as-customer/messages";

export default async function LoginAsCustomerLogForbidden() {
  const config = await getConfig();
  return (
    <section>
      <h1 className="mb-4 text-3xl font-semibold">Login as Customer Log</h1>
      <p className="text-gray-700" role="alert">
        {config.loginAsCustomerEnabled ? "Sorry, you need permissions to view this content." : LAC.featureDisabled}
      </p>
    </section>
  );
}
