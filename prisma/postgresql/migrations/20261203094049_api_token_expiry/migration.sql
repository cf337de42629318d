-- AlterTable: tokens made before expiry existed expire 90 days after they were created (the default for new ones)
ALTER TABLE "AdminApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3);
UPDATE "AdminApiToken" SET "expiresAt" = "createdAt" + INTERVAL '90 days';
ALTER TABLE "AdminApiToken" ALTER COLUMN "expiresAt" SET NOT NULL;
