import { PageHeader } from "@/components/admin/page-header";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { Button } from "@/components/ui/button";
import { RoleForm } from "@/components/admin/role-form";
import { saveRoleAction } from "../actions";

export const metadata: Metadata = { title: "New Role" };

export default async function NewRolePage() {
  await requireAdmin("system.permissions.roles");
  return (
    <section>
      <PageHeader title="New Role" back="/admin/system/roles">
        <Button type="submit" form="role-form">
          Save Role
        </Button>
      </PageHeader>
      <RoleForm action={saveRoleAction} role={{ name: "", allResources: false, resources: [] }} />
    </section>
  );
}
