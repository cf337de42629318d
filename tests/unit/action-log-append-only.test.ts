// Log rows cannot be edited or deleted from the UI or any endpoint (issue 6):
// no application code updates or deletes action-log rows, and the only change to a Login
// as Customer session row is setting its end (endedAt / endReason).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [rel] : [];
  });
}

const SEALER = path.join("lib", "action-log", "seal.ts");
const appCode = [...sources("app"), ...sources("lib"), "middleware.ts"].map((file) => ({ file, text: fs.readFileSync(path.join(root, file), "utf8") }));

describe("action log and session log are append-only", () => {
  it("scans the application code", () => {
    expect(appCode.length).toBeGreaterThan(50);
    // the one writer of log rows (lib/action-log/record.ts) inserts with a plain statement
    expect(appCode.some((f) => /INSERT INTO "ActionLog"/.test(f.text))).toBe(true);
  });

  it("no code edits or deletes action-log rows", () => {
    const offenders = appCode.filter((f) => /actionLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\s*\(/.test(f.text)).map((f) => f.file);
    expect(offenders).toEqual([]);
    // the one exception: the sealer (SPEC 10.8) sets the seal columns of unsealed rows, nothing else
    const raw = appCode.filter((f) => f.file !== SEALER && /(UPDATE|DELETE\s+FROM)\s+"?action_?log/i.test(f.text)).map((f) => f.file);
    expect(raw).toEqual([]);
  });

  it("the sealer only sets the seal columns, of rows not sealed yet", () => {
    const text = appCode.find((f) => f.file === SEALER)!.text;
    const updates = [...text.matchAll(/UPDATE\s+"\$\{table\}"[\s\S]*?SET([\s\S]*?)(FROM|WHERE)/g)].map((m) => m[1]);
    expect(updates.length).toBe(2);
    for (const set of updates) {
      expect([...set.matchAll(/"(\w+)"\s*=/g)].map((c) => c[1]).sort()).toEqual(["seal", "sealFields", "sealSeq"]);
    }
    expect(text.match(/AND\s+COALESCE\((t\.|"\$\{table\}"\.)"sealSeq", 0\) = 0/g)?.length).toBe(2);
    expect(text).not.toMatch(/DELETE\s+FROM/i);
  });

  it("session rows are never deleted, and updates only set the end (and the idle clock, lastSeenAt)", () => {
    expect(appCode.filter((f) => /loginAsCustomerSession\s*\.\s*(delete|deleteMany|upsert)\s*\(/.test(f.text)).map((f) => f.file)).toEqual([]);
    for (const f of appCode) {
      for (const m of f.text.matchAll(/loginAsCustomerSession\s*\.\s*(update|updateMany)\s*\(([\s\S]*?)\)\s*;/g)) {
        const data = /data:\s*\{([^}]*)\}/.exec(m[2])?.[1] ?? "";
        const keys = [...data.matchAll(/(\w+)\s*:/g)].map((k) => k[1]);
        expect({ file: f.file, keys: keys.filter((k) => k !== "endedAt" && k !== "endReason" && k !== "lastSeenAt") }).toEqual({ file: f.file, keys: [] });
      }
    }
    // plain statements too: no DELETE, and an UPDATE sets only those columns (the sealer aside)
    const sessionSql = appCode.filter((f) => f.file !== SEALER);
    expect(sessionSql.filter((f) => /DELETE\s+FROM\s+"LoginAsCustomerSession"/i.test(f.text)).map((f) => f.file)).toEqual([]);
    const rawUpdates = sessionSql.flatMap((f) =>
      [...f.text.matchAll(/UPDATE\s+"LoginAsCustomerSession"\s+SET([\s\S]*?)WHERE/gi)].map((m) => ({ file: f.file, set: m[1] })),
    );
    expect(rawUpdates.length).toBeGreaterThan(0);
    for (const u of rawUpdates) {
      const columns = [...u.set.matchAll(/"(\w+)"\s*=/g)].map((c) => c[1]);
      expect({ file: u.file, columns: columns.filter((c) => c !== "endedAt" && c !== "endReason" && c !== "lastSeenAt") }).toEqual({
        file: u.file,
        columns: [],
      });
    }
  });
});
