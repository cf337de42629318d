// System › Email Log: the outbox as the admin reads it, one page at a time, and one
// message's details. A message that carries a secret (a password reset link) never
// has its body read here: the details query for it does not select the text at all.
// Indexes: (createdAt) for the default order, (status, createdAt) for a status filter
// in time order and for the sort by status; the page stops after its rows and the
// count is capped. The keyword search reads the rows in time order until the page is full.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-client";
import type { Prisma } from "@/generated/prisma/client";
import { cappedCount } from "@/lib/grid/count";
import { EMAIL_LOG_GRID_SPEC, STATUSES_OF, emailLogStatus, type EmailLogParams, type EmailLogRow } from "./email-log-spec";

const ROW_SELECT = { id: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true } as const;

/** Case-insensitive "contains": SQLite's LIKE already is (for ASCII), PostgreSQL's needs ILIKE. */
function containsText(q: string): Prisma.StringFilter {
  return (databaseProvider() === "postgresql" ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;
}

export function emailLogWhere(p: Pick<EmailLogParams, "q" | "filters">): Prisma.EmailMessageWhereInput {
  const status = p.filters.status;
  return {
    ...(status ? { status: { in: STATUSES_OF[status] } } : {}),
    ...(p.q ? { OR: [{ to: containsText(p.q) }, { subject: containsText(p.q) }] } : {}),
  };
}

export async function queryEmailLog(p: EmailLogParams, db: Db = appDb) {
  const where = emailLogWhere(p);
  const dir = p.desc ? "desc" : "asc";
  const skip = (p.page - 1) * p.pageSize;
  // one direction throughout, so the database reads (status, createdAt) or (createdAt) as it is stored
  const orderBy: Prisma.EmailMessageOrderByWithRelationInput[] =
    p.sort === "status" ? [{ status: dir }, { createdAt: dir }, { id: dir }] : [{ createdAt: dir }, { id: dir }];
  const [rows, count] = await Promise.all([
    db.emailMessage.findMany({ where, orderBy, skip, take: p.pageSize + 1, select: ROW_SELECT }),
    cappedCount((take) => db.emailMessage.count({ where, take, orderBy: orderBy[0] }), skip, EMAIL_LOG_GRID_SPEC.countCap),
  ]);
  return {
    rows: rows
      .slice(0, p.pageSize)
      .map((r): EmailLogRow => ({ ...r, status: emailLogStatus(r.status), createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
    hasNext: rows.length > p.pageSize,
    ...count,
  };
}

export type EmailLogMessage = Omit<EmailLogRow, "createdAt" | "sentAt"> & {
  createdAt: Date;
  sentAt: Date | null;
  /** when the next try is due, while queued */
  nextAttemptAt: Date | null;
  /** the text body, or null for a message that carries a secret */
  text: string | null;
  carriesSecret: boolean;
};

/** One message for its details view; the body only of a message that carries no secret. */
export async function emailLogMessage(id: number, db: Db = appDb): Promise<EmailLogMessage | null> {
  const row = await db.emailMessage.findUnique({ where: { id }, select: { ...ROW_SELECT, nextAttemptAt: true, carriesSecret: true } });
  if (!row) return null;
  // carriesSecret is fixed when the message is queued, so this second read cannot pick up a secret body
  const body = row.carriesSecret ? null : await db.emailMessage.findUnique({ where: { id, carriesSecret: false }, select: { text: true } });
  const status = emailLogStatus(row.status);
  return { ...row, status, nextAttemptAt: status === "queued" ? row.nextAttemptAt : null, text: body?.text ?? null };
}
