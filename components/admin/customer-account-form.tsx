"use client";
// Account Information of the customer edit page (and of Add New Customer).
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { LAC } from "@/lib/login-as-customer/messages";
import type { ConsentDuration } from "@/lib/customers/consent";
import { ConsentDurationSelect } from "@/components/consent-duration-select";

export type CustomerFormValues = {
  customerId?: number;
  firstName: string;
  lastName: string;
  email: string;
  groupId: number;
  websiteId?: number;
  dob: string;
  gender: string;
  newsletter: boolean;
  /** whether a consent grant holds now (a lapsed one shows off) */
  assistanceAllowed: boolean;
  /** the "Allow for" choice to preselect: what fits the running grant, else the configured default */
  assistanceDuration: ConsentDuration;
  /** when the grant ends, or that it ended ("Remote shopping assistance is allowed until …"), or null */
  consentStatus?: string | null;
};

export function CustomerAccountForm({
  id,
  action,
  values,
  groups,
  websites,
  assistance,
  readOnly,
}: {
  id: string;
  action: FormAction;
  values: CustomerFormValues;
  groups: { id: number; name: string }[];
  websites?: { id: number; name: string }[];
  /** hidden: feature disabled; disabled: no "customers.assistance" resource */
  assistance: { visible: boolean; editable: boolean; title: string };
  readOnly?: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  const fe = state?.fieldErrors ?? {};
  return (
    <form id={id} action={formAction} noValidate aria-label="Account Information">
      {state?.success ? <Alert kind="success">{state.success}</Alert> : null}
      {state?.error ? <Alert kind="error">{state.error}</Alert> : null}
      {values.customerId ? <input type="hidden" name="customerId" value={values.customerId} /> : null}
      <fieldset disabled={readOnly} className="max-w-xl">
        {websites ? (
          <SelectField label="Associate to Website" name="websiteId" defaultValue={String(values.websiteId ?? "")} options={websites} error={fe.websiteId} />
        ) : null}
        <SelectField label="Group" name="groupId" defaultValue={String(values.groupId)} options={groups} error={fe.groupId} />
        <FormField label="First Name" name="firstName" defaultValue={values.firstName} error={fe.firstName} required />
        <FormField label="Last Name" name="lastName" defaultValue={values.lastName} error={fe.lastName} required />
        <FormField label="Email" name="email" type="email" defaultValue={values.email} error={fe.email} required />
        <FormField label="Date of Birth" name="dob" type="date" defaultValue={values.dob} error={fe.dob} />
        <div className="mb-4">
          <label htmlFor="field-gender" className="mb-1 block font-medium">
            Gender
          </label>
          <select id="field-gender" name="gender" defaultValue={values.gender} className="w-full rounded border border-gray-400 px-3 py-2">
            <option value="">—</option>
            <option value="male">Male</option>
            <option value="female">Female</option>
            <option value="not_specified">Not Specified</option>
          </select>
        </div>
        <label className="mb-4 flex items-center gap-2">
          <input type="checkbox" name="newsletter" defaultChecked={values.newsletter} />
          Newsletter Subscription
        </label>
      </fieldset>
      {assistance.visible ? (
        <div className="mb-4 max-w-xl">
          {assistance.editable && !readOnly ? <input type="hidden" name="assistanceEditable" value="1" /> : null}
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              role="switch"
              name="assistanceAllowed"
              defaultChecked={values.assistanceAllowed}
              disabled={!assistance.editable || readOnly}
              aria-describedby={!assistance.editable ? "assistance-note" : fe.assistanceAllowed ? "assistance-error" : undefined}
            />
            {assistance.title}
          </label>
          <div className="mt-2">
            <ConsentDurationSelect
              name="assistanceDuration"
              defaultValue={values.assistanceDuration}
              disabled={!assistance.editable || readOnly}
              error={fe.assistanceDuration}
            />
          </div>
          {values.consentStatus ? <p className="mt-1 text-sm text-gray-700">{values.consentStatus}</p> : null}
          {!assistance.editable ? (
            <p id="assistance-note" className="mt-1 text-sm text-gray-600 italic">
              {LAC.noPermissionOptIn}
            </p>
          ) : null}
          {fe.assistanceAllowed ? (
            <p id="assistance-error" className="mt-1 text-sm text-red-700">
              {fe.assistanceAllowed}
            </p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function SelectField({
  label,
  name,
  defaultValue,
  options,
  error,
}: {
  label: string;
  name: string;
  defaultValue: string;
  options: { id: number; name: string }[];
  error?: string;
}) {
  return (
    <div className="mb-4">
      <label htmlFor={`field-${name}`} className="mb-1 block font-medium">
        {label}
      </label>
      <select
        id={`field-${name}`}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `field-${name}-error` : undefined}
        className="w-full rounded border border-gray-400 px-3 py-2"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`field-${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
