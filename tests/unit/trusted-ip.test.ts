// The client address the app trusts: the socket's, or the X-Forwarded-For entry
// written by the last of our own proxies, never an entry the client wrote.
import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";
import { CLIENT_IP_HEADER, normalizeIp, trustedClientIp, trustedHopsFromEnv } from "@/lib/http/trusted-ip.mjs";

describe("trusted client IP", () => {
  it("without proxies, the socket's address, whatever X-Forwarded-For says", () => {
    expect(trustedClientIp("198.51.100.4", "203.0.113.9", 0)).toBe("198.51.100.4");
    expect(trustedClientIp("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(trustedClientIp("::1", "1.2.3.4, 5.6.7.8", 0)).toBe("::1");
  });

  it("behind one proxy, the entry it appended (the rightmost); entries the client wrote to the left are ignored", () => {
    expect(trustedClientIp("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(trustedClientIp("10.0.0.2", ["6.6.6.6", "198.51.100.4"], 1)).toBe("198.51.100.4");
    // rotating the first entry changes nothing
    expect(trustedClientIp("10.0.0.2", "7.7.7.7, 198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("behind two proxies, the second entry from the right", () => {
    expect(trustedClientIp("10.0.0.3", "6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("a request that did not pass through every proxy falls back to the socket", () => {
    expect(trustedClientIp("198.51.100.9", "", 1)).toBe("198.51.100.9");
    expect(trustedClientIp("198.51.100.9", "203.0.113.1", 2)).toBe("198.51.100.9");
  });

  it("TRUSTED_PROXY_HOPS: a whole number of hops, else none", () => {
    expect(trustedHopsFromEnv({})).toBe(0);
    expect(trustedHopsFromEnv({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedHopsFromEnv({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedHopsFromEnv({ TRUSTED_PROXY_HOPS: "one" })).toBe(0);
  });

  it("the app reads only the server's header, never X-Forwarded-For or X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.8" }))).toBe("");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp({ [CLIENT_IP_HEADER]: ["198.51.100.4"] })).toBe("198.51.100.4");
    expect(normalizeIp("x".repeat(100))).toHaveLength(64);
  });
});
