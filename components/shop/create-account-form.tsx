"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { signInWith } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { ConsentCheckbox } from "./consent-checkbox";
import { SHOP_REALM } from "@/lib/auth/realms";
import { isConsentDuration, type ConsentDuration } from "@/lib/customers/consent";

export function CreateAccountForm({
  action: createAccount,
  optInTitle,
  optInTooltip,
  showConsent,
  defaultConsentDuration,
}: {
  action: FormAction;
  optInTitle: string;
  optInTooltip: string;
  showConsent: boolean;
  /** Configuration › Default Consent Duration: the "Allow for" choice preselected */
  defaultConsentDuration: ConsentDuration;
}) {
  const [state, action, pending] = useActionState(createAccount, {});
  const [signInError, setSignInError] = useState<string | null>(null);
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const e: Record<string, string | undefined> = { form: state.error, ...state.fieldErrors };
  const v = state.values ?? {};

  useEffect(() => {
    if (!state.success || !credentials.current) return;
    const { email, password } = credentials.current;
    void signInWith(SHOP_REALM.authBasePath, "shop-credentials", { email, password }).then((error) => {
      if (error) setSignInError(error);
      else window.location.assign("/shop/customer/account?created=1");
    });
  }, [state]);

  return (
    <form
      action={action}
      noValidate
      aria-label="Create an Account"
      onSubmit={(ev) => {
        const f = new FormData(ev.currentTarget);
        credentials.current = { email: String(f.get("email") ?? ""), password: String(f.get("password") ?? "") };
      }}
    >
      {e.form ? <Alert kind="error">{e.form}</Alert> : null}
      {signInError ? <Alert kind="error">{signInError}</Alert> : null}
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-semibold">Personal Information</legend>
        <FormField
          label="First Name"
          name="firstName"
          required
          autoComplete="given-name"
          error={e.firstName}
          defaultValue={v.firstName}
          key={`fn-${v.firstName}`}
        />
        <FormField
          label="Last Name"
          name="lastName"
          required
          autoComplete="family-name"
          error={e.lastName}
          defaultValue={v.lastName}
          key={`ln-${v.lastName}`}
        />
        <label className="mb-3 flex items-center gap-2">
          <input type="checkbox" name="newsletter" defaultChecked={v.newsletter === "on"} key={`nl-${v.newsletter}`} /> Sign Up for Newsletter
        </label>
        {showConsent ? (
          <ConsentCheckbox
            title={optInTitle}
            tooltip={optInTooltip}
            defaultChecked={v.assistanceAllowed === "on"}
            duration={isConsentDuration(v.assistanceDuration) ? v.assistanceDuration : defaultConsentDuration}
            durationError={e.assistanceDuration}
            key={`co-${v.assistanceAllowed}-${v.assistanceDuration}`}
          />
        ) : null}
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-semibold">Sign-in Information</legend>
        <FormField label="Email" name="email" type="email" required autoComplete="email" error={e.email} defaultValue={v.email} key={`em-${v.email}`} />
        <FormField label="Password" name="password" type="password" required autoComplete="new-password" error={e.password} />
        <FormField label="Confirm Password" name="passwordConfirmation" type="password" required autoComplete="new-password" error={e.passwordConfirmation} />
      </fieldset>
      <Button type="submit" disabled={pending}>
        Create an Account
      </Button>
    </form>
  );
}
