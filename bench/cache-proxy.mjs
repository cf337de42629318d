#!/usr/bin/env node
// A minimal shared HTTP cache (the role of a CDN or reverse proxy in front of the
// app instances) for the "cached catalog page ≥ 5× rendered" benchmark. The app does
// not cache storefront pages itself (the storefront layout is force-dynamic);
// middleware.ts marks guest catalog pages `Cache-Control: public, s-maxage=N` for
// a shared cache, and says that cache must bypass requests carrying shopper state.
// This proxy does exactly that, nothing more:
// - GET without lac_shop_session / lac_cart / lac_store cookies: served from memory
//   while a stored 200 response with `public` and `s-maxage` is fresh (x-cache: HIT),
//   otherwise fetched from the app and stored when cacheable (x-cache: MISS);
// - anything else is passed through untouched (x-cache: BYPASS).
//   node bench/cache-proxy.mjs <listen port> <upstream origin>
import http from "node:http";

const [port, upstream] = [Number(process.argv[2]), new URL(process.argv[3])];
const BYPASS_COOKIES = /(?:^|;\s*)(lac_shop_session|lac_cart|lac_store)=/;
const store = new Map(); // url → { status, headers, body, expires, stored }
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function forward(req, res, onResponse) {
  const up = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent }, (upRes) =>
    onResponse(upRes),
  );
  up.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(up);
}

function sMaxAge(cacheControl) {
  if (!/\bpublic\b/.test(cacheControl ?? "")) return 0;
  const m = /\bs-maxage=(\d+)/.exec(cacheControl);
  return m ? Number(m[1]) : 0;
}

http
  .createServer((req, res) => {
    const cacheable = req.method === "GET" && !BYPASS_COOKIES.test(req.headers.cookie ?? "");
    if (!cacheable) {
      return forward(req, res, (upRes) => {
        res.writeHead(upRes.statusCode, { ...upRes.headers, "x-cache": "BYPASS" });
        upRes.pipe(res);
      });
    }
    const hit = store.get(req.url);
    if (hit && hit.expires > Date.now()) {
      res.writeHead(hit.status, { ...hit.headers, age: String(Math.floor((Date.now() - hit.stored) / 1000)), "x-cache": "HIT" });
      return res.end(hit.body);
    }
    forward(req, res, (upRes) => {
      const chunks = [];
      upRes.on("data", (c) => chunks.push(c));
      upRes.on("end", () => {
        const body = Buffer.concat(chunks);
        const headers = { ...upRes.headers };
        delete headers["transfer-encoding"];
        delete headers.connection;
        headers["content-length"] = String(body.length);
        const ttl = upRes.statusCode === 200 && !headers["set-cookie"] ? sMaxAge(headers["cache-control"]) : 0;
        if (ttl > 0) store.set(req.url, { status: 200, headers, body, stored: Date.now(), expires: Date.now() + ttl * 1000 });
        res.writeHead(upRes.statusCode, { ...headers, "x-cache": "MISS" });
        res.end(body);
      });
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`cache-proxy: ${port} → ${upstream.origin}`));
