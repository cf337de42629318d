-- AlterTable
ALTER TABLE "LoginAsCustomerSecret" ADD COLUMN     "access" TEXT NOT NULL DEFAULT 'view',
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "LoginAsCustomerSession" ADD COLUMN     "access" TEXT NOT NULL DEFAULT 'view',
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "lastSeenAt" TIMESTAMP(3),
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '';
