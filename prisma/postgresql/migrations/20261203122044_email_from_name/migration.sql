-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "fromName" TEXT;
