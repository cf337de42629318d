import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function postgresServerUrl(): string {
  return process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const { Client } = require("pg");
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
