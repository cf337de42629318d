import { PageHeader } from "@/components/admin/page-header";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { apiTokensOf, userForEdit } from "@/lib/admin/users";
import { roleOptions } from "@/lib/admin/roles";
import { parseIdParam } from "@/lib/validation/fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { UserForm } from "@/components/admin/user-form";
import { deleteUserAction, saveUserAction } from "../actions";
import { createApiTokenAction, revokeApiTokenAction } from "../api-token-actions";
import { ApiTokens } from "@/components/admin/api-tokens";

export const metadata: Metadata = { title: "Edit User" };

export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const admin = await requireAdmin("system.permissions.users");
  const { id } = await params;
  const userId = parseIdParam(id);
  if (userId === null) notFound();
  const [user, roles, sp, tokens] = await Promise.all([userForEdit(userId), roleOptions(), searchParams, apiTokensOf(userId)]);
  if (!user) notFound();
  const self = user.id === admin.id;
  return (
    <section>
      <PageHeader title={user.username} back="/admin/system/users">
        {self ? null : (
          <ConfirmButton
            label="Delete User"
            title="Delete User"
            message={`Are you sure you want to delete the user "${user.username}"?`}
            action={deleteUserAction}
            fields={{ userId: String(user.id) }}
          />
        )}
        <Button type="submit" form="user-form">
          Save User
        </Button>
      </PageHeader>
      {sp.saved ? <Alert kind="success">You saved the user.</Alert> : null}
      <UserForm action={saveUserAction} roles={roles} self={self} user={user} />
      <ApiTokens
        tokens={tokens.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          expiresAt: t.expiresAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          revokedAt: t.revokedAt?.toISOString() ?? null,
        }))}
        // tokens are made and revoked by their owner only: another user's page lists them
        manage={self ? { create: createApiTokenAction, revoke: revokeApiTokenAction } : null}
      />
    </section>
  );
}
