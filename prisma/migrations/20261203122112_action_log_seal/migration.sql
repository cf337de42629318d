-- AlterTable
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "seal" TEXT;
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "sealFields" TEXT;
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "sealSeq" INTEGER;

-- AlterTable
ALTER TABLE "ActionLog" ADD COLUMN "seal" TEXT;
ALTER TABLE "ActionLog" ADD COLUMN "sealFields" TEXT;
ALTER TABLE "ActionLog" ADD COLUMN "sealSeq" INTEGER;

-- CreateTable
CREATE TABLE "LogSealHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "seal" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "LogVerification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "throughEntryId" INTEGER,
    "head" TEXT NOT NULL DEFAULT '',
    "failedEntry" TEXT,
    "message" TEXT NOT NULL DEFAULT '',
    "unsealed" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "LogVerification_at_idx" ON "LogVerification"("at");

-- CreateIndex
CREATE UNIQUE INDEX "LoginAsCustomerSession_sealSeq_key" ON "LoginAsCustomerSession"("sealSeq");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLog_sealSeq_key" ON "ActionLog"("sealSeq");

-- The sealer's look-up of what is still unsealed, in id order: a partial index holds only
-- those rows (a handful, between two sealer runs), not the whole log.
CREATE INDEX "ActionLog_unsealed_idx" ON "ActionLog"("id") WHERE "sealSeq" IS NULL;
CREATE INDEX "LoginAsCustomerSession_unsealed_idx" ON "LoginAsCustomerSession"("endedAt", "id") WHERE "sealSeq" IS NULL;
