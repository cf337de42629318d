import Link from "next/link";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { userGrid } from "@/lib/admin/users";
import { parseGridParams, type RawSearchParams } from "@/lib/grid/params";
import { Alert } from "@/components/ui/alert";
import { SimpleGrid } from "@/components/admin/simple-grid";

export const metadata: Metadata = { title: "Users" };

const SORTS = ["id", "username", "firstName", "lastName", "email", "role", "isActive"] as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("system.permissions.users");
  const sp = await searchParams;
  const p = parseGridParams(sp, { sortColumns: SORTS, defaultSort: { id: "id", desc: false }, filters: {} });
  const { rows, total } = await userGrid(p);
  return (
    <section>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-3xl font-semibold">Users</h1>
        <Link href="/admin/system/users/new" className="rounded bg-brand px-4 py-2 font-medium text-white">
          Add New User
        </Link>
      </div>
      {sp.deleted ? <Alert kind="success">You deleted the user.</Alert> : null}
      <SimpleGrid
        label="Users"
        columns={[
          { id: "id", label: "ID" },
          { id: "username", label: "User Name" },
          { id: "firstName", label: "First Name" },
          { id: "lastName", label: "Last Name" },
          { id: "email", label: "Email" },
          { id: "role", label: "Role" },
          { id: "status", label: "Status" },
        ]}
        sortable={["id", "username", "firstName", "lastName", "email", "role"]}
        rows={rows}
        total={total}
        page={p.page}
        pageSize={p.pageSize}
        sort={{ id: p.sort, desc: p.desc }}
        q={p.q}
        editHref="/admin/system/users"
      />
    </section>
  );
}
