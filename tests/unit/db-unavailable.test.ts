import { describe, expect, it } from "vitest";
import { isDbUnavailable, withDbUnavailable, SERVICE_UNAVAILABLE } from "@/lib/http/db-unavailable";

describe("database unavailable → 503", () => {
  it("recognises Prisma, driver adapter, pg and socket errors of an unreachable database", () => {
    expect(isDbUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isDbUnavailable({ code: "P2024" })).toBe(true);
    expect(
      isDbUnavailable({
        name: "DriverAdapterError",
        cause: { kind: "postgres", originalCode: "57P01", originalMessage: "terminating connection due to administrator command" },
      }),
    ).toBe(true);
    expect(isDbUnavailable(new Error('database "lac" is not currently accepting connections'))).toBe(true);
    expect(isDbUnavailable({ cause: { code: "ECONNREFUSED" } })).toBe(true);
    expect(isDbUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves other errors alone (they stay 500s: bugs)", () => {
    expect(isDbUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDbUnavailable({ code: "P2034", message: "Transaction failed due to a write conflict or a deadlock" })).toBe(false);
    expect(isDbUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDbUnavailable(null)).toBe(false);
  });

  it("answers 503 with the message, and rethrows anything else", async () => {
    const down = withDbUnavailable(async () => {
      throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    });
    const res = await down();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({ error: SERVICE_UNAVAILABLE });
    await expect(
      withDbUnavailable(async () => {
        throw new Error("bug");
      })(),
    ).rejects.toThrow("bug");
  });
});
