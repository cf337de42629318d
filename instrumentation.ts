// Runs once when a server instance starts: a bad environment stops it here,
// with a message, before the first request.
export async function register() {
  const { env } = await import("./lib/env");
  env();
}
