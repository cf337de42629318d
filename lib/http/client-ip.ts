// The client's IP for rate limits and logs: only what the server in front of Next
// decided from the socket (scripts/server.mjs; lib/http/trusted-ip.mjs), never a
// header the client could choose. Empty outside that server (nothing is counted then).
import { CLIENT_IP_HEADER } from "./trusted-ip.mjs";

export { CLIENT_IP_HEADER };

export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const v = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 64) ?? "";
}
