import Link from "next/link";
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
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-3xl font-semibold">New User</h1>
        <div className="flex gap-2">
          <Link href="/admin/system/users" className="rounded border border-gray-400 px-4 py-2">
            Back
          </Link>
          <Button type="submit" form="user-form">
            Save User
          </Button>
        </div>
      </div>
      <UserForm action={saveUserAction} roles={roles} self={false} user={{ username: "", firstName: "", lastName: "", email: "", isActive: true }} />
    </section>
  );
}
