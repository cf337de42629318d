// Secrets that match nothing (made up, or not even well formed) name no admin and no
// customer, so they are not written to the log one row each (anyone could fill the
// Login As Customer group with forged entries); they are counted per client IP instead,
// and an address that keeps guessing is refused for a while, real secrets included.
import type { Db, DbTx } from "@/lib/db-client";
import { anyLocked, countFailure } from "@/lib/auth/throttle";

export const SECRET_GUESSES_PER_IP = 30;

type ThrottleDb = Pick<Db | DbTx, "authThrottle">;
const keyOf = (ip: string) => `lac:secret-ip:${ip}`;

/** Whether this address is refused now (no IP known: nothing to count). */
export async function secretGuessesLocked(db: ThrottleDb, ip: string | undefined, now: Date): Promise<boolean> {
  return ip ? anyLocked(db, [keyOf(ip)], now) : false;
}

export async function countSecretGuess(db: ThrottleDb, ip: string | undefined, now: Date): Promise<void> {
  if (ip) await countFailure(db, keyOf(ip), SECRET_GUESSES_PER_IP, now);
}
