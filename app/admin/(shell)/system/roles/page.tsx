import type { Metadata } from "next";
import { HeaderLink, PageHeader } from "@/components/admin/page-header";
import { requireAdmin } from "@/lib/auth/admin-session";
import { roleGrid } from "@/lib/admin/roles";
import { parseGridParams, type RawSearchParams } from "@/lib/grid/params";
import { Alert } from "@/components/ui/alert";
import { SimpleGrid } from "@/components/admin/simple-grid";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("system.permissions.roles");
  const sp = await searchParams;
  const p = parseGridParams(sp, { sortColumns: ["id", "name"] as const, defaultSort: { id: "id", desc: false }, filters: {} });
  const { rows, total } = await roleGrid(p);
  return (
    <section>
      <PageHeader title="Roles">
        <HeaderLink href="/admin/system/roles/new">Add New Role</HeaderLink>
      </PageHeader>
      {sp.deleted ? <Alert kind="success">You deleted the role.</Alert> : null}
      <SimpleGrid
        label="Roles"
        columns={[
          { id: "id", label: "ID" },
          { id: "name", label: "Role Name" },
          { id: "access", label: "Resource Access" },
          { id: "users", label: "Users" },
        ]}
        sortable={["id", "name"]}
        rows={rows}
        total={total}
        page={p.page}
        pageSize={p.pageSize}
        sort={{ id: p.sort, desc: p.desc }}
        q={p.q}
        editHref="/admin/system/roles"
      />
    </section>
  );
}
