// The client's address as the app may trust it, decided once per request by the
// server in front of Next (scripts/server.mjs) and handed on in one header that
// the server always overwrites. Without proxies it is the socket's address; behind
// TRUSTED_PROXY_HOPS proxies it is the X-Forwarded-For entry that many hops from
// the right (each proxy appends the address it saw; entries further left were
// written by the client and prove nothing).

/** The header the server sets; a value sent by the client never gets through. */
export const CLIENT_IP_HEADER = "x-lac-client-ip";

/** "::ffff:127.0.0.1" (IPv4 on an IPv6 socket) reads as "127.0.0.1". */
export function normalizeIp(ip) {
  const v = String(ip ?? "").trim();
  return (v.startsWith("::ffff:") && v.includes(".") ? v.slice(7) : v).slice(0, 64);
}

/**
 * @param {string | undefined} socketAddress the TCP peer
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {number} trustedHops how many proxies of ours stand in front of the app
 */
export function trustedClientIp(socketAddress, forwardedFor, trustedHops) {
  if (!trustedHops || trustedHops < 1) return normalizeIp(socketAddress);
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  // fewer entries than proxies: the request did not come through them all, so only the socket is known
  const entry = entries[entries.length - trustedHops];
  return normalizeIp(entry ?? socketAddress);
}

/** TRUSTED_PROXY_HOPS as a count (0 when unset or not a whole number). */
export function trustedHopsFromEnv(env = process.env) {
  const n = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
