// How many server processes share the port: WEB_CONCURRENCY, "auto" for one per core, one when unset.
import { describe, expect, it } from "vitest";
import { MAX_WORKERS, workersFromEnv } from "@/lib/http/workers.mjs";

describe("server processes (WEB_CONCURRENCY)", () => {
  it("unset or empty: one process", () => {
    expect(workersFromEnv({}, 8)).toBe(1);
    expect(workersFromEnv({ WEB_CONCURRENCY: "" }, 8)).toBe(1);
  });

  it("a whole number: that many; auto: one per core, within the limit", () => {
    expect(workersFromEnv({ WEB_CONCURRENCY: "3" }, 2)).toBe(3);
    expect(workersFromEnv({ WEB_CONCURRENCY: "auto" }, 2)).toBe(2);
    expect(workersFromEnv({ WEB_CONCURRENCY: " auto " }, 200)).toBe(MAX_WORKERS);
  });

  it("refuses anything else with a message naming the setting", () => {
    for (const bad of ["0", "-1", "1.5", "two", "65", "2 workers"])
      expect(() => workersFromEnv({ WEB_CONCURRENCY: bad }, 2)).toThrow(/WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64/);
  });
});
