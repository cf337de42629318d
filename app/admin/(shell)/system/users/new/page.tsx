import { PageHeader } from "@/components/admin/page-header";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { roleOptions } from "@/lib/admin/roles";
import { Button } from "@/components/ui/button";
import { UserForm } from "@/components/admin/user-form";
import { saveUserAction } from "../actions";

export const metadata: Metadata = { title: "New User" };

export default async function NewUserPage() {
  await requireAdmin("system.permissions.users");
  const roles = await roleOptions();
  return (
    <section>
      <PageHeader title="New User" back="/admin/system/users">
        <Button type="submit" form="user-form">
          Save User
        </Button>
      </PageHeader>
      <UserForm action={saveUserAction} roles={roles} self={false} user={{ username: "", firstName: "", lastName: "", email: "", isActive: true }} />
    </section>
  );
}
