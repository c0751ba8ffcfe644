-- CreateIndex
CREATE INDEX "Application_potId_organisationId_revision_updatedAt_idx" ON "Application"("potId", "organisationId", "revision", "updatedAt");

-- CreateIndex
CREATE INDEX "Application_id_potId_organisationId_revision_updatedAt_idx" ON "Application"("id", "potId", "organisationId", "revision", "updatedAt");

-- CreateIndex
CREATE INDEX "CheckIn_grantId_id_revision_updatedAt_idx" ON "CheckIn"("grantId", "id", "revision", "updatedAt");

-- CreateIndex
CREATE INDEX "CheckInTheme_checkInId_createdAt_idx" ON "CheckInTheme"("checkInId", "createdAt");

-- CreateIndex
CREATE INDEX "Grant_funderId_id_applicationId_revision_updatedAt_idx" ON "Grant"("funderId", "id", "applicationId", "revision", "updatedAt");
