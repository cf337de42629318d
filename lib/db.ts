// The one door to the database. SQLite (default) or PostgreSQL, chosen by
// DATABASE_URL. Both generated clients share one shape; the SQLite client's
// types are the ones the code is written against.
import "server-only";
import { createPrismaClient, type Db } from "./db-client";

export type { Db };

const globalForDb = globalThis as unknown as { __lacDb?: Db };

export const db: Db = globalForDb.__lacDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.__lacDb = db;
