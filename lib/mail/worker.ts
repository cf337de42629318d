// The sender in each server instance: every EMAIL_POLL_MS it delivers what is
// due. Several instances may run it at once; the claim gives each message to
// one of them. Started by instrumentation.ts on the Node.js runtime.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DELIVERY_BATCH, deliverDue } from "./deliver";
import { mailTransport } from "./transport";

const state = globalThis as unknown as { __lacEmailWorker?: { stop(): void } };

/** Starts the poller once per process (a dev reload does not add a second one); returns how to stop it. */
export function startEmailWorker(intervalMs = env().EMAIL_POLL_MS): { stop(): void } {
  if (state.__lacEmailWorker) return state.__lacEmailWorker;
  let timer: NodeJS.Timeout | undefined;
  let stopped = intervalMs <= 0;
  let lastFailure = "";
  const tick = async () => {
    try {
      // a full batch means more may be waiting: go on without pausing
      for (let full = true; full && !stopped;) {
        const report = await deliverDue(db);
        full = report.sent + report.retrying + report.failed >= DELIVERY_BATCH;
      }
      lastFailure = "";
    } catch (error) {
      // the database may be away for a moment: say so once, keep polling
      const text = error instanceof Error ? error.message : String(error);
      if (text !== lastFailure) console.error(`email: delivery run failed: ${text}`);
      lastFailure = text;
    }
    if (!stopped) timer = setTimeout(tick, intervalMs).unref();
  };
  const worker = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      state.__lacEmailWorker = undefined;
    },
  };
  if (stopped) {
    console.log("email: this instance sends no email (EMAIL_POLL_MS=0)");
  } else {
    console.log(`email: sending every ${intervalMs} ms (${mailTransport().description})`);
    timer = setTimeout(tick, intervalMs).unref();
  }
  state.__lacEmailWorker = worker;
  return worker;
}
