// Recording what administrators change in the back office (SPEC 5.6: config
// save, role save, user save, customer save, consent toggled by an admin), each
// in its own group. The admin action wrapper makes one auditor per action: the
// domain function calls `audit(tx, change)` inside the transaction of its change,
// so the change and its entry commit together; a refused action gets one failure
// entry written on its own (nothing changed).
import "server-only";
import { db } from "@/lib/db";
import type { DbTx } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import { recordAction, type ActionGroup } from "./record";

export type AdminChange = {
  details: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  customerId?: number | null;
  /** a second entry of the same change under another action name (e.g. the consent toggle within a customer save) */
  action?: string;
  fullActionName?: string;
};

/** Called by a domain function inside its transaction, once per entry of a successful change. */
export type AdminAudit = (tx: DbTx, change: AdminChange) => Promise<void>;

export type AdminLogSpec = { group: ActionGroup; action: string; fullActionName: string };

export const noAdminAudit: AdminAudit = async () => {};

export function adminAuditor(admin: AdminPrincipal, spec: AdminLogSpec, ip: string) {
  let recorded = false;
  const write = (client: Pick<DbTx, "actionLog">, change: AdminChange, outcome: { ok: true } | { ok: false; error: string }) =>
    recordAction(client, {
      group: spec.group,
      action: change.action ?? spec.action,
      fullActionName: change.fullActionName ?? spec.fullActionName,
      result: outcome.ok ? "success" : "failure",
      errorMessage: outcome.ok ? null : outcome.error,
      adminUserId: admin.id,
      username: admin.username,
      customerId: change.customerId ?? null,
      ip,
      details: change.details,
      before: change.before ?? null,
      after: change.after ?? null,
    });
  return {
    audit: (async (tx, change) => {
      await write(tx, change, { ok: true });
      recorded = true;
    }) as AdminAudit,
    /** After the action: a refusal is written here; a success its domain function did not record gets a plain entry. */
    settle: async (outcome: { ok: true } | { ok: false; error: string }, details = "") => {
      if (outcome.ok && recorded) return;
      await write(db, { details: outcome.ok ? details : details || outcome.error }, outcome);
      recorded = true;
    },
  };
}
