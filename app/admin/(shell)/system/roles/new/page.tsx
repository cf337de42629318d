import Link from "next/link";
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
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-3xl font-semibold">New Role</h1>
        <div className="flex gap-2">
          <Link href="/admin/system/roles" className="rounded border border-gray-400 px-4 py-2">
            Back
          </Link>
          <Button type="submit" form="role-form">
            Save Role
          </Button>
        </div>
      </div>
      <RoleForm action={saveRoleAction} role={{ name: "", allResources: false, resources: [] }} />
    </section>
  );
}
