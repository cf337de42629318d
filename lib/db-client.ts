// Creates a Prisma client for a database URL. Used by lib/db.ts (the app's
// client), the seed, the tests and the benchmarks.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "./db-url.mjs";

export type Db = PrismaClient;
export type DbTx = Prisma.TransactionClient;
export type DbProvider = "sqlite" | "postgresql";

export function databaseProvider(url = resolveDatabaseUrl()): DbProvider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/**
 * Interactive transactions wait for a pooled connection (PostgreSQL) or for the one writer
 * (SQLite). Prisma's 2 s default fails requests with P2028 under a burst of shoppers; a wait
 * of up to 10 s rides the burst out, and a transaction may run 20 s before it is aborted.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export function createPrismaClient(url = resolveDatabaseUrl()): Db {
  if (isPostgresUrl(url)) {
    // A dropped or refused connection must fail the request fast (connectionTimeoutMillis, then 503)
    // and never crash the process: errors of idle pooled clients are logged, the pool replaces them.
    const adapter = new PrismaPg(
      { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10), connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 },
      { onPoolError: (e) => console.error(`database pool: ${e.message}`), onConnectionError: (e) => console.error(`database connection: ${e.message}`) },
    );
    // Same models, other provider: the PostgreSQL client is used through the SQLite client's type.
    return new PgPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // busy timeout: wait for another process's write lock instead of failing at once
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}
