// Reading what a call did: a checksum over the rows a test owns (files run in
// parallel on one database, so a checksum of whole tables would see other files'
// writes), Next's navigation signals, and an error in one line.
import crypto from "node:crypto";

/** sha256 of the JSON of the given queries' results (Dates as ISO strings). */
export async function checksum(queries: Record<string, () => Promise<unknown>>): Promise<string> {
  const entries = Object.entries(queries);
  const results = await Promise.all(entries.map(([, q]) => q()));
  const parts = Object.fromEntries(entries.map(([k], i) => [k, results[i]]));
  const json = JSON.stringify(parts, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  return crypto.createHash("sha256").update(json).digest("hex");
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
