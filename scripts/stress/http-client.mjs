// An HTTP client that behaves like the browser: cookies, next-auth sign-in, the headless Login as
// Customer API, and the storefront's server actions called as React calls them.
import fs from "node:fs";
import path from "node:path";
import { root } from "../env.mjs";
import { BASE } from "./config.mjs";

function cookieJar(initial = {}) {
  const jar = new Map(Object.entries(initial));
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    has: (name) => jar.has(name),
    take(res) {
      for (const c of res.headers.getSetCookie?.() ?? []) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        const value = pair.slice(i + 1);
        if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) jar.delete(pair.slice(0, i));
        else jar.set(pair.slice(0, i), value);
      }
    },
  };
}

/** The ids of the storefront's server actions, from the build's manifest. */
export function actionIds() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const name = entry.exportedName;
    const file = entry.filename ?? "";
    if (name === "addToCartAction" && file.includes("checkout/cart/actions")) ids.addToCart = id;
    if (name === "placeOrderAction" && file.includes("checkout/actions")) ids.placeOrder = id;
  }
  if (!ids.addToCart || !ids.placeOrder) throw new Error("server action ids not found in .next/server/server-reference-manifest.json");
  return ids;
}

/** Calls a useActionState server action the way React does: args [prevState, formData] encoded as multipart. */
export async function callAction(jar, page, id, fields) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, String(v));
  body.append("0", JSON.stringify([{}, "$K1"])); // last, as React writes it
  const res = await fetch(BASE + page, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: BASE, cookie: jar.header() },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  jar.take(res);
  const text = await res.text();
  return { status: res.status, redirect: res.headers.get("x-action-redirect"), text };
}

/** Signs a shopper in through next-auth; returns the cookies of the session. */
export async function signInShopper(email) {
  const jar = cookieJar();
  const csrf = await fetch(`${BASE}/api/shop-auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${BASE}/api/shop-auth/callback/shop-credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password: "Shopper123!", csrfToken, json: "true", callbackUrl: "/shop" }),
    redirect: "manual",
  });
  jar.take(res);
  if (!jar.has("lac_shop_session")) throw new Error(`sign-in failed for ${email}`);
  return jar;
}

/** Headless Login as Customer: the agent's API token gives a shopper session for the customer. */
export async function impersonate(token, customerId) {
  const res = await fetch(`${BASE}/api/admin/login-as-customer`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ customerId, mode: "token", reason: "Stress test: shopper actions", access: "assist" }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`Login as Customer failed: ${res.status} ${body.error}`);
  return cookieJar({ [body.cookieName]: body.accessToken });
}
