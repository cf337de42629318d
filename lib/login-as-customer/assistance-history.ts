// Assistance History (SPEC 10.2): every Login as Customer session on the customer's
// account, newest first, with who, when, how it ended and every action in plain words;
// and the live notice's lookup (SPEC 10.3): is a session open on this account right now.
// Only the customer's own sessions, decided in the query: another customer's session
// id reads as not found, like one that does not exist.
import { staffDisplayName } from "./staff-name";
import { LAC } from "./messages";
import { storableText } from "@/lib/validation/fields";
import { endReasonForCustomer } from "./session-emails";
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { describeActions } from "./action-sentences";

/** Sessions on one page of Assistance History. */
export const ASSISTANCE_PAGE_SIZE = 10;

/** What the customer reads about one session. */
export type AssistanceSessionView = {
  id: string;
  startedAt: Date;
  /** null while the session is in progress */
  endedAt: Date | null;
  /** the staff member as the customer sees them: "Admin U." */
  staffName: string;
  /** "View only" or "Assist" */
  access: string | null;
  /** why the staff member opened the session (null when none was given) */
  reason: string | null;
  /** how it ended ("Ended by the customer"); null while in progress */
  endReason: string | null;
  /** every action taken, in order, as sentences (a refused one says so) */
  actions: string[];
};

export type AssistanceHistoryPage = {
  sessions: AssistanceSessionView[];
  /** 1-based, clamped to the pages there are */
  page: number;
  pageCount: number;
  total: number;
};

const SESSION_SELECT = {
  id: true,
  startedAt: true,
  endedAt: true,
  endReason: true,
  staffName: true,
  adminName: true,
  access: true,
  reason: true,
} as const;

type SessionRow = {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  staffName: string;
  adminName: string;
  access: string;
  reason: string;
};

/** Sessions from before staffName was stored show the same short form, made from the full name kept on the row. */
function staffNameOf(row: { staffName: string; adminName: string }): string {
  if (row.staffName) return row.staffName;
  const parts = row.adminName.trim().split(/\s+/).filter(Boolean);
  return staffDisplayName({ firstName: parts[0] ?? "", lastName: parts.length > 1 ? parts[parts.length - 1] : "" });
}

/** The page number of `?p=`: a whole number from 1; anything else is page 1. */
export function parseHistoryPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

/** The sessions' actions in one query (no query per session), as sentences per session id. */
async function actionsBySession(client: Db, ids: string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  // ordered here, not in SQL: with ORDER BY id, SQLite walks the whole log by its primary key
  // (seconds on millions of rows) instead of the lacSessionId index; a page's entries are few
  const entries = (
    await client.actionLog.findMany({
      where: { lacSessionId: { in: ids } },
      select: { id: true, lacSessionId: true, action: true, result: true, errorMessage: true, details: true, beforeJson: true, afterJson: true },
    })
  ).sort((a, b) => a.id - b.id);
  const grouped = new Map<string, typeof entries>();
  for (const e of entries) {
    if (!e.lacSessionId) continue;
    const list = grouped.get(e.lacSessionId) ?? [];
    list.push(e);
    grouped.set(e.lacSessionId, list);
  }
  for (const [id, list] of grouped) byId.set(id, describeActions(list));
  return byId;
}

function toView(row: SessionRow, actions: string[]): AssistanceSessionView {
  return {
    id: row.id,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    staffName: staffNameOf(row),
    access: LAC.accessName(row.access),
    reason: row.reason.trim() || null,
    // the customer reads how it ended, not which admin's username pressed End Session in the log
    endReason: row.endedAt ? endReasonForCustomer(row.endReason ?? "") : null,
    actions,
  };
}

/**
 * One page of the customer's Assistance History, newest first: three queries whatever
 * the page holds (count, the page's sessions on the (customerId, startedAt) index, their actions).
 */
export async function assistanceHistory(customerId: number, page = 1, client: Db = appDb): Promise<AssistanceHistoryPage> {
  const total = await client.loginAsCustomerSession.count({ where: { customerId } });
  const pageCount = Math.max(1, Math.ceil(total / ASSISTANCE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  if (total === 0) return { sessions: [], page: 1, pageCount, total };
  const rows = await client.loginAsCustomerSession.findMany({
    where: { customerId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * ASSISTANCE_PAGE_SIZE,
    take: ASSISTANCE_PAGE_SIZE,
    select: SESSION_SELECT,
  });
  const actions = await actionsBySession(
    client,
    rows.map((r) => r.id),
  );
  return { sessions: rows.map((r) => toView(r, actions.get(r.id) ?? [])), page: current, pageCount, total };
}

/** One session of the customer's, or null when it is not theirs (or does not exist). */
export async function assistanceSession(customerId: number, sessionId: string, client: Db = appDb): Promise<AssistanceSessionView | null> {
  // a session id is a UUID: other text (a NUL, which PostgreSQL refuses) names no session
  if (!sessionId || sessionId.length > 100 || !storableText(sessionId)) return null;
  const row = await client.loginAsCustomerSession.findFirst({ where: { id: sessionId, customerId }, select: SESSION_SELECT });
  if (!row) return null;
  const actions = await actionsBySession(client, [row.id]);
  return toView(row, actions.get(row.id) ?? []);
}

/** The live notice: a session open on the customer's account, or null. One lookup on the (customerId, endedAt) index. */
export async function liveAssistance(customerId: number, client: Db = appDb): Promise<{ sessionId: string; staffName: string } | null> {
  const row = await client.loginAsCustomerSession.findFirst({
    where: { customerId, endedAt: null },
    select: { id: true, staffName: true, adminName: true },
  });
  return row ? { sessionId: row.id, staffName: staffNameOf(row) } : null;
}
