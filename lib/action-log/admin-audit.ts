// Recording what administrators change in the back office (configuration, roles,
// users, customers, consent toggled by an admin), each in its own group. The admin
// action wrapper makes one auditor per action: the domain function calls
// `audit(tx, change)` inside the transaction of its change; a refused action gets
// one failure entry written on its own (nothing changed).
import "server-only";
import { db } from "@/lib/db";
import type { DbTx } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import type { Audit, AuditChange } from "./audit";
import { recordAction, type ActionGroup } from "./record";

export type AdminLogSpec = { group: ActionGroup; action: string; fullActionName: string };

type Outcome = { ok: true } | { ok: false; error: string };

export function adminAuditor(admin: AdminPrincipal, spec: AdminLogSpec, ip: string) {
  let recorded = false;
  const write = (client: Pick<DbTx, "$executeRaw">, change: AuditChange, outcome: Outcome) =>
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
  const audit: Audit = async (tx, change = { details: "" }) => {
    await write(tx, change, { ok: true });
    recorded = true;
  };
  return {
    audit,
    /** After the action: a refusal is written here; a success its domain function did not record gets a plain entry. */
    settle: async (outcome: Outcome, details = "") => {
      if (outcome.ok && recorded) return;
      await write(db, { details: outcome.ok ? details : details || outcome.error }, outcome);
      recorded = true;
    },
  };
}
