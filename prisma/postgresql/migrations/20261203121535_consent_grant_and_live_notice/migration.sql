-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "assistanceAllowedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN     "staffName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "LoginAsCustomerSession_customerId_endedAt_idx" ON "LoginAsCustomerSession"("customerId", "endedAt");
