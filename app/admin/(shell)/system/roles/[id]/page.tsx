import { PageHeader } from "@/components/admin/page-header";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { roleForEdit } from "@/lib/admin/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/admin/confirm-button";
import { RoleForm } from "@/components/admin/role-form";
import { deleteRoleAction, saveRoleAction } from "../actions";

export const metadata: Metadata = { title: "Edit Role" };

export default async function EditRolePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireAdmin("system.permissions.roles");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [role, sp] = await Promise.all([roleForEdit(Number(id)), searchParams]);
  if (!role) notFound();
  return (
    <section>
      <PageHeader title={role.name} back="/admin/system/roles">
        <ConfirmButton
          label="Delete Role"
          title="Delete Role"
          message={`Are you sure you want to delete the role "${role.name}"?`}
          action={deleteRoleAction}
          fields={{ roleId: String(role.id) }}
        />
        <Button type="submit" form="role-form">
          Save Role
        </Button>
      </PageHeader>
      {sp.saved ? <Alert kind="success">You saved the role.</Alert> : null}
      <RoleForm
        action={saveRoleAction}
        role={{ id: role.id, name: role.name, allResources: role.allResources, resources: role.resources.map((r) => r.resource) }}
      />
    </section>
  );
}
