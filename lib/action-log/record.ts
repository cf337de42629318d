// The action log writer: one function, called with the same transaction client
// as the change it describes, so an action is never recorded without happening
// nor happens without being recorded. Failures are recorded too (with no change).
import type { Db } from "@/lib/db-client";

export const ACTION_GROUPS = {
  loginAsCustomer: "Login As Customer",
  adminSignIn: "Admin Sign In",
  configuration: "Configuration",
  permissions: "Permissions",
  customers: "Customers",
  sales: "Sales",
} as const;

export type ActionGroup = (typeof ACTION_GROUPS)[keyof typeof ACTION_GROUPS];

export type ActionEntry = {
  group: ActionGroup;
  action: string;
  fullActionName: string;
  result: "success" | "failure";
  errorMessage?: string | null;
  adminUserId?: number | null;
  username?: string | null;
  customerId?: number | null;
  storeViewId?: number | null;
  lacSessionId?: string | null;
  ip?: string | null;
  details?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  at?: Date;
};

type Tx = Pick<Db, "actionLog">;

const clip = (v: string | null | undefined, max: number) => (v == null ? v : v.length > max ? `${v.slice(0, max - 1)}…` : v);

export async function recordAction(tx: Tx, e: ActionEntry): Promise<void> {
  await tx.actionLog.create({
    data: {
      createdAt: e.at ?? new Date(),
      actionGroup: e.group,
      action: e.action,
      fullActionName: clip(e.fullActionName, 255)!,
      result: e.result,
      errorMessage: clip(e.errorMessage ?? null, 1000),
      adminUserId: e.adminUserId ?? null,
      username: clip(e.username ?? "", 255)!,
      customerId: e.customerId ?? null,
      storeViewId: e.storeViewId ?? null,
      lacSessionId: e.lacSessionId ?? null,
      ip: clip(e.ip ?? "", 64)!,
      details: clip(e.details ?? "", 4000)!,
      beforeJson: e.before ? JSON.stringify(e.before) : null,
      afterJson: e.after ? JSON.stringify(e.after) : null,
    },
  });
}
