-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "assistanceAllowedUntil" DATETIME;

-- AlterTable (added in place: redefining the table would drop the partial unique index "one open session per admin")
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "staffName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "LoginAsCustomerSession_customerId_endedAt_idx" ON "LoginAsCustomerSession"("customerId", "endedAt");
