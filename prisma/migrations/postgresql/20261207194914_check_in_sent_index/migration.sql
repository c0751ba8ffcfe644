-- CreateIndex
CREATE INDEX "CheckIn_grantId_submittedAt_idx" ON "CheckIn"("grantId", "submittedAt");
