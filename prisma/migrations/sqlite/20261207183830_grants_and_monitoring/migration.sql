-- AlterTable
ALTER TABLE "Funder" ADD COLUMN "grantIdPrefix" TEXT;
ALTER TABLE "Funder" ADD COLUMN "orgIdentifier" TEXT;

-- CreateTable
CREATE TABLE "GrantConditions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "schemeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GrantConditions_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "funderId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OFFERED',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "conditionsId" TEXT,
    "acceptedAt" DATETIME,
    "acceptedById" TEXT,
    "acceptedLocale" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Grant_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_conditionsId_fkey" FOREIGN KEY ("conditionsId") REFERENCES "GrantConditions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GrantTranche" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "grantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "paymentId" TEXT,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GrantTranche_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GrantTranche_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GrantChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "grantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "detail" JSONB,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GrantChange_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "grantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'CHECK_IN',
    "position" INTEGER NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "answers" JSONB,
    "answerLanguage" TEXT,
    "storyConsent" TEXT,
    "changeDomainId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "loggedById" TEXT,
    "groupAddition" TEXT,
    "storyHighlightedAt" DATETIME,
    "quoteHighlightedAt" DATETIME,
    "reply" TEXT,
    "repliedById" TEXT,
    "repliedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CheckIn_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_changeDomainId_fkey" FOREIGN KEY ("changeDomainId") REFERENCES "ChangeDomain" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "funderId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "mergedIntoId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Theme_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckInTheme" (
    "checkInId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "taggedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("checkInId", "themeId"),
    CONSTRAINT "CheckInTheme_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckInTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChangeDomain" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChangeDomain_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "answeredOn" DATETIME NOT NULL,
    CONSTRAINT "FeedbackResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackReceipt" (
    "roundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("roundId", "organisationId")
);

-- CreateTable
CREATE TABLE "MscSelection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "changeDomainId" TEXT,
    "checkInId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reasonLocale" TEXT NOT NULL,
    "selectedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "legalForm" TEXT NOT NULL,
    "registrationNumber" TEXT,
    "hostOrganisationId" TEXT,
    "hostOrganisationName" TEXT,
    "annualIncomeMinor" INTEGER,
    "incomeCurrency" TEXT,
    "areaServed" TEXT,
    "communitiesServed" TEXT,
    "languagesUsed" TEXT,
    "byAndFor" BOOLEAN NOT NULL DEFAULT false,
    "leadershipPercent" INTEGER,
    "yearsActive" INTEGER,
    "publishLeadership" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("annualIncomeMinor", "areaServed", "byAndFor", "communitiesServed", "createdAt", "hostOrganisationId", "hostOrganisationName", "id", "incomeCurrency", "languagesUsed", "leadershipPercent", "legalForm", "name", "registrationNumber", "updatedAt", "yearsActive") SELECT "annualIncomeMinor", "areaServed", "byAndFor", "communitiesServed", "createdAt", "hostOrganisationId", "hostOrganisationName", "id", "incomeCurrency", "languagesUsed", "leadershipPercent", "legalForm", "name", "registrationNumber", "updatedAt", "yearsActive" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE INDEX "Organisation_hostOrganisationId_idx" ON "Organisation"("hostOrganisationId");
CREATE TABLE "new_Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "schemeId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "decisionAt" DATETIME,
    "budgetMinor" INTEGER NOT NULL,
    "formVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "checkInPlan" JSONB,
    "lightNumbers" JSONB,
    "mscEnabled" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Round_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Round_formVersionId_fkey" FOREIGN KEY ("formVersionId") REFERENCES "FormVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Round" ("budgetMinor", "closesAt", "createdAt", "decisionAt", "formVersionId", "id", "name", "opensAt", "schemeId", "updatedAt") SELECT "budgetMinor", "closesAt", "createdAt", "decisionAt", "formVersionId", "id", "name", "opensAt", "schemeId", "updatedAt" FROM "Round";
DROP TABLE "Round";
ALTER TABLE "new_Round" RENAME TO "Round";
CREATE INDEX "Round_schemeId_idx" ON "Round"("schemeId");
CREATE TABLE "new_StoredFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" TEXT,
    "summaryById" TEXT,
    "deletedAt" DATETIME,
    "checkInId" TEXT,
    "consent" TEXT,
    "caption" TEXT,
    CONSTRAINT "StoredFile_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StoredFile" ("applicationId", "createdAt", "createdById", "deletedAt", "id", "mimeType", "originalName", "questionId", "sizeBytes", "storageKey", "summary", "summaryById") SELECT "applicationId", "createdAt", "createdById", "deletedAt", "id", "mimeType", "originalName", "questionId", "sizeBytes", "storageKey", "summary", "summaryById" FROM "StoredFile";
DROP TABLE "StoredFile";
ALTER TABLE "new_StoredFile" RENAME TO "StoredFile";
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");
CREATE INDEX "StoredFile_applicationId_idx" ON "StoredFile"("applicationId");
CREATE INDEX "StoredFile_checkInId_idx" ON "StoredFile"("checkInId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "GrantConditions_schemeId_version_key" ON "GrantConditions"("schemeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_applicationId_key" ON "Grant"("applicationId");

-- CreateIndex
CREATE INDEX "Grant_funderId_status_idx" ON "Grant"("funderId", "status");

-- CreateIndex
CREATE INDEX "Grant_organisationId_idx" ON "Grant"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantTranche_paymentId_key" ON "GrantTranche"("paymentId");

-- CreateIndex
CREATE INDEX "GrantTranche_grantId_position_idx" ON "GrantTranche"("grantId", "position");

-- CreateIndex
CREATE INDEX "GrantChange_grantId_createdAt_idx" ON "GrantChange"("grantId", "createdAt");

-- CreateIndex
CREATE INDEX "CheckIn_grantId_position_idx" ON "CheckIn"("grantId", "position");

-- CreateIndex
CREATE INDEX "CheckIn_dueOn_submittedAt_idx" ON "CheckIn"("dueOn", "submittedAt");

-- CreateIndex
CREATE INDEX "Theme_funderId_idx" ON "Theme"("funderId");

-- CreateIndex
CREATE INDEX "CheckInTheme_themeId_idx" ON "CheckInTheme"("themeId");

-- CreateIndex
CREATE INDEX "ChangeDomain_roundId_idx" ON "ChangeDomain"("roundId");

-- CreateIndex
CREATE INDEX "FeedbackResponse_roundId_idx" ON "FeedbackResponse"("roundId");

-- CreateIndex
CREATE INDEX "MscSelection_checkInId_idx" ON "MscSelection"("checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "MscSelection_roundId_changeDomainId_checkInId_key" ON "MscSelection"("roundId", "changeDomainId", "checkInId");
