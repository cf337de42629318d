import type { Metadata } from "next";
import Link from "next/link";
import { FactList } from "@/components/ui/fact-list";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { actionLogEntry } from "@/lib/action-log/entry";
import { parseIdParam } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Action Log Details" };

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export default async function ActionLogDetails({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin("system.action_logs.report");
  const { id } = await params;
  const entryId = parseIdParam(id);
  const entry = entryId === null ? null : await actionLogEntry(entryId);
  if (!entry) notFound();
  const { row, before, after, fields } = entry;
  const facts: [string, string][] = [
    ["Time", row.createdAt.toISOString()],
    ["Action Group", row.actionGroup],
    ["Action", row.action],
    ["Full Action Name", row.fullActionName],
    ["Result", row.result === "success" ? "Success" : "Failure"],
    ["Error", row.errorMessage ?? ""],
    ["Username", row.username],
    ["Admin ID", row.adminUserId ? String(row.adminUserId) : ""],
    ["Customer ID", row.customerId ? String(row.customerId) : ""],
    ["Store View ID", row.storeViewId ? String(row.storeViewId) : ""],
    ["Login as Customer session", row.lacSessionId ? row.lacSessionId.slice(0, 8) : ""],
    ["IP Address", row.ip],
    ["Details", row.details],
  ];
  return (
    <section className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin/system/action-logs" className="text-brand underline">
          Back to the report
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-semibold">Action Log Details</h1>
      <FactList facts={facts} />
      <h2 className="mb-2 text-xl font-semibold">Changes</h2>
      {fields.length === 0 ? (
        <p>No field changes were recorded for this action.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm" aria-label="Changes">
          <thead>
            <tr className="border-b">
              <th scope="col" className="p-2">
                Field
              </th>
              <th scope="col" className="p-2">
                Before
              </th>
              <th scope="col" className="p-2">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f} className="border-b">
                <th scope="row" className="p-2 font-medium">
                  {f}
                </th>
                <td className="p-2">{show(before[f])}</td>
                <td className="p-2">{show(after[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
