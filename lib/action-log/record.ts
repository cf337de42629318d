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

type Tx = Pick<Db, "$executeRaw">;

const clip = (v: string | null | undefined, max: number) => (v == null ? v : v.length > max ? `${v.slice(0, max - 1)}…` : v);

/**
 * One plain INSERT (the same text on SQLite and PostgreSQL): every action and every Login as
 * Customer step writes one, and Prisma's typed create compiles each call anew (several times the
 * statement's own cost). Every column is given: the dates as the typed client writes them.
 */
export async function recordAction(tx: Tx, e: ActionEntry): Promise<void> {
  await tx.$executeRaw`INSERT INTO "ActionLog" ("createdAt", "actionGroup", "action", "fullActionName", "result", "errorMessage",
      "adminUserId", "username", "customerId", "storeViewId", "lacSessionId", "ip", "details", "beforeJson", "afterJson")
    VALUES (${e.at ?? new Date()}, ${e.group}, ${e.action}, ${clip(e.fullActionName, 255)!}, ${e.result}, ${clip(e.errorMessage ?? null, 1000)},
      ${e.adminUserId ?? null}, ${clip(e.username ?? "", 255)!}, ${e.customerId ?? null}, ${e.storeViewId ?? null}, ${e.lacSessionId ?? null},
      ${clip(e.ip ?? "", 64)!}, ${clip(e.details ?? "", 4000)!}, ${e.before ? JSON.stringify(e.before) : null}, ${e.after ? JSON.stringify(e.after) : null})`;
}
