-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customerId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Customer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "websiteId" INTEGER NOT NULL,
    "storeViewId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "assistanceAllowed" BOOLEAN NOT NULL DEFAULT false,
    "newsletterSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "dob" TEXT,
    "gender" TEXT,
    "defaultBillingId" INTEGER,
    "defaultShippingId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Customer_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Customer_storeViewId_fkey" FOREIGN KEY ("storeViewId") REFERENCES "StoreView" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Customer_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CustomerGroup" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Customer" ("assistanceAllowed", "createdAt", "defaultBillingId", "defaultShippingId", "dob", "email", "firstName", "gender", "groupId", "id", "lastName", "newsletterSubscribed", "passwordHash", "searchText", "storeViewId", "updatedAt", "websiteId") SELECT "assistanceAllowed", "createdAt", "defaultBillingId", "defaultShippingId", "dob", "email", "firstName", "gender", "groupId", "id", "lastName", "newsletterSubscribed", "passwordHash", "searchText", "storeViewId", "updatedAt", "websiteId" FROM "Customer";
DROP TABLE "Customer";
ALTER TABLE "new_Customer" RENAME TO "Customer";
CREATE INDEX "Customer_email_idx" ON "Customer"("email");
CREATE INDEX "Customer_createdAt_idx" ON "Customer"("createdAt");
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");
CREATE INDEX "Customer_groupId_createdAt_idx" ON "Customer"("groupId", "createdAt");
CREATE INDEX "Customer_websiteId_createdAt_idx" ON "Customer"("websiteId", "createdAt");
CREATE INDEX "Customer_assistanceAllowed_createdAt_idx" ON "Customer"("assistanceAllowed", "createdAt");
CREATE INDEX "Customer_searchText_idx" ON "Customer"("searchText");
CREATE UNIQUE INDEX "Customer_websiteId_email_key" ON "Customer"("websiteId", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_customerId_idx" ON "PasswordResetToken"("customerId");
