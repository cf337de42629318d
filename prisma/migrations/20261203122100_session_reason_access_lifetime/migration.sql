-- Columns added in place (a table redefinition would drop the partial unique index "one open session per admin")

-- AlterTable
ALTER TABLE "LoginAsCustomerSecret" ADD COLUMN "reason" TEXT NOT NULL DEFAULT '';
ALTER TABLE "LoginAsCustomerSecret" ADD COLUMN "access" TEXT NOT NULL DEFAULT 'view';

-- AlterTable
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "reason" TEXT NOT NULL DEFAULT '';
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "access" TEXT NOT NULL DEFAULT 'view';
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "expiresAt" DATETIME;
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN "lastSeenAt" DATETIME;
