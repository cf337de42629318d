// The cluster test's HTTP kit: the balancer and the two instances scripts/cluster-test.mjs
// started, and a browser-like client (cookies, next-auth sign-in, server actions as React's
// client sends them) that notes which instance answered each request (x-instance).
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { createApiToken } from "@/lib/auth/api-tokens";
import { SHOP_REALM } from "@/lib/auth/realms";

/** An instance: its name (x-instance), address, email inbox, server process and how many worker processes that server runs. */
export type Instance = { id: string; url: string; inbox: string; pid: number; workers: number };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the cluster test with npm run test:cluster`);
  return value;
}

export const BALANCER = required("CLUSTER_BALANCER");
export const INSTANCES: Instance[] = JSON.parse(required("CLUSTER_INSTANCES"));
export const [A, B] = INSTANCES;
export const DATABASE_URL = required("CLUSTER_DATABASE_URL");

let client: Db | null = null;
/** The database both instances share, for preparing rows and reading outcomes. */
export function db(): Db {
  client ??= createPrismaClient(DATABASE_URL);
  return client;
}

/** Server action ids of the build the instances run. */
const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { filename: string; exportedName: string }>;
};
export function actionId(filename: string, exportedName: string): string {
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!hit) throw new Error(`server action ${exportedName} (${filename}) is not in the build`);
  return hit[0];
}

export type Answer = { status: number; instance: string | null; location: string; text: string; headers: Headers };

/** One browser: its cookies, sent to whichever address each request names (the balancer or one instance). */
export class Browser {
  private jar = new Map<string, string>();
  /** the instance of every answer, in order */
  readonly seen: string[] = [];

  cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  setCookie(name: string, value: string) {
    this.jar.set(name, value);
  }

  async request(base: string, pathname: string, init: RequestInit = {}): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set("cookie", this.cookie());
    const res = await fetch(base + pathname, { ...init, headers, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.jar.delete(pair.slice(0, i));
      else this.jar.set(pair.slice(0, i), value);
    }
    const instance = res.headers.get("x-instance");
    if (instance) this.seen.push(instance);
    return {
      status: res.status,
      instance,
      location: res.headers.get("location") ?? res.headers.get("x-action-redirect") ?? "",
      text: await res.text(),
      headers: res.headers,
    };
  }

  get(base: string, pathname: string) {
    return this.request(base, pathname);
  }

  /** A next-auth credentials sign-in (realm "shop-auth" or "admin-auth"); returns the URL next-auth answers with. */
  async signIn(base: string, realm: "shop-auth" | "admin-auth", provider: string, fields: Record<string, string>): Promise<string> {
    const csrf = await this.get(base, `/api/${realm}/csrf`);
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const res = await this.request(base, `/api/${realm}/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ ...fields, csrfToken, json: "true", callbackUrl: realm === "shop-auth" ? "/shop" : "/admin" }),
    });
    return decodeURIComponent((JSON.parse(res.text) as { url?: string }).url ?? `status ${res.status}`);
  }

  async signOut(base: string, realm: "shop-auth" | "admin-auth"): Promise<Answer> {
    const csrf = await this.get(base, `/api/${realm}/csrf`);
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    return this.request(base, `/api/${realm}/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
  }

  /** A server action called with plain arguments (a button's call). */
  action(base: string, pagePath: string, id: string, args: unknown[]): Promise<Answer> {
    return this.request(base, pagePath, {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", origin: base, "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(args),
    });
  }

  /** A useActionState form action (prevState, formData), encoded as React's encodeReply does. */
  formAction(base: string, pagePath: string, id: string, fields: Record<string, string>): Promise<Answer> {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
    body.set("0", JSON.stringify([{}, "$K1"]));
    return this.request(base, pagePath, { method: "POST", headers: { "next-action": id, accept: "text/x-component", origin: base }, body });
  }
}

/** An API token for an admin, for the headless Login as Customer API. */
export async function apiToken(username: string): Promise<string> {
  const admin = await db().adminUser.findUniqueOrThrow({ where: { username } });
  return (await createApiToken(db(), admin.id, `cluster ${Date.now()}`)).token;
}

/** Starts a session through the headless API on one address; returns the one-time secret and who answered. */
export async function startSession(
  base: string,
  token: string,
  customerId: number,
): Promise<{ status: number; secret: string | null; instance: string | null; error?: string }> {
  const res = await fetch(`${base}/api/admin/login-as-customer`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ customerId, reason: "Cluster test: assisting the customer", access: "assist" }),
  });
  const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
  const secret = body.url ? new URLSearchParams(new URL(body.url).hash.slice(1)).get("secret") : null;
  return { status: res.status, secret, instance: res.headers.get("x-instance"), error: body.error };
}

/** Redeems a secret as the landing page does; the browser then holds the session's shopper cookie when it worked. */
export async function redeem(base: string, secret: string): Promise<{ ok: boolean; browser: Browser }> {
  const browser = new Browser();
  const url = await browser.signIn(base, "shop-auth", "login-as-customer", { secret });
  return { ok: !url.includes("error=") && url.startsWith("http"), browser };
}

/** The session tab asks for My Account: "active" with the banner, or "ended" (signed out, sent to the sign-in page). */
export async function sessionPage(browser: Browser, base: string): Promise<{ state: "active" | "ended" | "other"; instance: string | null; status: number }> {
  const res = await browser.get(base, "/shop/customer/account");
  const state =
    res.status === 200 && res.text.includes("You are connected as")
      ? "active"
      : res.location.endsWith(`${SHOP_REALM.signInPage}?session=ended`)
        ? "ended"
        : "other";
  return { state, instance: res.instance, status: res.status };
}

/** Consenting customers of the main website, none of them used by another test yet. */
const taken = new Set<number>();
export async function freshCustomers(n: number): Promise<{ id: number; email: string; firstName: string; lastName: string }[]> {
  const rows = await db().customer.findMany({
    where: { assistanceAllowed: true, assistanceAllowedUntil: null, website: { code: "base" }, id: { notIn: [...taken] } },
    select: { id: true, email: true, firstName: true, lastName: true },
    orderBy: { id: "asc" },
    take: n,
  });
  if (rows.length < n) throw new Error(`only ${rows.length} consenting customers left, ${n} needed`);
  for (const r of rows) taken.add(r.id);
  return rows;
}

/** Polls until fn() is truthy (a few seconds at most): for what the instances' background workers do; detail() says what was left. */
export async function eventually<T>(fn: () => Promise<T>, what: string, detail?: () => Promise<unknown>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${detail ? `: ${JSON.stringify(await detail())}` : ""}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
