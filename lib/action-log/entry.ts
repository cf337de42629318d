// One action log entry for its details page, with its recorded before/after values.
import "server-only";
import { db } from "@/lib/db";

function parseSnapshot(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const v = JSON.parse(json);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function actionLogEntry(id: number) {
  const row = await db.actionLog.findUnique({ where: { id } });
  if (!row) return null;
  const before = parseSnapshot(row.beforeJson);
  const after = parseSnapshot(row.afterJson);
  return { row, before, after, fields: [...new Set([...Object.keys(before), ...Object.keys(after)])] };
}
