"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { ActionField, ActionForm, SubmitButton, useFormState } from "@/components/ui/action-form";
import { isConsentDuration, type ConsentDuration } from "@/lib/customers/consent";
import { ConsentCheckbox } from "./consent-checkbox";

type Props = {
  /** saves the account information (the page passes its server action) */
  action: FormAction;
  firstName: string;
  lastName: string;
  email: string;
  /** whether a consent grant holds now (a lapsed one is no consent: the box shows unticked) */
  assistanceAllowed: boolean;
  /** the "Allow for" choice to preselect: what fits the running grant, else the configured default */
  assistanceDuration: ConsentDuration;
  /** what the current grant allows ("Remote shopping assistance is allowed until …"), or null */
  consentStatus: string | null;
  showConsent: boolean;
  optInTitle: string;
  optInTooltip: string;
  impersonating: boolean;
};

export function AccountInfoForm({ action, ...props }: Props) {
  return (
    <ActionForm action={action} label="Account Information" className="max-w-xl">
      <Fields {...props} />
    </ActionForm>
  );
}

function Fields(props: Omit<Props, "action">) {
  const state = useFormState();
  const [changeEmail, setChangeEmail] = useState(false);
  const [changePassword, setChangePassword] = useState(false);
  const consent = state.values ? state.values.assistanceAllowed === "on" : props.assistanceAllowed;
  const submitted = state.values?.assistanceDuration;
  const duration = isConsentDuration(submitted) ? submitted : props.assistanceDuration;
  return (
    <>
      <fieldset className="mb-6">
        <legend className="mb-3 text-lg font-semibold">Account Information</legend>
        <ActionField label="First Name" name="firstName" required autoComplete="given-name" defaultValue={props.firstName} />
        <ActionField label="Last Name" name="lastName" required autoComplete="family-name" defaultValue={props.lastName} />
        <label className="mb-3 flex items-center gap-2">
          <input type="checkbox" name="changeEmail" checked={changeEmail} onChange={(e) => setChangeEmail(e.target.checked)} /> Change Email
        </label>
        <label className="mb-3 flex items-center gap-2">
          <input type="checkbox" name="changePassword" checked={changePassword} onChange={(e) => setChangePassword(e.target.checked)} /> Change Password
        </label>
        {props.showConsent ? (
          <ConsentCheckbox
            key={`consent-${state.at ?? 0}`}
            title={props.optInTitle}
            tooltip={props.optInTooltip}
            defaultChecked={consent}
            duration={duration}
            durationDisabled={props.impersonating}
            durationError={state.fieldErrors?.assistanceDuration}
            status={props.consentStatus}
          />
        ) : null}
      </fieldset>
      {changeEmail || changePassword ? (
        <fieldset className="mb-6">
          <legend className="mb-3 text-lg font-semibold">
            {changeEmail && changePassword ? "Change Email and Password" : changeEmail ? "Change Email" : "Change Password"}
          </legend>
          {changeEmail ? <ActionField label="Email" name="email" type="email" required autoComplete="email" defaultValue={props.email} /> : null}
          <ActionField label="Current Password" name="currentPassword" type="password" required autoComplete="current-password" />
          {changePassword ? (
            <>
              <ActionField label="New Password" name="password" type="password" required autoComplete="new-password" />
              <ActionField label="Confirm New Password" name="passwordConfirmation" type="password" required autoComplete="new-password" />
            </>
          ) : null}
        </fieldset>
      ) : null}
      {props.impersonating ? (
        <p className="mb-4 text-sm text-gray-700">Password, email and consent changes are not available while logged in as customer.</p>
      ) : null}
      <SubmitButton>Save</SubmitButton>
    </>
  );
}
