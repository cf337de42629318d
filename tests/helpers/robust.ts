// Shared by the ACL coverage and input fuzzing tests: the source files to
// enumerate, principals, a reproducible PRNG, hostile values and a database
// checksum over rows a test owns (files run in parallel on one database, so a
// checksum of whole tables would see other files' writes).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { AdminPrincipal } from "@/lib/acl/can";
import { ALL_RESOURCE_IDS } from "@/lib/acl/resources";

export const ROOT = path.resolve(__dirname, "../..");

/** Every file under dir (relative to the repository root) whose name matches. */
export function sourceFiles(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const rel = path.join(d, e.name);
      if (e.isDirectory()) walk(rel);
      else if (name.test(e.name)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

export const readSource = (rel: string) => fs.readFileSync(path.join(ROOT, rel), "utf8");

/** A module-level "use server" directive: the first statement of the file. */
export const isServerActionModule = (src: string) => /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(src);

/** An admin whose role has every resource except the given ones. */
export function principalWithout(missing: readonly string[], id = 1): AdminPrincipal {
  return {
    id,
    username: "acl-probe",
    firstName: "Acl",
    lastName: "Probe",
    roleId: 0,
    roleName: "All but some",
    allResources: false,
    resources: new Set(ALL_RESOURCE_IDS.filter((r) => !missing.includes(r))),
  };
}

export function principalWith(resources: readonly string[] | "all", id = 1): AdminPrincipal {
  return { ...principalWithout([], id), allResources: resources === "all", resources: new Set(resources === "all" ? [] : resources) };
}

/** sha256 of the JSON of the given queries' results (Dates as ISO strings). */
export async function checksum(queries: Record<string, () => Promise<unknown>>): Promise<string> {
  const entries = Object.entries(queries);
  const results = await Promise.all(entries.map(([, q]) => q()));
  const parts = Object.fromEntries(entries.map(([k], i) => [k, results[i]]));
  const json = JSON.stringify(parts, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  return crypto.createHash("sha256").update(json).digest("hex");
}

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with the same seed. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

export const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

const HUGE = "A".repeat(100_000);

/** Hostile strings: types, sizes, encodings, injection payloads. */
export const BAD_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n",
  HUGE,
  "é".repeat(100_000),
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "\uD800",
  "\uDFFF\uD800",
  "' OR '1'='1",
  "1; DROP TABLE Customer; --",
  '" OR ""="',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "%00%27%22",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "-1",
  "0",
  "-0",
  "1.5",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "0x1F",
  "9007199254740993",
  "99999999999999999999999",
  "2147483648",
  "-2147483649",
  " 7 ",
  "1,5",
  "１２",
  "9999-99-99",
  "-100000-01-01",
  "+275760-09-13",
  "0000-00-00",
];

/** Numbers that must never be taken as a record id or quantity (no small positive integers: they would hit real rows). */
export const BAD_NUMBERS: readonly string[] = [
  "",
  "-1",
  "0",
  "-0",
  "1.5",
  "1e3",
  "1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "9007199254740993",
  "99999999999999999999999",
  "2147483648",
  "4294967296",
  "1000000000",
  "12abc",
  "١٢",
  " ",
  "\u0000",
  "' OR 1=1 --",
];

/** One form field's value: a string, several strings (an array where one was expected), a file, or absent. */
export type FieldValue = string | string[] | Blob | undefined;

export function toFormData(values: Record<string, FieldValue>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) form.append(k, x);
    else form.append(k, v);
  }
  return form;
}

/** A hostile value for one field: mostly strings, sometimes arrays, files or nothing. */
export function badValue(rng: Rng, pool: readonly string[] = BAD_STRINGS): FieldValue {
  const r = rng.next();
  if (r < 0.7) return rng.pick(pool);
  if (r < 0.8) return [rng.pick(pool), rng.pick(pool)];
  if (r < 0.88) return new Blob([rng.pick(pool)], { type: "text/plain" });
  return undefined;
}

/** A valid form with 1–3 fields made hostile (or, one time in five, every field hostile). */
export function mutate(rng: Rng, valid: Record<string, FieldValue>, pools: Record<string, readonly string[]> = {}): Record<string, FieldValue> {
  const keys = Object.keys(valid);
  const out = { ...valid };
  const all = rng.chance(0.2);
  const n = all ? keys.length : 1 + rng.int(Math.min(3, keys.length));
  const chosen = all ? keys : [...keys].sort(() => rng.next() - 0.5).slice(0, n);
  for (const k of chosen) out[k] = badValue(rng, pools[k] ?? BAD_STRINGS);
  // now and then an unexpected extra field
  if (rng.chance(0.1)) out[rng.pick(["__proto__", "constructor", "$ACTION_ID_x", "extra[]", "toString"])] = rng.pick(BAD_STRINGS);
  return out;
}

/** Short printable description of an input, for failure messages. */
export function describeInput(values: Record<string, FieldValue>): string {
  const show = (v: FieldValue): string => {
    if (v === undefined) return "∅";
    if (v instanceof Blob) return "<file>";
    if (Array.isArray(v)) return `[${v.map(show).join(",")}]`;
    return JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v);
  };
  return Object.entries(values)
    .map(([k, v]) => `${k}=${show(v)}`)
    .join(" ");
}

/** Next's redirect()/notFound()/forbidden() throw errors with a digest: control flow, not a crash. */
export function isNavigationSignal(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}

/** An error in one line: its class and the last line of its message (where Prisma puts the cause). */
export function errorLine(e: unknown): string {
  const err = e as Error;
  const lines = String(err?.message ?? e)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return `${err?.name ?? "Error"}: ${(lines.at(-1) ?? "").slice(0, 300)}`;
}
