-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "assistanceAllowedUntil" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginAsCustomerSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "adminUserId" INTEGER NOT NULL,
    "adminName" TEXT NOT NULL,
    "adminUsername" TEXT NOT NULL,
    "customerId" INTEGER NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "storeViewId" INTEGER NOT NULL,
    "storeViewName" TEXT NOT NULL,
    "websiteName" TEXT NOT NULL,
    "disablePageCache" BOOLEAN NOT NULL DEFAULT true,
    "ip" TEXT NOT NULL DEFAULT '',
    "staffName" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "endReason" TEXT
);
INSERT INTO "new_LoginAsCustomerSession" ("adminName", "adminUserId", "adminUsername", "customerEmail", "customerId", "customerName", "disablePageCache", "endReason", "endedAt", "id", "ip", "startedAt", "storeViewId", "storeViewName", "websiteName") SELECT "adminName", "adminUserId", "adminUsername", "customerEmail", "customerId", "customerName", "disablePageCache", "endReason", "endedAt", "id", "ip", "startedAt", "storeViewId", "storeViewName", "websiteName" FROM "LoginAsCustomerSession";
DROP TABLE "LoginAsCustomerSession";
ALTER TABLE "new_LoginAsCustomerSession" RENAME TO "LoginAsCustomerSession";
CREATE INDEX "LoginAsCustomerSession_adminUserId_endedAt_idx" ON "LoginAsCustomerSession"("adminUserId", "endedAt");
CREATE INDEX "LoginAsCustomerSession_customerId_startedAt_idx" ON "LoginAsCustomerSession"("customerId", "startedAt");
CREATE INDEX "LoginAsCustomerSession_customerId_endedAt_idx" ON "LoginAsCustomerSession"("customerId", "endedAt");
CREATE INDEX "LoginAsCustomerSession_startedAt_idx" ON "LoginAsCustomerSession"("startedAt");
CREATE INDEX "LoginAsCustomerSession_customerEmail_idx" ON "LoginAsCustomerSession"("customerEmail");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
