-- CreateIndex
CREATE INDEX "Order_customerEmail_idx" ON "Order"("customerEmail");
