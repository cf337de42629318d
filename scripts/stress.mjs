#!/usr/bin/env node
// npm run test:stress — fault tests against the production build; minutes long, never part of npm test.
// (a) Checkouts in a loop over HTTP (shoppers signed in through next-auth, agents in Login as
//     Customer sessions, both calling the storefront's server actions as the browser does), the
//     server SIGKILLed mid-run and restarted, then: no half order, stock = initial − ordered and never
//     negative, one log row per impersonated order and none for a missing order, no acknowledged order
//     lost. On SQLite (data/stress.db) and PostgreSQL (database lac_stress).
// (b) PostgreSQL: the server's backends terminated, then the database refusing connections for a few
//     seconds: requests fail fast (API 503 with a clear message, pages the error page) and succeed
//     again without restarting the server.
// Env: STRESS_DB=sqlite|postgresql (default both), STRESS_PORT (3510), STRESS_KILLS (3),
//      STRESS_PG_URL (postgresql://postgres@127.0.0.1:5432/lac_stress). Exit code 1 when a check fails.
// The parts are in scripts/stress/: the server, the browser-like client, (a) and (b).
import { buildIfNeeded } from "./build.mjs";
import { DATABASES, log } from "./stress/config.mjs";
import { killRun } from "./stress/checkouts-under-kills.mjs";
import { pgFaults } from "./stress/connection-faults.mjs";
import { actionIds } from "./stress/http-client.mjs";

async function main() {
  const which = process.env.STRESS_DB ? [process.env.STRESS_DB] : ["sqlite", "postgresql"];
  buildIfNeeded();
  const ids = actionIds();
  const report = [];
  for (const kind of which) {
    const url = DATABASES[kind];
    if (!url) throw new Error(`STRESS_DB must be sqlite or postgresql, not ${kind}`);
    const run = await killRun(kind, url, ids);
    let faults = null;
    if (kind === "postgresql") {
      // the server that survived the kills keeps running: no restart for (b)
      faults = await pgFaults(url, run.snap);
    }
    const result = await run.finish();
    if (faults) result.connectionFaults = faults;
    report.push(result);
    log(
      `${kind}: ${result.completed}/${result.attempted} orders completed, ${result.kills} kills, lost ${result.lost}, problems ${result.problems.length + (faults?.problems.length ?? 0)}`,
    );
  }
  console.log(JSON.stringify(report, null, 2));
  const problems = report.flatMap((r) => [...r.problems, ...(r.connectionFaults?.problems ?? [])]);
  if (problems.length) {
    console.error(`\nstress: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nstress: all checks passed");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
