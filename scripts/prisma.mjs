#!/usr/bin/env node
// Runs the Prisma CLI for the database named by DATABASE_URL.
// `generate` derives prisma/postgresql/schema.prisma from prisma/schema.prisma
// (the one source of truth) and generates both clients.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");

export function derivePostgresSchema() {
  const source = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const derived = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output          = "../generated/prisma"', 'output          = "../../generated/prisma-pg"');
  if (derived === source || !derived.includes("prisma-pg")) throw new Error("could not derive the PostgreSQL schema");
  const header = "// GENERATED from prisma/schema.prisma by scripts/prisma.mjs: edit that file, not this one.\n";
  fs.mkdirSync(path.join(root, "prisma/postgresql"), { recursive: true });
  fs.writeFileSync(path.join(root, "prisma/postgresql/schema.prisma"), header + derived);
}

export function prisma(args, env = process.env) {
  execFileSync(prismaBin, args, { cwd: root, stdio: "inherit", env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  derivePostgresSchema();
  if (args[0] === "generate") {
    prisma(["generate", "--schema", "prisma/schema.prisma"], { ...process.env, DATABASE_URL: "file:./data/lac.db" });
    prisma(["generate", "--schema", "prisma/postgresql/schema.prisma"], {
      ...process.env,
      DATABASE_URL: "postgresql://localhost/unused",
    });
  } else {
    prisma(args);
  }
}
