// Where the database is. Plain JS so the Prisma CLI config, the scripts and the
// app share one rule: DATABASE_URL unset or "file:..." is SQLite (default file
// data/lac.db under the project), "postgres://" or "postgresql://" is PostgreSQL.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:./data/lac.db";

/** @returns {string} */
export function resolveDatabaseUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

/** @param {string} url */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Absolute path of a SQLite "file:" URL, relative paths taken from the project root (cwd). */
export function sqliteFilePath(url, cwd = process.cwd()) {
  const raw = url.replace(/^file:/, "").split("?")[0];
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.join(/*turbopackIgnore: true*/ cwd, raw);
}
