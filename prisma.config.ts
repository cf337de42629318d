// Prisma CLI configuration: picks the SQLite or PostgreSQL schema, migrations
// and driver adapter from DATABASE_URL (see lib/db-url.mjs).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabaseUrl, isPostgresUrl, sqliteFilePath } from "./lib/db-url.mjs";

const url = resolveDatabaseUrl();
const postgres = isPostgresUrl(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  async adapter() {
    if (postgres) return new PrismaPg({ connectionString: url });
    const file = sqliteFilePath(url);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: `file:${file}` });
  },
});
