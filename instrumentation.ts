// Runs once when a server instance starts: a bad environment stops it here,
// with a message, before the first request. On the Node.js runtime it also
// starts this instance's email sender and log sealer (never in tests: they deliver and seal by hand).
export async function register() {
  const { env } = await import("./lib/env");
  const settings = env();
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (settings.NODE_ENV === "test") return;
    const { startEmailWorker } = await import("./lib/mail/worker");
    startEmailWorker(settings.EMAIL_POLL_MS);
    const { startLogSealer } = await import("./lib/action-log/seal-worker");
    startLogSealer(settings.LOG_SEAL_MS);
  }
}
