import { describe, expect, it } from "vitest";
import { DEFAULT_SQLITE_URL, isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db-url.mjs";

describe("database URL rules", () => {
  it("defaults to the SQLite file under the project", () => {
    expect(resolveDatabaseUrl({})).toBe(DEFAULT_SQLITE_URL);
    expect(resolveDatabaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_SQLITE_URL);
    expect(sqliteFilePath("file:./data/lac.db", "/srv/app")).toBe("/srv/app/data/lac.db");
    expect(sqliteFilePath("file:/tmp/x.db", "/srv/app")).toBe("/tmp/x.db");
  });

  it("recognises PostgreSQL URLs and nothing else", () => {
    expect(isPostgresUrl("postgresql://postgres@127.0.0.1:5432/db")).toBe(true);
    expect(isPostgresUrl("postgres://u:p@h/db")).toBe(true);
    expect(isPostgresUrl("file:./data/lac.db")).toBe(false);
    expect(isPostgresUrl("mysql://x")).toBe(false);
  });
});
