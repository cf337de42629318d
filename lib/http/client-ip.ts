// The client's IP for logs: the first X-Forwarded-For hop (set by the proxy in
// front of the app), else X-Real-IP. Kept short; never used for authorisation.
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || get("x-real-ip")?.trim() || "";
  return ip.slice(0, 64);
}
