// The one hook a domain function is given to record its change: called inside the
// transaction of the change, so the change and its log entry commit together.
// The action wrappers make it (admin: the entry is what the function says; storefront
// during Login as Customer: the entry is built from the action's record spec).
import type { DbTx } from "@/lib/db-client";

export type AuditChange = {
  details: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  customerId?: number | null;
  /** a second entry of the same change under another action name (e.g. the consent toggle within a customer save) */
  action?: string;
  fullActionName?: string;
};

/** Records one entry of a successful change, inside its transaction. */
export type Audit = (tx: DbTx, change?: AuditChange) => Promise<void>;

/** For callers that record nothing (seed, tests, a shopper acting for themselves). */
export const noAudit: Audit = async () => {};
