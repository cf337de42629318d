-- The customer grid's capped count reads each keyword prefix (searchText, email, lastName)
-- through its own index, up to the cap, and joins the ids: with websiteId and id in these
-- indexes that count reads the indexes alone (no table row per match), which was most of a
-- grid page's time at 1M customers. The old indexes are their prefixes, so they go.
-- DropIndex
DROP INDEX "Customer_email_idx";

-- DropIndex
DROP INDEX "Customer_lastName_firstName_idx";

-- DropIndex
DROP INDEX "Customer_searchText_idx";

-- CreateIndex
CREATE INDEX "Customer_email_websiteId_id_idx" ON "Customer"("email", "websiteId", "id");

-- CreateIndex
CREATE INDEX "Customer_lastName_firstName_websiteId_id_idx" ON "Customer"("lastName", "firstName", "websiteId", "id");

-- CreateIndex
CREATE INDEX "Customer_searchText_websiteId_id_idx" ON "Customer"("searchText", "websiteId", "id");
