// The sealer in each server instance: every LOG_SEAL_MS it seals what was logged since its last
// run (seal.ts). Several instances may run it at once: the chain head's lock makes them take
// turns, and a run that finds nothing to seal costs two indexed reads. Started by
// instrumentation.ts on the Node.js runtime, never in tests (they seal by hand).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hasUnsealed, SEAL_BATCH, sealBatch } from "./seal";

const state = globalThis as unknown as { __lacLogSealer?: { stop(): void } };

/** Starts the sealer once per process (a dev reload does not add a second one); returns how to stop it. */
export function startLogSealer(intervalMs = env().LOG_SEAL_MS): { stop(): void } {
  if (state.__lacLogSealer) return state.__lacLogSealer;
  let timer: NodeJS.Timeout | undefined;
  let stopped = intervalMs <= 0;
  let lastFailure = "";
  const tick = async () => {
    try {
      // an idle tick only reads (no head lock, no write); a full batch means more may be waiting
      if (await hasUnsealed(db)) for (let full = true; full && !stopped;) full = (await sealBatch(db)).sealed >= SEAL_BATCH;
      lastFailure = "";
    } catch (error) {
      // the database may be away for a moment: nothing is lost (rows wait unsealed); say so once
      const text = error instanceof Error ? error.message : String(error);
      if (text !== lastFailure) console.error(`log seal: sealing run failed: ${text}`);
      lastFailure = text;
    }
    if (!stopped) timer = setTimeout(tick, intervalMs).unref();
  };
  const sealer = {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      state.__lacLogSealer = undefined;
    },
  };
  if (stopped) {
    console.log("log seal: this instance seals no log entries (LOG_SEAL_MS=0)");
  } else {
    timer = setTimeout(tick, intervalMs).unref();
  }
  state.__lacLogSealer = sealer;
  return sealer;
}
