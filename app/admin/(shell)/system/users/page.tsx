import type { Metadata } from "next";
import { HeaderLink, PageHeader } from "@/components/admin/page-header";
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
      <PageHeader title="Users">
        <HeaderLink href="/admin/system/users/new">Add New User</HeaderLink>
      </PageHeader>
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
