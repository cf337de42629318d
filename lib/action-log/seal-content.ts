// What a seal covers, shared by the sealer (seal.ts) and the verifier (verify.ts).
//
// A chain link is one row: an action log entry, or a Login as Customer session record once it
// has ended. Its seal is SHA-256 over its place in the chain, its kind, the previous link's seal
// and its canonical content: a JSON object of every column except the seal columns, keys
// sorted, dates as ISO strings, null columns left out (so a nullable column added by a later
// migration does not change what an earlier seal covered).
import crypto from "node:crypto";

export type LinkKind = "action" | "session";

/** The seal columns themselves, never part of the content. */
export const SEAL_COLUMNS = ["sealSeq", "seal", "sealFields"] as const;

/** The previous seal of the chain's first link (and the head of an empty chain). */
export const GENESIS = "0".repeat(64);

type Row = Record<string, unknown>;

const contentKeys = (row: Row) =>
  Object.keys(row)
    .filter((k) => !(SEAL_COLUMNS as readonly string[]).includes(k))
    .sort();

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** The canonical content: stable JSON of every non-seal, non-null column. */
export function canonicalContent(row: Row): string {
  const out: Row = {};
  for (const k of contentKeys(row)) {
    const v = plain(row[k]);
    if (v !== null && v !== undefined) out[k] = v;
  }
  return JSON.stringify(out);
}

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/** The seal of a link at chain position `seq` following `previous`. */
export function sealOf(seq: number, kind: LinkKind, previous: string, row: Row): string {
  return sha256(`${seq}\n${kind}\n${previous}\n${canonicalContent(row)}`);
}

/** FNV-1a (32 bits) of a string's UTF-16 code units: cheap, and enough to point at a column. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A short fingerprint per column (2 hex digits each, columns in sorted order), stored beside
 * the seal so the verifier can name the field that was edited. It proves nothing by itself
 * (the seal does) and needs no cryptographic hash: it only points at the change (an edit has
 * a 1 in 256 chance of keeping its column's print; then the verifier says the seal does not match).
 */
export function fieldPrints(row: Row): string {
  return contentKeys(row)
    .map((k) => (fnv1a(`${k}\n${JSON.stringify(plain(row[k]) ?? null)}`) & 0xff).toString(16).padStart(2, "0"))
    .join("");
}

/** The columns whose fingerprint no longer matches, or null when the prints cannot tell. */
export function changedFields(row: Row, prints: string | null): string[] | null {
  const keys = contentKeys(row);
  if (!prints || prints.length !== keys.length * 2) return null;
  const now = fieldPrints(row);
  const changed = keys.filter((_, i) => now.slice(i * 2, i * 2 + 2) !== prints.slice(i * 2, i * 2 + 2));
  return changed.length ? changed : [];
}

/** How a link is named in messages: an action log entry by its id, a session as "session <id>". */
export const linkLabel = (kind: LinkKind, id: number | string) => (kind === "action" ? String(id) : `session ${id}`);
