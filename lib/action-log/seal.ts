// The batch sealer: gives every unsealed chain link (an action log entry, or a Login as
// Customer session record once it has ended) its place in the hash chain and its seal.
//
// Requests never seal: recordAction inserts its row as before, in the transaction of the change
// it describes, and takes no lock a sealer holds. The sealer runs in the background of every
// instance (seal-worker.ts); one short transaction per batch:
//   1. lock the chain head (LogSealHead, id 1): only sealers lock it, so sealers of all
//      instances take turns and a request is never made to wait for it;
//   2. read unsealed rows in the order found (action entries by id, ended sessions by end time);
//   3. chain them after the head: sealSeq = head + 1, 2, ...; seal = SHA-256 of (sealSeq, kind,
//      previous seal, canonical content); write them and the new head.
// The chain's order is sealSeq, not id: on PostgreSQL an entry with a lower id may commit after
// a higher one was sealed; it is simply found by a later batch and gets a later sealSeq.
// See docs/architecture.md, "The sealed log".
import type { Db } from "@/lib/db-client";
import { fieldPrints, GENESIS, sealOf, type LinkKind } from "./seal-content";

/** links sealed per transaction: short enough that SQLite's one writer is held for a few ms */
export const SEAL_BATCH = 500;

/** How many ids one read by key binds (below SQLite's 999 bound values). */
const ID_SLICE = 500;

type Client = Pick<Db, "$transaction" | "$queryRawUnsafe" | "$executeRawUnsafe">;
type Tx = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe" | "actionLog" | "loginAsCustomerSession">;

export const isPostgres = (db: unknown) => (db as { _activeProvider?: string })._activeProvider === "postgresql";

export type SealRun = { sealed: number; actions: number; sessions: number; headSeq: number; head: string };

type Link = { kind: LinkKind; id: number | string; seq: number; seal: string; prints: string };

/**
 * Takes the chain head's lock and returns the head. The upsert is the first statement, a write:
 * on PostgreSQL it locks the head row until commit (another sealer waits here, then sees the new
 * head); on SQLite it takes the write lock at once, so two processes cannot both read the head.
 */
async function lockHead(tx: Tx): Promise<{ seq: number; seal: string }> {
  const rows = await tx.$queryRawUnsafe<{ seq: number | bigint; seal: string }[]>(
    `INSERT INTO "LogSealHead" ("id", "seq", "seal") VALUES (1, 0, '')
     ON CONFLICT ("id") DO UPDATE SET "seq" = "LogSealHead"."seq"
     RETURNING "seq", "seal"`,
  );
  return { seq: Number(rows[0].seq), seal: rows[0].seal };
}

/**
 * Writes the seals of one kind in one statement (a JSON list joined to the table by id), only to
 * rows still unsealed. That test is written as COALESCE(...) = 0, which no index answers, so the
 * planner lets the list lead and finds each row by its key, instead of walking every unsealed row
 * (a backlog can be millions) for each batch.
 */
async function writeSeals(tx: Tx, postgres: boolean, table: "ActionLog" | "LoginAsCustomerSession", links: Link[]): Promise<number> {
  if (!links.length) return 0;
  const json = JSON.stringify(links.map((l) => ({ id: l.id, seq: l.seq, seal: l.seal, prints: l.prints })));
  const idType = table === "ActionLog" ? "int" : "text";
  const sql = postgres
    ? `UPDATE "${table}" AS t SET "sealSeq" = v.seq, "seal" = v.seal, "sealFields" = v.prints
       FROM json_to_recordset($1::json) AS v(id ${idType}, seq int, seal text, prints text)
       WHERE t."id" = v.id AND COALESCE(t."sealSeq", 0) = 0`
    : `UPDATE "${table}" SET "sealSeq" = v.seq, "seal" = v.seal, "sealFields" = v.prints
       FROM (SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.seq') AS seq,
                    json_extract(value, '$.seal') AS seal, json_extract(value, '$.prints') AS prints
             FROM json_each(?)) AS v
       WHERE "${table}"."id" = v.id AND COALESCE("${table}"."sealSeq", 0) = 0`;
  return tx.$executeRawUnsafe(sql, json);
}

