-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AdminApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "adminUserId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "AdminApiToken_adminUserId_fkey" FOREIGN KEY ("adminUserId") REFERENCES "AdminUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Tokens made before expiry existed expire 90 days after they were created (the default for new ones).
-- Prisma stores DateTime here as ISO 8601 text (2026-12-03T09:41:31.948+00:00); integer milliseconds are handled too.
INSERT INTO "new_AdminApiToken" ("adminUserId", "createdAt", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "tokenHash") SELECT "adminUserId", "createdAt", CASE typeof("createdAt") WHEN 'integer' THEN "createdAt" + 90 * 86400000 ELSE strftime('%Y-%m-%dT%H:%M:%f+00:00', "createdAt", '+90 days') END, "id", "lastUsedAt", "name", "revokedAt", "tokenHash" FROM "AdminApiToken";
DROP TABLE "AdminApiToken";
ALTER TABLE "new_AdminApiToken" RENAME TO "AdminApiToken";
CREATE UNIQUE INDEX "AdminApiToken_tokenHash_key" ON "AdminApiToken"("tokenHash");
CREATE INDEX "AdminApiToken_adminUserId_idx" ON "AdminApiToken"("adminUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
