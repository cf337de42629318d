"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { Tabs } from "@/components/ui/tabs";
import { ResourceTree } from "./resource-tree";

export function RoleForm({ action, role }: { action: FormAction; role: { id?: number; name: string; allResources: boolean; resources: string[] } }) {
  const [state, formAction] = useActionState(action, {});
  const [access, setAccess] = useState(role.allResources ? "all" : "custom");
  const fe = state?.fieldErrors ?? {};
  return (
    <form id="role-form" action={formAction} noValidate aria-label="Role">
      {state?.error ? <Alert kind="error">{state.error}</Alert> : null}
      {role.id ? <input type="hidden" name="roleId" value={role.id} /> : null}
      <Tabs
        label="Role Information"
        tabs={[
          {
            title: "Role Info",
            content: (
              <div className="max-w-xl">
                <h2 className="mb-3 text-xl font-semibold">Role Information</h2>
                <FormField label="Role Name" name="name" defaultValue={role.name} error={fe.name} required />
                <h2 className="mt-6 mb-3 text-xl font-semibold">Current User Identity Verification</h2>
                <FormField label="Your Password" name="currentPassword" type="password" autoComplete="current-password" error={fe.currentPassword} required />
              </div>
            ),
          },
          {
            title: "Role Resources",
            content: (
              <div>
                <h2 className="mb-3 text-xl font-semibold">Roles Resources</h2>
                <div className="mb-4">
                  <label htmlFor="field-access" className="mb-1 block font-medium">
                    Resource Access
                  </label>
                  <select
                    id="field-access"
                    name="access"
                    value={access}
                    onChange={(e) => setAccess(e.target.value)}
                    className="rounded border border-gray-400 px-3 py-2"
                  >
                    <option value="all">All</option>
                    <option value="custom">Custom</option>
                  </select>
                </div>
                {fe.resources ? (
                  <p className="mb-2 text-sm text-red-700" id="resources-error">
                    {fe.resources}
                  </p>
                ) : null}
                <div hidden={access === "all"}>
                  <ResourceTree initial={role.resources} disabled={access === "all"} />
                </div>
              </div>
            ),
          },
        ]}
      />
    </form>
  );
}
