// A fresh, migrated, empty database of the run's provider for one test file,
// for tests that must see every row of a table (e.g. a delivery run that takes
// whatever is due) without other test files, running in parallel, adding rows.
import crypto from "node:crypto";
import { createPrismaClient, databaseProvider, type Db } from "@/lib/db-client";
import { dropDatabase, ensurePostgresDatabase, migrate } from "../../scripts/db.mjs";
import { dropPostgresDatabase, postgresServerUrl } from "./postgres";

export interface OwnDatabase {
  url: string;
  /** another client of the same database, like a second app instance (closed by drop) */
  connect(): Db;
  db: Db;
  drop(): Promise<void>;
}

export async function createOwnDatabase(label: string): Promise<OwnDatabase> {
  const name = `lac_test_${label}_${crypto.randomBytes(4).toString("hex")}`;
  let url: string;
  if (databaseProvider(process.env.DATABASE_URL) === "postgresql") {
    const u = new URL(postgresServerUrl());
    u.pathname = `/${name}`;
    url = u.toString();
    await ensurePostgresDatabase(url);
  } else {
    url = `file:./data/${name}.db`;
  }
  migrate(url);
  const clients: Db[] = [];
  const connect = () => {
    const client = createPrismaClient(url);
    clients.push(client);
    return client;
  };
  return {
    url,
    connect,
    db: connect(),
    async drop() {
      await Promise.all(clients.map((c) => c.$disconnect()));
      if (databaseProvider(url) === "postgresql") await dropPostgresDatabase(url);
      else await dropDatabase(url);
    },
  };
}
