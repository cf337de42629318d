// 403 for the Login as Customer Log: while the feature is disabled the page says so
// (not that the role lacks access); otherwise the role lacks "View Login as Customer Log".
import { NO_PERMISSION } from "@/lib/acl/messages";
import { getConfig } from "@/lib/config";
import { LAC } from "@/lib/login-as-customer/messages";

export default async function LoginAsCustomerLogForbidden() {
  const config = await getConfig();
  return (
    <section>
      <h1 className="mb-4 text-3xl font-semibold">Login as Customer Log</h1>
      <p className="text-gray-700" role="alert">
        {config.loginAsCustomerEnabled ? NO_PERMISSION : LAC.featureDisabled}
      </p>
    </section>
  );
}
