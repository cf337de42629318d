// Runs before each test file (vitest.config.ts setupFiles): points DATABASE_URL at this worker's
// own copy of the run's database (test-workers.ts).
import { workerDatabaseUrl } from "./test-workers";

process.env.TEST_RUN_DATABASE_URL ??= process.env.DATABASE_URL;
if (process.env.TEST_RUN_DATABASE_URL) process.env.DATABASE_URL = workerDatabaseUrl(process.env.TEST_RUN_DATABASE_URL, process.env.VITEST_POOL_ID ?? "1");
