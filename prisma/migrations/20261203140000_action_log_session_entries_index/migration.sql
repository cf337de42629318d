-- A session's entries (Assistance History, the summary email) are found by lacSessionId. Most
-- rows of a log can have none (admin actions; all 5M generated benchmark rows): SQLite's
-- statistics then count every NULL as one key, and the planner scans the whole log for a
-- session's few entries (about 0.5 s on 5M rows). A partial index holds only the rows that
-- name a session, so its statistics say what a lookup really costs. PostgreSQL keeps NULLs
-- out of its estimates and needs none.
CREATE INDEX "ActionLog_lacSessionId_named_idx" ON "ActionLog"("lacSessionId") WHERE "lacSessionId" IS NOT NULL;
