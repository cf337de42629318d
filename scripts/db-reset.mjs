#!/usr/bin/env node
// npm run db:reset: drop, migrate and seed the database named by DATABASE_URL.
import { prepareEnv } from "./env.mjs";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "./db.mjs";
import { resolveDatabaseUrl } from "../lib/db-url.mjs";

prepareEnv();
const url = resolveDatabaseUrl();
await ensurePostgresDatabase(url);
await dropDatabase(url);
migrate(url);
seed(url);
console.log("db:reset: done");
