// The test run's database (see global-setup.ts), through the app's own client.
import { createPrismaClient, databaseProvider, type Db } from "@/lib/db-client";

let client: Db | undefined;

export function testDb(): Db {
  client ??= createPrismaClient(process.env.DATABASE_URL);
  return client;
}

export const provider = () => databaseProvider(process.env.DATABASE_URL);
