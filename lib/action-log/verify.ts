// Recomputes the hash chain (see seal.ts) and says where it breaks: the verifier of
// `npm run log:verify` and the source of the Actions Report's integrity line.
//
// It walks the sealed links in chain order (sealSeq), a page at a time from each table, up to
// the head as it was when the walk began (the sealer may go on appending meanwhile), and checks
// each link: its position follows the previous one (a gap is a deleted entry, a repeated
// position an inserted one) and its seal is SHA-256 of its content and the previous seal (a
// mismatch is an edited field, named by the per-field prints, or an entry out of its place).
// The head must be the last link's seal, and no link may lie beyond the head (an entry added
// outside the sealer). Unsealed rows are counted apart: they are not yet covered.
import type { Db } from "@/lib/db-client";
import { changedFields, GENESIS, linkLabel, sealOf, type LinkKind } from "./seal-content";

export const VERIFY_PAGE = 5_000;

type Client = Pick<Db, "$queryRawUnsafe" | "actionLog" | "loginAsCustomerSession" | "logVerification">;

export type ChainVerification = {
  ok: boolean;
  /** links verified (before the failure, if any) */
  entries: number;
  /** the last verified link's seal; the genesis seal for an empty chain */
  head: string;
  /** the last action log entry among the verified links */
  throughEntryId: number | null;
  /** the first link that does not verify: an action log id, or "session <id>" */
  failedEntry: string | null;
  /** what differs at failedEntry */
  what: string | null;
  /** rows not sealed yet (new entries, sessions ended since the sealer's last run) */
  unsealed: number;
};

type Row = Record<string, unknown> & { id: number | string; sealSeq: number | null; seal: string | null; sealFields: string | null };
type Link = { kind: LinkKind; row: Row; seq: number };

/** The links of one table in chain order, `page` rows per query. */
async function* links(db: Client, kind: LinkKind, upTo: number, page: number): AsyncGenerator<Link> {
  let after = 0;
  for (;;) {
    const where = { sealSeq: { gt: after, lte: upTo } };
    const rows = (
      kind === "action"
        ? await db.actionLog.findMany({ where, orderBy: { sealSeq: "asc" }, take: page })
        : await db.loginAsCustomerSession.findMany({ where, orderBy: { sealSeq: "asc" }, take: page })
    ) as Row[];
    for (const row of rows) yield { kind, row, seq: row.sealSeq! };
    if (rows.length < page) return;
    after = rows[rows.length - 1].sealSeq!;
  }
}

/** Both tables' links merged by sealSeq. */
async function* chain(db: Client, upTo: number, page: number): AsyncGenerator<Link> {
  const a = links(db, "action", upTo, page);
  const s = links(db, "session", upTo, page);
  let na = await a.next();
  let ns = await s.next();
  while (!na.done || !ns.done) {
    if (!na.done && (ns.done || na.value.seq <= ns.value.seq)) {
      yield na.value;
      na = await a.next();
    } else if (!ns.done) {
      yield ns.value;
      ns = await s.next();
    }
  }
}

const num = (v: unknown) => (v == null ? null : Number(v));

