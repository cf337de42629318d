// A cached catalog page against the same page rendered per request (target: at least 5× the
// throughput), both through bench/cache-proxy.mjs, the shared cache the middleware's headers are for.
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "../../scripts/env.mjs";
import { BASE } from "../lib/config.mjs";
import { stop, waitFor } from "../lib/server.mjs";
import { rps } from "../lib/throughput.mjs";

export async function catalogCache(urlKey) {
  const page = `/shop/product/${urlKey}`;
  const proxyPort = Number(process.env.BENCH_PROXY_PORT ?? 3601);
  const PROXY = `http://127.0.0.1:${proxyPort}`;
  const proxy = spawn(process.execPath, [path.join(root, "bench/cache-proxy.mjs"), String(proxyPort), BASE], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitFor(PROXY + page);
    // what the app itself answers a guest: Next.js renders the page (the storefront layout is force-dynamic)
    const direct = await fetch(BASE + page);
    await direct.text();
    const probe = async (headers) => {
      const r = await fetch(PROXY + page, { headers });
      await r.text();
      return r.headers.get("x-cache");
    };
    await probe({});
    const guestCache = await probe({});
    const shopperCache = await probe({ cookie: "lac_store=default" });
    const cachedRps = await rps(page, {}, PROXY);
    const renderedRps = await rps(page, { cookie: "lac_store=default" }, PROXY);
    return {
      page,
      appCacheControl: direct.headers.get("cache-control"),
      nextjsCache: direct.headers.get("x-nextjs-cache") ?? "none (rendered per request)",
      proxy: { guest: guestCache, withStoreCookie: shopperCache },
      cachedRps,
      renderedRps,
      ratio: +(cachedRps / renderedRps).toFixed(2),
      note: "guest page from a shared cache honouring the middleware's public, s-maxage=60 (bench/cache-proxy.mjs) vs the same page with a lac_store cookie (bypass: rendered by the app per request), both through the proxy; autocannon 10 connections",
    };
  } finally {
    await stop(proxy);
  }
}
