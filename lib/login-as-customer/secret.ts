// One-time secrets: 256 random bits, given to the admin's browser once, stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** A well-formed secret is 43 base64url characters; anything else is refused before the database. */
export function isWellFormedSecret(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
