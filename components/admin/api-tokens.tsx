"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";

type Token = { id: number; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };
type Action = FormAction;

const when = (iso: string | null) => formatDateTime(iso, { empty: "—" });

/** API tokens of an admin user, for headless Login as Customer (POST /api/admin/login-as-customer). */
export function ApiTokens({ userId, tokens, create, revoke }: { userId: number; tokens: Token[]; create: Action; revoke: Action }) {
  const [created, createAction, creating] = useActionState(create, {});
  const [revoked, revokeAction] = useActionState(revoke, {});
  return (
    <section aria-labelledby="api-tokens-title" className="mt-10 max-w-3xl">
      <h2 id="api-tokens-title" className="mb-3 text-xl font-semibold">
        API Tokens
      </h2>
      <p className="mb-4 text-sm text-gray-700">
        For headless storefronts: <code>POST /api/admin/login-as-customer</code> with <code>Authorization: Bearer &lt;token&gt;</code>. Same checks and logging
        as the button.
      </p>
      {created?.error ? <Alert kind="error">{created.error}</Alert> : null}
      {created?.success ? <Alert kind="success">{created.success}</Alert> : null}
      {created?.data?.token ? (
        <div className="mb-4">
          <label htmlFor="new-api-token" className="mb-1 block font-medium">
            New API token (shown once)
          </label>
          <input
            id="new-api-token"
            readOnly
            value={created.data.token}
            className="w-full rounded border border-gray-400 px-3 py-2 font-mono text-sm"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      {revoked?.error ? <Alert kind="error">{revoked.error}</Alert> : null}
      {revoked?.success ? <Alert kind="success">{revoked.success}</Alert> : null}
      <form action={createAction} className="mb-6 flex items-end gap-3" aria-label="Create API token">
        <input type="hidden" name="userId" value={userId} />
        <FormField label="Token Name" name="name" required error={created?.fieldErrors?.name} className="mb-0 flex-1" />
        <button type="submit" disabled={creating} className="mb-4 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-50">
          Create Token
        </button>
      </form>
      <table className="w-full border-collapse text-left text-sm" aria-label="API tokens">
        <thead>
          <tr className="border-b">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              Created
            </th>
            <th scope="col" className="p-2">
              Last Used
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 ? (
            <tr>
              <td colSpan={5} className="p-2 text-gray-600">
                No API tokens.
              </td>
            </tr>
          ) : (
            tokens.map((t) => (
              <tr key={t.id} className="border-b">
                <td className="p-2">{t.name}</td>
                <td className="p-2">{when(t.createdAt)}</td>
                <td className="p-2">{when(t.lastUsedAt)}</td>
                <td className="p-2">{t.revokedAt ? `Revoked ${when(t.revokedAt)}` : "Active"}</td>
                <td className="p-2">
                  {t.revokedAt ? null : (
                    <form action={revokeAction} aria-label={`Revoke ${t.name}`}>
                      <input type="hidden" name="tokenId" value={t.id} />
                      <input type="hidden" name="userId" value={userId} />
                      <button type="submit" className="text-red-800 underline">
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
