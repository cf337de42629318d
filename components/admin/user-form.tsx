"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Tabs } from "@/components/ui/tabs";

export type UserFormValues = { id?: number; username: string; firstName: string; lastName: string; email: string; isActive: boolean; roleId?: number };

export function UserForm({ action, user, roles, self }: { action: FormAction; user: UserFormValues; roles: { id: number; name: string }[]; self: boolean }) {
  const [state, formAction] = useActionState(action, {});
  const fe = state?.fieldErrors ?? {};
  return (
    <form id="user-form" action={formAction} noValidate aria-label="User">
      {state?.error ? <Alert kind="error">{state.error}</Alert> : null}
      {user.id ? <input type="hidden" name="userId" value={user.id} /> : null}
      <Tabs
        label="User Information"
        tabs={[
          {
            title: "User Info",
            content: (
              <div className="max-w-xl">
                <h2 className="mb-3 text-xl font-semibold">Account Information</h2>
                <FormField label="User Name" name="username" defaultValue={user.username} error={fe.username} required autoComplete="off" />
                <FormField label="First Name" name="firstName" defaultValue={user.firstName} error={fe.firstName} required />
                <FormField label="Last Name" name="lastName" defaultValue={user.lastName} error={fe.lastName} required />
                <FormField label="Email" name="email" type="email" defaultValue={user.email} error={fe.email} required />
                <FormField
                  label="Password"
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  error={fe.password}
                  required={!user.id}
                  hint={user.id ? "Leave empty to keep the current password." : undefined}
                />
                <FormField
                  label="Password Confirmation"
                  name="passwordConfirmation"
                  type="password"
                  autoComplete="new-password"
                  error={fe.passwordConfirmation}
                  required={!user.id}
                />
                <div className="mb-4">
                  <label htmlFor="field-isActive" className="mb-1 block font-medium">
                    This account is
                  </label>
                  <select
                    id="field-isActive"
                    name="isActive"
                    defaultValue={user.isActive ? "1" : "0"}
                    aria-describedby={fe.isActive ? "field-isActive-error" : self ? "field-isActive-hint" : undefined}
                    className="rounded border border-gray-400 px-3 py-2"
                  >
                    <option value="1">Active</option>
                    <option value="0">Inactive</option>
                  </select>
                  {self ? (
                    <p id="field-isActive-hint" className="mt-1 text-sm text-gray-600">
                      This is your own account: you cannot deactivate it.
                    </p>
                  ) : null}
                  {fe.isActive ? (
                    <p id="field-isActive-error" className="mt-1 text-sm text-red-700">
                      {fe.isActive}
                    </p>
                  ) : null}
                </div>
                <h2 className="mt-6 mb-3 text-xl font-semibold">Current User Identity Verification</h2>
                <FormField label="Your Password" name="currentPassword" type="password" autoComplete="current-password" error={fe.currentPassword} required />
              </div>
            ),
          },
          {
            title: "User Role",
            content: (
              <div className="max-w-xl">
                <label htmlFor="field-roleId" className="mb-1 block font-medium">
                  User Role
                </label>
                <select
                  id="field-roleId"
                  name="roleId"
                  defaultValue={user.roleId ? String(user.roleId) : ""}
                  aria-describedby={fe.roleId ? "field-roleId-error" : undefined}
                  className="w-full rounded border border-gray-400 px-3 py-2"
                >
                  <option value="">Choose a role</option>
                  {roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
                {fe.roleId ? (
                  <p id="field-roleId-error" className="mt-1 text-sm text-red-700">
                    {fe.roleId}
                  </p>
                ) : null}
              </div>
            ),
          },
        ]}
      />
    </form>
  );
}
