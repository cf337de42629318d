// The x-instance header's value: the instance's name when INSTANCE_ID is set, no header otherwise.
import { describe, expect, it } from "vitest";
import { INSTANCE_HEADER, instanceIdFromEnv } from "@/lib/http/instance-id.mjs";

describe("instance id", () => {
  it("is INSTANCE_ID, sent as x-instance", () => {
    expect(INSTANCE_HEADER).toBe("x-instance");
    expect(instanceIdFromEnv({ INSTANCE_ID: "a" })).toBe("a");
    expect(instanceIdFromEnv({ INSTANCE_ID: "web-2.eu_west" })).toBe("web-2.eu_west");
  });

  it("unset or empty: no header at all", () => {
    expect(instanceIdFromEnv({})).toBeNull();
    expect(instanceIdFromEnv({ INSTANCE_ID: "" })).toBeNull();
  });

  it("refuses a value that could split or inject a header", () => {
    for (const bad of ["a\r\nSet-Cookie: x=1", "two words", "x".repeat(65), "é"])
      expect(() => instanceIdFromEnv({ INSTANCE_ID: bad })).toThrow(/INSTANCE_ID must be/);
  });
});
