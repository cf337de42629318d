// Rows a spec needs in the e2e database, made or read by test-data-commands.ts
// in its own process, which the e2e server starts (the generated Prisma client does
// not load inside Playwright's test loader). Each call waits for its answer.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import type { ResourceId } from "../../lib/acl/resources";
import type { AdminAccount } from "./accounts";

const root = path.resolve(__dirname, "../..");

/** Where scripts/e2e-server.mjs serves test-data-commands.ts (the app's port + 2000 unless told). */
export const TESTDATA_PORT = Number(process.env.E2E_TESTDATA_PORT || Number(process.env.E2E_PORT ?? 3100) + 2000);

// A plain Node process that posts one command and prints the answer: the API stays synchronous
// (each call waits for its answer) and a call costs a Node start, not tsx loading Prisma.
const CLIENT = `let b = "";
process.stdin.on("data", (d) => (b += d)).on("end", async () => {
  const r = await fetch(process.env.TESTDATA_URL + "/" + process.argv[1], { method: "POST", body: b });
  const t = await r.text();
  if (!r.ok) { process.stderr.write(t); process.exit(1); }
  process.stdout.write(t);
});`;

/** Runs one command of test-data-commands.ts against the e2e database and returns its JSON result. */
function run<T>(command: string, args: Record<string, unknown> = {}): T {
  const out = execFileSync(process.execPath, ["-e", CLIENT, command], {
    cwd: root,
    env: { ...process.env, TESTDATA_URL: `http://127.0.0.1:${TESTDATA_PORT}` },
    input: JSON.stringify(args),
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

type Consent = { id: number; assistanceAllowed: boolean };

export const testData = {
  /** A new admin user (password Test12345!): role Administrators with `all`, else a new role holding exactly `resources`. */
  createAdmin: (opts: { all?: boolean; resources?: ResourceId[]; firstName?: string; lastName?: string }) => run<AdminAccount>("createAdmin", opts),
  /** A customer's id, consent and first name, by email. */
  customer: (email: string) => run<Consent & { firstName: string }>("customer", { email }),
  /** A generated customer without consent; a different `skip` gives a different one (for tests running in parallel). */
  customerWithoutConsent: (skip: number) => run<Consent>("customerWithoutConsent", { skip }),
  /**
   * Sets "Allow remote shopping assistance" directly in the database (to put a customer back as it was); `until` is the
   * grant's end (a past one: an expired grant), none: until turned off.
   */
  setAssistance: (id: number, value: boolean, until?: Date) => run<Consent>("setAssistance", { id, value, until: until?.toISOString() ?? null }),
  /** The newest email that reached the e2e SMTP receiver for this address (subject, text, html), or null while none has arrived. */
  lastEmailTo: (to: string, subject?: string) => run<{ subject: string; text: string; html: string | null } | null>("lastEmailTo", { to, subject }),
  /** The client IP recorded with the admin's latest sign-in attempt. */
  lastSignInIp: (username: string) => run<string>("lastSignInIp", { username }),
  /** The customer's "Allow remote shopping assistance" as stored. */
  assistance: (id: number) => run<boolean>("assistance", { id }),
  /**
   * `count` ended Login as Customer sessions (Admin Name "Grid <tag>") and Actions Report entries (Details "<tag> entry <n>");
   * with activeFor (a username without an open session), one open session of that admin too (Customer Email active.<tag>@example.com).
   */
  gridRows: (tag: string, count: number, activeFor?: string) => run<{ count: number }>("gridRows", { tag, count, activeFor }),
  /**
   * `npm run log:verify` against the e2e database: verifies what the server's background sealer has sealed and records
   * the result. (Not `--seal`: a second process writing to the server's SQLite file can fail the server's transactions.)
   */
  logVerify: () => {
    const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/log-verify.mts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db" },
      encoding: "utf8",
    });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  },
  /** Edits a sealed action log entry's Details in the database (the newest sealed one unless `id`); returns its id and old Details. */
  tamperActionLog: (details: string, id?: number) => run<{ id: number; details: string }>("tamperActionLog", { details, id }),
  /** The latest verification result the Actions Report shows. */
  latestVerification: () => run<{ ok: boolean; throughEntryId: number | null; failedEntry: string | null } | null>("latestVerification"),
};
