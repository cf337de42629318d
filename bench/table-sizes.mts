// How big each table is and what a row costs on disk, in the benchmark database (or DATABASE_URL):
// the figures behind the README's "What it costs at scale". Prints one JSON line:
// { tables: { <name>: { rows, bytes, bytesPerRow } } } — bytes are the table with its indexes.
//   tsx bench/table-sizes.mts
import { prepareEnv } from "../scripts/env.mjs";

prepareEnv();
const { createPrismaClient } = await import("../lib/db-client");
const { isPostgres } = await import("../lib/action-log/seal");

const TABLES = ["ActionLog", "LoginAsCustomerSession", "LoginAsCustomerSecret", "EmailMessage", "Customer", "Order", "LogVerification"];
const db = createPrismaClient();
type Size = { rows: number; bytes: number; bytesPerRow: number | null };
const tables: Record<string, Size> = {};
try {
  for (const name of TABLES) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    const rows = Number(n);
    let bytes: number;
    if (isPostgres(db)) {
      const [r] = await db.$queryRawUnsafe<{ b: bigint }[]>(`SELECT pg_total_relation_size('"${name}"') AS b`);
      bytes = Number(r.b);
    } else {
      // the table's pages and those of its indexes (SQLite's dbstat table)
      const [r] = await db.$queryRawUnsafe<{ b: number | bigint | null }[]>(
        `SELECT SUM(pgsize) AS b FROM dbstat WHERE name = ? OR name IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?)`,
        name,
        name,
      );
      bytes = Number(r.b ?? 0);
    }
    tables[name] = { rows, bytes, bytesPerRow: rows ? Math.round(bytes / rows) : null };
  }
} finally {
  await db.$disconnect();
}
console.log(JSON.stringify({ tables }));
