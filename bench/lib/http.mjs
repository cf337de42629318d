// The benchmark's HTTP client, doing what the browser and the admin's tools do: cookies, starting a
// Login as Customer session through the headless API, redeeming its secret, and calling the
// storefront's server actions as React's client calls them.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { root } from "../../scripts/env.mjs";
import { BASE } from "./config.mjs";

function cookieJar() {
  const jar = new Map();
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    take(res) {
      for (const c of res.headers.getSetCookie?.() ?? []) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
    },
  };
}

/** Starts a session with an admin API token; returns the one-time secret and how long it took. */
export async function startSession(token, customerId) {
  const t0 = performance.now();
  const res = await fetch(`${BASE}/api/admin/login-as-customer`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ customerId, reason: "Benchmark: start to My Account", access: "assist" }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(`start failed: ${res.status} ${body.error}`), { status: res.status });
  return { secret: new URLSearchParams(new URL(body.url).hash.slice(1)).get("secret"), ms: performance.now() - t0, status: res.status };
}

/** Redeems a secret as the landing page does (the shopper realm's credentials provider); returns the cookies. */
export async function redeemOverHttp(secret) {
  const jar = cookieJar();
  const csrfRes = await fetch(`${BASE}/api/shop-auth/csrf`);
  jar.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const t0 = performance.now();
  const res = await fetch(`${BASE}/api/shop-auth/callback/login-as-customer`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ secret, csrfToken, json: "true", callbackUrl: "/" }),
    redirect: "manual",
  });
  jar.take(res);
  const body = await res.json().catch(() => ({}));
  const ok = res.status === 200 && typeof body.url === "string" && !body.url.includes("error=");
  return { ok, jar, status: res.status, ms: performance.now() - t0 };
}

/** Signs a shopper in with email and password as the sign-in form does (the shop realm's credentials provider); returns the cookie header. */
export async function signInShopper(email, password, origin = BASE) {
  const jar = cookieJar();
  const csrfRes = await fetch(`${origin}/api/shop-auth/csrf`);
  jar.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${origin}/api/shop-auth/callback/shop-credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin },
    body: new URLSearchParams({ email, password, csrfToken, json: "true", callbackUrl: "/shop" }),
    redirect: "manual",
  });
  jar.take(res);
  const body = await res.json().catch(() => ({}));
  if (res.status !== 200 || typeof body.url !== "string" || body.url.includes("error="))
    throw new Error(`shopper sign-in failed: HTTP ${res.status} ${body.url ?? ""}`);
  return jar.header();
}

/** The ids of the storefront's Add to Cart and Place Order actions, from the build's manifest. */
export function serverActionIds(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8"));
  const find = (filename, exportedName) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
    if (!hit) throw new Error(`server action ${exportedName} (${filename}) is not in the build`);
    return hit[0];
  };
  return {
    addToCart: find("app/shop/(storefront)/checkout/cart/actions.ts", "addToCartAction"),
    placeOrder: find("app/shop/(storefront)/checkout/actions.ts", "placeOrderAction"),
  };
}

/** A useActionState action (prevState, formData), encoded as React's encodeReply does. */
export async function callAction(pagePath, actionId, fields, cookie) {
  // React 19: a FormData argument's fields are "_<part>_<name>", sent before the root "0" (the server decodes as they stream in)
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, String(v));
  body.set("0", JSON.stringify([{}, "$K1"]));
  const res = await fetch(BASE + pagePath, {
    method: "POST",
    headers: { "next-action": actionId, accept: "text/x-component", origin: BASE, cookie },
    body,
    redirect: "manual",
  });
  return { status: res.status, redirect: res.headers.get("x-action-redirect") ?? "", text: await res.text() };
}

/** Runs fn(0…n-1) with at most `width` calls in flight. */
export async function pool(n, width, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}