/** Seals one batch; returns what it sealed (0 when nothing was waiting). */
export async function sealBatch(db: Client, batch = SEAL_BATCH): Promise<SealRun> {
  const postgres = isPostgres(db);
  return db.$transaction(async (tx) => {
    const head = await lockHead(tx);
    // the unsealed ids first, from an index alone, then their rows by key: asked in one statement
    // (every column, ORDER BY id), SQLite may walk the whole log in id order to find the few
    // unsealed rows at its end (seen: 0.75 s a batch at 5M entries, blocking the process)
    const ids = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
      `SELECT "id" FROM "ActionLog" WHERE "sealSeq" IS NULL ORDER BY "id" ASC LIMIT ${Number(batch)}`,
    );
    // read by key in slices: Prisma refuses a statement with more bound values than SQLite allows (999)
    const actions = [];
    for (let i = 0; i < ids.length; i += ID_SLICE) {
      const slice = ids.slice(i, i + ID_SLICE).map((r) => Number(r.id));
      actions.push(...(await tx.actionLog.findMany({ where: { id: { in: slice } }, orderBy: { id: "asc" } })));
    }
    const sessions =
      actions.length < batch
        ? await tx.loginAsCustomerSession.findMany({
            where: { sealSeq: null, endedAt: { not: null } },
            orderBy: [{ endedAt: "asc" }, { id: "asc" }],
            take: batch - actions.length,
          })
        : [];
    let seq = head.seq;
    let previous = head.seal || GENESIS;
    const link = (kind: LinkKind, row: Record<string, unknown>): Link => {
      seq += 1;
      const seal = sealOf(seq, kind, previous, row);
      previous = seal;
      return { kind, id: row.id as number | string, seq, seal, prints: fieldPrints(row) };
    };
    const actionLinks = actions.map((r) => link("action", r));
    const sessionLinks = sessions.map((r) => link("session", r));
    const written = (await writeSeals(tx, postgres, "ActionLog", actionLinks)) + (await writeSeals(tx, postgres, "LoginAsCustomerSession", sessionLinks));
    const count = actionLinks.length + sessionLinks.length;
    // we hold the head: nobody else seals, so every row read is still unsealed
    if (written !== count) throw new Error(`log seal: wrote ${written} of ${count} seals`);
    if (count) {
      await tx.$executeRawUnsafe(`UPDATE "LogSealHead" SET "seq" = ${postgres ? "$1" : "?"}, "seal" = ${postgres ? "$2" : "?"} WHERE "id" = 1`, seq, previous);
    }
    return { sealed: count, actions: actionLinks.length, sessions: sessionLinks.length, headSeq: seq, head: previous };
  });
}

/** Whether anything waits to be sealed: two reads of the partial indexes, no lock, no write. */
export async function hasUnsealed(db: Pick<Db, "actionLog" | "loginAsCustomerSession">): Promise<boolean> {
  const action = await db.actionLog.findFirst({ where: { sealSeq: null }, select: { id: true } });
  if (action) return true;
  return (await db.loginAsCustomerSession.findFirst({ where: { sealSeq: null, endedAt: { not: null } }, select: { id: true } })) !== null;
}

/** Seals everything waiting, batch after batch (at most `maxBatches`); returns the totals. */
export async function sealPending(db: Client, options: { batch?: number; maxBatches?: number } = {}): Promise<SealRun> {
  const batch = options.batch ?? SEAL_BATCH;
  const total: SealRun = { sealed: 0, actions: 0, sessions: 0, headSeq: 0, head: "" };
  for (let i = 0; i < (options.maxBatches ?? Infinity); i++) {
    const run = await sealBatch(db, batch);
    total.sealed += run.sealed;
    total.actions += run.actions;
    total.sessions += run.sessions;
    total.headSeq = run.headSeq;
    total.head = run.head;
    if (run.sealed < batch) break;
  }
  return total;
}
