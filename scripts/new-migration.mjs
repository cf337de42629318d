#!/usr/bin/env node
// Creates the next migration for both providers from the change between the
// committed schema (git HEAD) and the working prisma/schema.prisma:
//   npm run db:new-migration -- <name>
// (`prisma migrate dev` cannot run with the JavaScript engine; see ENVIRONMENT.md.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { derivePostgresSchema, prisma } from "./prisma.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const root = process.cwd();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lac-migration-"));

let previous = null;
try {
  previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
} catch {
  previous = null; // first migration
}

derivePostgresSchema();
const targets = [
  { provider: "sqlite", schema: "prisma/schema.prisma", dir: "prisma/migrations", url: "file::memory:" },
  {
    provider: "postgresql",
    schema: "prisma/postgresql/schema.prisma",
    dir: "prisma/postgresql/migrations",
    url: process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
];
for (const t of targets) {
  const from = [];
  if (previous) {
    const prevFile = path.join(tmp, `${t.provider}.prisma`);
    fs.writeFileSync(prevFile, previous.replace(/provider\s*=\s*"sqlite"/, `provider = "${t.provider}"`));
    from.push("--from-schema-datamodel", prevFile);
  } else {
    from.push("--from-empty");
  }
  const outDir = path.join(root, t.dir, `${stamp}_${name}`);
  fs.mkdirSync(outDir, { recursive: true });
  prisma(["migrate", "diff", ...from, "--to-schema-datamodel", t.schema, "--script", "-o", path.join(outDir, "migration.sql")], {
    ...process.env,
    DATABASE_URL: t.url,
  });
  const lock = path.join(root, t.dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, `provider = "${t.provider}"\n`);
  console.log(`wrote ${path.relative(root, outDir)}/migration.sql`);
}
