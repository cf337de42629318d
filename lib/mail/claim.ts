// Claiming due email for one delivery run, so that with several app instances
// (or two runs at once) each message is taken by one of them only. A claim
// marks the row `sending`, counts the attempt and sets a lease; nextAttemptAt
// becomes the lease's end, so a run that dies mid-send leaves a row that is
// due again once the lease expires.
import { databaseProvider, type Db } from "@/lib/db-client";
import type { EmailMessage } from "@/generated/prisma/client";

export interface ClaimRequest {
  now: Date;
  limit: number;
  leaseUntil: Date;
  /** this run's own mark: only the holder of the lease may settle the row */
  token: string;
}

const CLAIMABLE = ["pending", "sending"];

/** Claims up to `limit` due rows (pending and due, or sending with an expired lease) and returns them. */
export async function claimDue(db: Db, req: ClaimRequest): Promise<EmailMessage[]> {
  if (databaseProvider() === "postgresql") await claimWithRowLocks(db, req);
  else await claimOneByOne(db, req);
  return db.emailMessage.findMany({ where: { leaseToken: req.token, status: "sending" }, orderBy: { id: "asc" } });
}

// PostgreSQL: the SELECT … FOR UPDATE SKIP LOCKED and the UPDATE that takes the
// lease run as one statement, hence one transaction: a concurrent run skips the
// rows locked here instead of waiting for them, and finds them no longer due
// once this commits. Timestamps are UTC without a zone, as Prisma stores them.
async function claimWithRowLocks(db: Db, { now, limit, leaseUntil, token }: ClaimRequest) {
  const lease = leaseUntil.toISOString();
  await db.$executeRaw`
    UPDATE "EmailMessage"
    SET "status" = 'sending', "attempts" = "attempts" + 1, "leaseToken" = ${token},
        "leaseUntil" = ${lease}::timestamp, "nextAttemptAt" = ${lease}::timestamp
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" IN ('pending', 'sending') AND "nextAttemptAt" <= ${now.toISOString()}::timestamp
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )`;
}

// SQLite has one writer and no row locks: each candidate is taken by an update
// that only matches while the row is still as it was read (due, same attempt
// count), so of two runs that read the same row, one update wins; the other
// looks again, and no longer sees the rows taken meanwhile (they are not due).
async function claimOneByOne(db: Db, { now, limit, leaseUntil, token }: ClaimRequest) {
  let claimed = 0;
  while (claimed < limit) {
    const due = await db.emailMessage.findMany({
      where: { status: { in: CLAIMABLE }, nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: "asc" },
      take: limit - claimed,
      select: { id: true, attempts: true },
    });
    if (due.length === 0) return;
    for (const row of due) {
      const taken = await db.emailMessage.updateMany({
        where: { id: row.id, attempts: row.attempts, status: { in: CLAIMABLE }, nextAttemptAt: { lte: now } },
        data: { status: "sending", attempts: { increment: 1 }, leaseToken: token, leaseUntil, nextAttemptAt: leaseUntil },
      });
      claimed += taken.count;
    }
  }
}
