// Creates a fresh, migrated, seeded database for this test run (never the demo
// database) and points DATABASE_URL at it before the test workers start.
// TEST_DB=sqlite (default): data/test-<pid>.db. TEST_DB=postgresql: a new
// database lac_test_<random> on TEST_POSTGRES_URL's server, dropped afterwards.
import crypto from "node:crypto";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "../../scripts/db.mjs";
import { postgresServerUrl, dropPostgresDatabase } from "./postgres";

export default async function setup() {
  process.env.ADMIN_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  process.env.SHOP_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  const provider = process.env.TEST_DB ?? "sqlite";
  let url: string;
  if (provider === "postgresql") {
    const server = postgresServerUrl();
    const u = new URL(server);
    u.pathname = `/lac_test_${crypto.randomBytes(5).toString("hex")}`;
    url = u.toString();
    await ensurePostgresDatabase(url);
  } else {
    url = `file:./data/test-${process.pid}.db`;
    await dropDatabase(url);
  }
  process.env.DATABASE_URL = url;
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "40" });
  return async () => {
    if (provider === "postgresql") await dropPostgresDatabase(url);
    else await dropDatabase(url);
  };
}
