// Generated hostile input for the fuzzing tests: a reproducible PRNG, hostile
// strings and numbers, and valid forms with some fields made hostile.
import type { FieldValue } from "./form-data";

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
