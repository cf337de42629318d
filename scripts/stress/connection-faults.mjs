// Part (b), PostgreSQL only: the server's database backends terminated, then the database refusing
// connections for a few seconds. Requests must fail fast (the API answers 503 with a clear message,
// pages show the error page) and succeed again without restarting the server.
import { createRequire } from "node:module";
import { AGENTS, BASE, SERVICE_UNAVAILABLE, sleep } from "./config.mjs";
import { browserText } from "./browser-text.mjs";
import { signInShopper } from "./http-client.mjs";

const require = createRequire(import.meta.url);

/** Runs the faults against the running server; returns what was seen and the problems found. */
export async function pgFaults(url, snap) {
  const { Client } = require("pg");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const pg = new Client({ connectionString: adminUrl.toString() });
  await pg.connect();
  const terminate = () =>
    pg.query("SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  const allow = (yes) => pg.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${yes ? "true" : "false"}`);
  const shopper = await signInShopper(snap.shopperEmails[0]);
  const token = snap.tokens[AGENTS]; // an agent of its own: its API calls end no worker's session

  async function probe() {
    const t0 = Date.now();
    const one = async (fn) => {
      try {
        return await fn();
      } catch (e) {
        return { status: 0, error: String(e.cause?.code ?? e.name ?? e) };
      }
    };
    const [api, page] = await Promise.all([
      one(async () => {
        const r = await fetch(`${BASE}/api/admin/login-as-customer`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ customerId: snap.lacCustomerIds[AGENTS], mode: "url", reason: "Stress test: connection faults", access: "assist" }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = await r.json().catch(() => ({}));
        return { status: r.status, message: body.error ?? null };
      }),
      one(async () => {
        const r = await fetch(`${BASE}/shop/customer/account`, {
          headers: { cookie: shopper.header() },
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        });
        const html = await r.text();
        // a render error is answered with Next's error shell; the browser then shows app/error.tsx (checked below)
        return { status: r.status, errorShell: html.includes('id="__next_error__"'), account: html.includes("My Account") };
      }),
    ]);
    return { api, page, ms: Date.now() - t0, ok: api.status === 200 && page.status === 200 };
  }
  async function untilOk(limitMs = 60_000) {
    const t0 = Date.now();
    const seen = [];
    while (Date.now() - t0 < limitMs) {
      const p = await probe();
      seen.push(p);
      if (p.ok) return { recoveryMs: Date.now() - t0, probes: seen.length, statuses: [...new Set(seen.map((s) => `${s.api.status}/${s.page.status}`))] };
      await sleep(100);
    }
    return { recoveryMs: null, probes: seen.length, statuses: [...new Set(seen.map((s) => `${s.api.status}/${s.page.status}`))] };
  }

  const out = { baseline: await probe() };
  // 1) every backend of the server terminated (as by a failover or an admin)
  out.terminated = { backends: (await terminate()).rows[0].n, ...(await untilOk()) };
  // 2) the database refuses connections for 5 s
  await allow(false);
  await terminate();
  const during = [];
  const t0 = Date.now();
  while (Date.now() - t0 < 5000) {
    during.push(await probe());
    await sleep(250);
  }
  out.refused = {
    probes: during.length,
    apiStatuses: [...new Set(during.map((p) => p.api.status))],
    apiMessages: [...new Set(during.map((p) => p.api.message))],
    pageStatuses: [...new Set(during.map((p) => p.page.status))],
    pageErrorShell: during.every((p) => p.page.status === 200 || p.page.errorShell),
    slowestMs: Math.max(...during.map((p) => p.ms)),
    browserShows: await browserText(`${BASE}/shop/customer/account`, shopper),
  };
  await allow(true);
  out.afterRefused = await untilOk();
  await pg.end();
  const problems = [];
  if (!out.baseline.ok) problems.push(`baseline not ok: ${JSON.stringify(out.baseline)}`);
  if (out.terminated.recoveryMs === null) problems.push("no recovery after backends were terminated");
  if (out.afterRefused.recoveryMs === null) problems.push("no recovery after connections were allowed again");
  if (out.refused.apiStatuses.some((s) => s !== 503))
    problems.push(`API answered ${out.refused.apiStatuses} while the database refused connections (want 503)`);
  if (!out.refused.apiMessages.every((m) => m === SERVICE_UNAVAILABLE)) problems.push(`API message: ${out.refused.apiMessages}`);
  if (!out.refused.pageErrorShell) problems.push(`pages answered ${out.refused.pageStatuses} without the error page`);
  if (out.refused.browserShows !== null && !out.refused.browserShows.includes(SERVICE_UNAVAILABLE))
    problems.push(`the browser showed: ${out.refused.browserShows.slice(0, 200)}`);
  if (out.refused.slowestMs > 10_000) problems.push(`a request took ${out.refused.slowestMs} ms while the database refused connections (hang)`);
  for (const s of [...out.terminated.statuses, ...out.afterRefused.statuses])
    if (/^(500|0)\//.test(s) || /\/0$/.test(s)) problems.push(`answered ${s} while recovering`);
  return { ...out, problems };
}
