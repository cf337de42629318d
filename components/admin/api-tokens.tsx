"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_EXPIRY_CHOICES } from "@/lib/admin/api-token-expiry";

export type ApiTokenRow = {
  id: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expired: boolean;
};

const when = (iso: string | null) => formatDateTime(iso, { empty: "—" });
const status = (t: ApiTokenRow) => (t.revokedAt ? `Revoked ${when(t.revokedAt)}` : t.expired ? "Expired" : "Active");
const COLUMNS = ["Name", "Created", "Expires", "Last Used", "Status"];

/**
 * API tokens of an admin user, for headless Login as Customer (POST /api/admin/login-as-customer).
 * With `manage` (the signed-in admin's own account) the tokens can be created and revoked;
 * another user's page only lists theirs.
 */
export function ApiTokens({ tokens, manage }: { tokens: ApiTokenRow[]; manage: { create: FormAction; revoke: FormAction } | null }) {
  return (
    <section aria-labelledby="api-tokens-title" className="mt-10 max-w-4xl">
      <h2 id="api-tokens-title" className="mb-3 text-xl font-semibold">
        API Tokens
      </h2>
      <p className="mb-4 text-sm text-gray-700">
        For headless storefronts: <code>POST /api/admin/login-as-customer</code> with <code>Authorization: Bearer &lt;token&gt;</code>. Same checks and logging
        as the button.{" "}
        {manage ? "A token acts as you, with your role, until it expires or you revoke it." : "Only this user can create or revoke their own tokens."}
      </p>
      {manage ? <ManageTokens tokens={tokens} create={manage.create} revoke={manage.revoke} /> : <TokenTable tokens={tokens} />}
    </section>
  );
}

function ManageTokens({ tokens, create, revoke }: { tokens: ApiTokenRow[]; create: FormAction; revoke: FormAction }) {
  const [created, createAction, creating] = useActionState(create, {});
  const [revoked, revokeAction] = useActionState(revoke, {});
  const fe = created?.fieldErrors ?? {};
  return (
    <>
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
      <form action={createAction} noValidate className="mb-6 flex flex-wrap items-start gap-3" aria-label="Create API token">
        <FormField
          label="Token Name"
          name="name"
          id="token-name"
          required
          error={fe.name}
          defaultValue={created?.values?.name}
          className="mb-0 min-w-48 flex-1"
        />
        <div className="mb-4">
          <label htmlFor="token-expiresInDays" className="mb-1 block font-medium">
            Expires After
          </label>
          <select
            id="token-expiresInDays"
            name="expiresInDays"
            defaultValue={created?.values?.expiresInDays ?? String(API_TOKEN_DEFAULT_DAYS)}
            aria-invalid={fe.expiresInDays ? true : undefined}
            aria-describedby={fe.expiresInDays ? "token-expiresInDays-error" : undefined}
            className="rounded border border-gray-400 px-3 py-2"
          >
            {API_TOKEN_EXPIRY_CHOICES.map((c) => (
              <option key={c.days} value={c.days}>
                {c.label}
              </option>
            ))}
          </select>
          {fe.expiresInDays ? (
            <p id="token-expiresInDays-error" className="mt-1 text-sm text-red-700">
              {fe.expiresInDays}
            </p>
          ) : null}
        </div>
        <FormField
          label="Your Password"
          name="currentPassword"
          id="token-currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fe.currentPassword}
          className="mb-0 min-w-48 flex-1"
        />
        <button type="submit" disabled={creating} className="mt-7 rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-50">
          Create Token
        </button>
      </form>
      <TokenTable
        tokens={tokens}
        action={(t) =>
          t.revokedAt ? null : (
            <form action={revokeAction} aria-label={`Revoke ${t.name}`}>
              <input type="hidden" name="tokenId" value={t.id} />
              <button type="submit" className="text-red-800 underline">
                Revoke
              </button>
            </form>
          )
        }
      />
    </>
  );
}

function TokenTable({ tokens, action }: { tokens: ApiTokenRow[]; action?: (t: ApiTokenRow) => React.ReactNode }) {
  const columns = action ? [...COLUMNS, "Action"] : COLUMNS;
  return (
    <table className="w-full border-collapse text-left text-sm" aria-label="API tokens">
      <thead>
        <tr className="border-b">
          {columns.map((c) => (
            <th key={c} scope="col" className="p-2">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokens.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="p-2 text-gray-600">
              No API tokens.
            </td>
          </tr>
        ) : (
          tokens.map((t) => (
            <tr key={t.id} className="border-b">
              <td className="p-2">{t.name}</td>
              <td className="p-2">{when(t.createdAt)}</td>
              <td className="p-2">{when(t.expiresAt)}</td>
              <td className="p-2">{when(t.lastUsedAt)}</td>
              <td className="p-2">{status(t)}</td>
              {action ? <td className="p-2">{action(t)}</td> : null}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