/** The head and the highest positions, read in one statement (one snapshot on both databases). */
async function snapshot(db: Client) {
  const [r] = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT (SELECT "seq" FROM "LogSealHead" WHERE "id" = 1) AS "seq",
            (SELECT "seal" FROM "LogSealHead" WHERE "id" = 1) AS "seal",
            (SELECT MAX("sealSeq") FROM "ActionLog") AS "maxAction",
            (SELECT MAX("sealSeq") FROM "LoginAsCustomerSession") AS "maxSession",
            (SELECT MIN("sealSeq") FROM "ActionLog") AS "minAction",
            (SELECT MIN("sealSeq") FROM "LoginAsCustomerSession") AS "minSession"`,
  );
  return {
    seq: num(r.seq) ?? 0,
    seal: (r.seal as string | null) || GENESIS,
    max: Math.max(num(r.maxAction) ?? 0, num(r.maxSession) ?? 0),
    min: Math.min(num(r.minAction) ?? 1, num(r.minSession) ?? 1),
  };
}

async function unsealedCount(db: Client): Promise<number> {
  const [actions, sessions] = await Promise.all([
    db.actionLog.count({ where: { sealSeq: null } }),
    db.loginAsCustomerSession.count({ where: { sealSeq: null, endedAt: { not: null } } }),
  ]);
  return actions + sessions;
}

/** Why a link's seal does not match: the edited fields when the prints can tell. */
function mismatch(row: Row): string {
  const changed = changedFields(row, row.sealFields);
  if (changed === null || !row.seal) return "seal does not match";
  if (changed.length === 1) return `field ${changed[0]} was changed (seal does not match)`;
  if (changed.length > 1) return `fields ${changed.join(", ")} were changed (seal does not match)`;
  // the content is what was sealed: the entry is not where it was sealed
  return "out of order: its seal was made for another place in the chain (entries reordered, or one before it replaced)";
}

/** Walks the chain; stops at the first link that does not verify. */
export async function verifyChain(db: Client, options: { page?: number; anchor?: string } = {}): Promise<ChainVerification> {
  const page = options.page ?? VERIFY_PAGE;
  const head = await snapshot(db);
  let previous = GENESIS;
  let expected = 1;
  let entries = 0;
  let throughEntryId: number | null = null;
  let last: Link | null = null;
  // a head printed by an earlier verification and kept elsewhere: the chain must still pass through it
  let anchored = !options.anchor || options.anchor === GENESIS;
  const result = (failed: Link | string | null, what: string | null): ChainVerification => ({
    ok: failed === null,
    entries,
    head: previous,
    throughEntryId,
    failedEntry: failed === null ? null : typeof failed === "string" ? failed : linkLabel(failed.kind, failed.row.id),
    what,
    unsealed: 0,
  });
  const finish = async (r: ChainVerification) => ({ ...r, unsealed: await unsealedCount(db) });

  for await (const link of chain(db, head.seq, page)) {
    if (link.seq < expected) return finish(result(link, `inserted: a second entry at chain position ${link.seq}`));
    if (link.seq > expected) {
      const gap = link.seq - expected === 1 ? `chain position ${expected}` : `chain positions ${expected} to ${link.seq - 1}`;
      return finish(result(link, `the entry before it is missing (deleted): nothing at ${gap}`));
    }
    if (sealOf(link.seq, link.kind, previous, link.row) !== link.row.seal) return finish(result(link, mismatch(link.row)));
    previous = link.row.seal;
    entries += 1;
    expected += 1;
    if (link.kind === "action") throughEntryId = link.row.id as number;
    if (link.row.seal === options.anchor) anchored = true;
    last = link;
  }
  const lastLabel = last ? linkLabel(last.kind, last.row.id) : "(none)";
  if (entries < head.seq) {
    const missing = head.seq - entries;
    return finish(result(lastLabel, `${missing === 1 ? "the entry" : `${missing} entries`} sealed after it ${missing === 1 ? "is" : "are"} missing (deleted)`));
  }
  if (previous !== head.seal) return finish(result(lastLabel, "the chain's head does not match the last entry's seal"));
  if (!anchored) return finish(result(lastLabel, `the chain no longer passes through head ${options.anchor} (rewritten)`));
  if (head.max > head.seq || head.min < 1) {
    // a link beyond the head, or before the first position, was not written by the sealer
    const where = head.min < 1 ? { sealSeq: { lt: 1 } } : { sealSeq: { gt: head.seq } };
    const [a, s] = await Promise.all([
      db.actionLog.findFirst({ where, orderBy: { sealSeq: "asc" }, select: { id: true, sealSeq: true } }),
      db.loginAsCustomerSession.findFirst({ where, orderBy: { sealSeq: "asc" }, select: { id: true, sealSeq: true } }),
    ]);
    const label = a && (!s || a.sealSeq! <= s.sealSeq!) ? linkLabel("action", a.id) : s ? linkLabel("session", s.id) : lastLabel;
    const place = head.min < 1 ? "before the chain's first position" : "after the chain's head";
    return finish(result(label, `inserted: sealed ${place}, not by the sealer`));
  }
  return finish(result(null, null));
}

/** The line `npm run log:verify` prints (SPEC 10.8). */
export function verificationLine(v: ChainVerification): string {
  return v.ok ? `Action log verified: ${v.entries} entries, head ${v.head}` : `Action log tampered at entry ${v.failedEntry}: ${v.what}`;
}

/** Keeps the result for the Actions Report. */
export async function recordVerification(db: Client, v: ChainVerification, at = new Date()) {
  return db.logVerification.create({
    data: {
      at,
      ok: v.ok,
      entries: v.entries,
      throughEntryId: v.throughEntryId,
      head: v.head,
      failedEntry: v.failedEntry,
      message: verificationLine(v),
      unsealed: v.unsealed,
    },
  });
}

export type LatestVerification = { at: Date; ok: boolean; throughEntryId: number | null; failedEntry: string | null; message: string; unsealed: number };

/** The latest verification, or null when the chain was never verified. */
export async function latestVerification(db: Pick<Db, "logVerification">): Promise<LatestVerification | null> {
  return db.logVerification.findFirst({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, ok: true, throughEntryId: true, failedEntry: true, message: true, unsealed: true },
  });
}
